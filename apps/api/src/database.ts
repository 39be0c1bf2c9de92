import { mkdirSync } from 'node:fs';
import {
  checkConnectedRole,
  type DatabaseHandle,
  migratePostgresUrl,
  openEmbeddedDatabase,
  openPostgres,
} from '@tandem/db';
import type { ApiConfig } from './config.ts';
import { LoggableError, type Logger } from './logger.ts';

/**
 * PGlite in the data folder by default; a PostgreSQL server with DATABASE_URL, whose role
 * must be one that row-level security binds, or the API will not start.
 */
export async function openConfiguredDatabase(
  config: ApiConfig,
  log: Logger,
): Promise<DatabaseHandle> {
  if (!config.databaseUrl) {
    mkdirSync(config.pgliteDataDir, { recursive: true });
    const handle = await openEmbeddedDatabase(config.pgliteDataDir, {
      fresh: config.freshEmbeddedDatabase,
    });
    log.info('database ready', { kind: 'pglite', dataDir: config.pgliteDataDir });
    return handle;
  }
  if (config.databaseOwnerUrl) {
    await migratePostgresUrl(config.databaseOwnerUrl);
    log.info('migrations applied', { kind: 'postgres' });
  }
  const handle = openPostgres(config.databaseUrl);
  const check = await checkConnectedRole(handle.db);
  if (check.problems.length > 0) {
    await handle.close();
    throw new LoggableError(
      `Refusing to start: database role "${check.role}" could bypass row-level security (${check.problems.join(', ')}). ` +
        'Connect DATABASE_URL as a login role that is not superuser, not BYPASSRLS, not the tables’ owner, and a member of tandem_app.',
    );
  }
  log.info('database ready', { kind: 'postgres', role: check.role });
  return handle;
}
