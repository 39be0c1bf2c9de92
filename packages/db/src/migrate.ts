import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { type DatabaseHandle, wrapPglite } from './client.ts';
import { emptyLockedDataFolder, lockDataFolder } from './data-folder-lock.ts';

/**
 * Resolved through the package name rather than `import.meta.url`, so it still points at
 * the SQL files once the API is bundled into a single file.
 */
export const migrationsFolder = join(
  dirname(createRequire(import.meta.url).resolve('@tandem/db/package.json')),
  'migrations',
);

export async function migratePgliteClient(client: PGlite): Promise<void> {
  await migratePglite(drizzlePglite({ client }), { migrationsFolder });
}

/** Any fixed number: API processes starting together take turns on it. */
const MIGRATION_LOCK = 7_274_001;

/**
 * Runs as the owner role: migrations create tables, the application role and grants.
 * Several API replicas may start at once, so they serialise on an advisory lock held by the
 * one connection that migrates.
 */
export async function migratePostgresUrl(ownerUrl: string): Promise<void> {
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * Embedded PostgreSQL (WASM) in a data folder, migrated. It connects as a superuser;
 * `unitOfWork` drops to the application role for every request. A second process on the same
 * folder would run its own PostgreSQL over the same files and lose writes, so the folder is
 * locked first and the lock lasts until the handle is closed or the process ends. `fresh`
 * starts from an empty database (the end-to-end tests' clean slate).
 */
export async function openEmbeddedDatabase(
  dataDir: string,
  options: { fresh?: boolean } = {},
): Promise<DatabaseHandle> {
  const lock = await lockDataFolder(dataDir);
  let client: PGlite | undefined;
  try {
    // Only under the lock: emptying a folder another process serves would destroy its data.
    if (options.fresh === true) emptyLockedDataFolder(dataDir);
    client = await PGlite.create(dataDir);
    await migratePgliteClient(client);
  } catch (error) {
    await client?.close();
    await lock.release();
    throw error;
  }
  const handle = wrapPglite(client);
  return {
    ...handle,
    close: async () => {
      try {
        await handle.close();
      } finally {
        await lock.release();
      }
    },
  };
}
