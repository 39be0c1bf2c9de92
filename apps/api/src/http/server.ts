import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { asOneRequest, type Database, queryRows } from '@tandem/db';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { sql } from 'drizzle-orm';
import type { ApiConfig } from '../config.ts';
import { createDirectMailer, type Mailer } from '../jobs/mailer.ts';
import { errorFields, type Logger } from '../logger.ts';
import { handlePartnerApi, PARTNER_API_PREFIX } from '../partner-api/handler.ts';
import { appRouter } from '../router.ts';
import { bearerToken, clientAddressOf, type RequestJobs } from '../trpc/context.ts';
import { readBody, trpcBodyLimit } from './body-limit.ts';

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const value = Array.isArray(given) ? given[0] : given;
  return value && /^[A-Za-z0-9._-]{1,100}$/.test(value) ? value : randomUUID();
}

/** The refusal as tRPC clients read errors, shaped like the error formatter's (trpc/init.ts). */
const TRPC_TOO_LARGE = {
  error: {
    code: TRPC_ERROR_CODES_BY_KEY.PAYLOAD_TOO_LARGE,
    message: 'request.too_large',
    data: {
      code: 'PAYLOAD_TOO_LARGE',
      httpStatus: 413,
      appError: { key: 'request.too_large' },
    },
  },
};

export function createApiServer(
  db: Database,
  config: ApiConfig,
  log: Logger,
  options: { mailer?: Mailer; jobs?: Partial<RequestJobs> } = {},
): Server {
  const jobs: RequestJobs = { evaluations: options.jobs?.evaluations ?? null };
  const mailer = options.mailer ?? createDirectMailer(config);
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext: ({ req }) => {
      const requestId = requestIdOf(req);
      return {
        db,
        config,
        log: log.child({ requestId }),
        requestId,
        clientAddress: clientAddressOf(req),
        sessionToken: bearerToken(req.headers.authorization),
        mailer,
        afterCommit: [],
        jobs,
      };
    },
  });

  // Each request is one party in the embedded database's queue (packages/db unit-priority.ts).
  return createServer((req, res) => asOneRequest(() => handle(req, res)));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0];
    res.setHeader('x-request-id', requestIdOf(req));
    try {
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') {
        try {
          await queryRows(db, sql`select 1 as ok`);
          return sendJson(res, 200, { status: 'ready' });
        } catch (error) {
          log.warn('database not reachable', errorFields(error));
          return sendJson(res, 503, { status: 'database_unreachable' });
        }
      }
      if (path?.startsWith('/trpc/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          const body = await readBody(req, trpcBodyLimit(path));
          if (!body) return sendJson(res, 413, TRPC_TOO_LARGE);
          // tRPC takes a body read beforehand from here instead of the spent stream.
          Object.assign(req, { body: body.toString('utf8') });
        }
        return trpc(req, res);
      }
      if (path?.startsWith(PARTNER_API_PREFIX))
        return handlePartnerApi(req, res, path, db, log.child({ requestId: requestIdOf(req) }));
      return sendJson(res, 404, { error: 'not_found' });
    } catch (error) {
      log.error('unhandled request error', { path, ...errorFields(error) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
    }
  }
}
