import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';
import { queueTurns } from './unit-priority.ts';

export type Schema = typeof schema;
/** The one database type the API sees, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export function wrapPglite(client: PGlite): DatabaseHandle {
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  queueTurns(db);
  return { db, kind: 'pglite', close: () => client.close() };
}

/**
 * JIT compilation is off for the app's connections: its queries run in milliseconds, while
 * compiling one that the planner overestimates (a `generate_series` over each duo's windows
 * is guessed at a thousand rows) takes a second.
 */
export function openPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { jit: 'off' },
  });
  const db = drizzlePostgres({ client, schema }) as unknown as Database;
  return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
}
