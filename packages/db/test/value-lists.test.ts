import { sql } from 'drizzle-orm';
import { getTableConfig, PgDialect, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/index.ts';
import * as schema from '../src/schema/index.ts';
import { createTestDatabase } from '../src/testing/index.ts';

/**
 * The CHECK constraints are written from the domain's value lists. A list that changed in
 * the domain without a generated migration would leave the database accepting other values
 * than the API: every constraint of the schema must allow exactly the literals the migrated
 * database's constraint of that name allows.
 */
const database = await createTestDatabase();
afterAll(async () => {
  await database.close();
});

const dialect = new PgDialect();
const literals = (text: string) =>
  [...new Set([...text.matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1]))].sort();

const checks = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => value instanceof PgTable)
  .flatMap((table) => {
    const config = getTableConfig(table);
    return config.checks.map((check) => ({
      table: config.name,
      name: check.name,
      literals: literals(dialect.sqlToQuery(check.value).sql),
    }));
  })
  .filter((check) => check.literals.length > 0);

describe('value lists in CHECK constraints', () => {
  it('finds the constraints built from value lists', () => {
    expect(checks.map((c) => c.name)).toEqual(
      expect.arrayContaining(['recruitment_channels_kind_check', 'referrals_status_check']),
    );
  });

  it.each(checks.map((c) => [c.name, c] as const))(
    '%s matches the migrated database',
    async (_, check) => {
      const [row] = await queryRows<{ definition: string }>(
        database.ownerHandle.db,
        sql`select pg_get_constraintdef(c.oid) as definition from pg_constraint c
          join pg_class t on t.oid = c.conrelid
          where c.contype = 'c' and t.relname = ${check.table} and c.conname = ${check.name}`,
      );
      expect(row, `${check.table}.${check.name} missing`).toBeDefined();
      expect(literals(row?.definition ?? '')).toEqual(check.literals);
    },
  );
});
