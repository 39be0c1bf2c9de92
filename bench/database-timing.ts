import { sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '../packages/db/src/index.ts';

/**
 * Timing helpers shared by the database benchmarks: the median of a few runs after a
 * warm-up, the sequential-scan baseline they are compared with, and a plain table.
 */
export async function medianOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1
    ? (times[middle] ?? 0)
    : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
}

/**
 * One `count(*)` over each table, planned as a sequential scan: what reading every row of
 * those tables once costs on this machine, in this run. Row-level security still applies,
 * as it does to the queries compared with it.
 */
export async function scanTables(tx: Transaction, tables: readonly string[]): Promise<number> {
  await tx.execute(
    sql`select set_config('enable_indexscan', 'off', true), set_config('enable_indexonlyscan', 'off', true), set_config('enable_bitmapscan', 'off', true)`,
  );
  let rows = 0;
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    rows += Number(row?.n ?? 0);
  }
  return rows;
}

export const ms = (value: number) =>
  value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}
