import { findAppRoot } from './app-root.ts';
import type { BodyLimitOptions } from './body-limit.ts';
import { createAppServer } from './create-app.ts';

/**
 * Starts a Remix app on PORT (or its default). `moduleUrl` is the caller's import.meta.url,
 * from which the app's folder is found.
 */
export async function startAppServer(
  options: BodyLimitOptions & { moduleUrl: string; defaultPort: number },
) {
  const development = process.env.NODE_ENV !== 'production';
  const app = await createAppServer({
    appRoot: findAppRoot(options.moduleUrl),
    development,
    csvImportPaths: options.csvImportPaths,
  });
  const port = Number(process.env.PORT ?? options.defaultPort);
  const server = app.listen(port, () => {
    console.log(
      `listening on http://localhost:${port} (${development ? 'development' : 'production'})`,
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}
