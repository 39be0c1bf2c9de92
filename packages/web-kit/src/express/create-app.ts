import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRemixRequest, sendRemixResponse } from '@remix-run/express/dist/server.js';
import { type AppLoadContext, createRequestHandler, type ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import '../load-context.ts';
import { type BodyLimitOptions, bodyLimit, bufferedBody } from './body-limit.ts';
import { csrfProtection } from './csrf.ts';
import { requestId } from './request-id.ts';
import { securityHeaders } from './security-headers.ts';

export interface AppServerOptions extends BodyLimitOptions {
  /** The app's folder: vite.config.ts in development, build/ in production. */
  appRoot: string;
  development: boolean;
}

async function serveRemix(
  app: Express,
  options: AppServerOptions,
): Promise<ServerBuild | (() => Promise<ServerBuild>)> {
  if (options.development) {
    const vite = await import('vite');
    const viteDevServer = await vite.createServer({
      root: options.appRoot,
      server: { middlewareMode: true },
    });
    app.use(viteDevServer.middlewares);
    return () => viteDevServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>;
  }
  const client = join(options.appRoot, 'build', 'client');
  // Fingerprinted file names never change content, so browsers may keep them for a year.
  app.use('/assets', express.static(join(client, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(client, { maxAge: '1h' }));
  const serverBuild = join(options.appRoot, 'build', 'server', 'index.js');
  return import(pathToFileURL(serverBuild).href);
}

/**
 * Remix's Express handler, fed the body `bodyLimit` has already read: the request stream
 * itself is spent by then.
 */
function remixHandler(
  build: ServerBuild | (() => Promise<ServerBuild>),
  development: boolean,
): RequestHandler {
  const handleRequest = createRequestHandler(build, development ? 'development' : 'production');
  return async (request, response, next) => {
    try {
      const remixRequest = createRemixRequest(request, response);
      const body = bufferedBody(response);
      const context: AppLoadContext = {
        cspNonce: String(response.locals.cspNonce),
        clientAddress: request.ip ?? request.socket.remoteAddress ?? '',
        requestId: String(response.locals.requestId),
      };
      await sendRemixResponse(
        response,
        await handleRequest(body ? new Request(remixRequest, { body }) : remixRequest, context),
      );
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The Express app of a Remix app: security headers, CSRF check, body limit, compression,
 * assets, then Remix.
 */
export async function createAppServer(options: AppServerOptions): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);
  app.use(securityHeaders({ development: options.development }));
  app.use(requestId());
  app.use(csrfProtection());
  app.use(bodyLimit(options));
  // Pages and scripts are text: brotli or gzip, whichever the browser takes, cuts them to a
  // quarter — what a phone on a weak connection notices most.
  app.use(compression());
  const build = await serveRemix(app, options);
  app.all('*', remixHandler(build, options.development));
  return app;
}
