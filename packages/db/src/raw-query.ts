import type { SQL } from 'drizzle-orm';
import type { Database } from './client.ts';
import type { Transaction } from './unit-of-work.ts';

/**
 * Raw SQL results come back as an array from postgres.js and as `{ rows }` from PGlite;
 * this is the one place that hides the difference.
 */
export async function queryRows<T extends Record<string, unknown>>(
  db: Database | Transaction,
  query: SQL,
): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
