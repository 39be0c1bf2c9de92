import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows, seedDemoData } from '../src/index.ts';
import { createTestDatabase } from '../src/testing/index.ts';

const database = await createTestDatabase();
const owner = database.ownerHandle.db;
const fakeHash = async (password: string) => `test-hash:${password}`;

afterAll(async () => {
  await database.close();
});

/** Rows per table, read as the owner: what the application role cannot see counts too. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await queryRows<{ table_name: string }>(
    owner,
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      owner,
      sql`select count(*)::int as n from ${sql.identifier(table_name)}`,
    );
    counts[table_name] = Number(row?.n);
  }
  return counts;
}

describe('demo seed', () => {
  it('writes all of the demo data or none of it, so a failed first start seeds again', async () => {
    const before = await rowCounts();
    // Fails after organisations, users and partners are written, as a crash part-way would.
    await owner.execute(
      sql.raw(`create function test_refuse_programmes() returns trigger language plpgsql
               as $$ begin raise exception 'programme insert refused'; end $$`),
    );
    await owner.execute(
      sql.raw(`create trigger test_refuse_programmes before insert on programmes
               for each statement execute function test_refuse_programmes()`),
    );
    const failure = await seedDemoData(database.db, fakeHash).then(
      () => null,
      (error: Error) => error,
    );
    expect(String(failure?.cause ?? failure)).toContain('programme insert refused');
    expect(await rowCounts()).toEqual(before);

    await owner.execute(sql.raw('drop trigger test_refuse_programmes on programmes'));
    await owner.execute(sql.raw('drop function test_refuse_programmes()'));
    expect(await seedDemoData(database.db, fakeHash)).toBe(true);
    const seeded = await rowCounts();
    expect(seeded).toMatchObject({ organisations: 2, users: 32, memberships: 5, programmes: 3 });

    expect(await seedDemoData(database.db, fakeHash)).toBe(false);
    expect(await rowCounts()).toEqual(seeded);
  });

  it('seeds once when several processes start together on one database', async () => {
    const fresh = await createTestDatabase();
    try {
      const outcomes = await Promise.all([
        seedDemoData(fresh.db, fakeHash),
        seedDemoData(fresh.db, fakeHash),
      ]);
      expect(outcomes.sort()).toEqual([false, true]);
    } finally {
      await fresh.close();
    }
  });
});
