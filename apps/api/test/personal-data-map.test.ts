import { queryRows } from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PERSON_DATA_TABLES,
  PERSONAL_DATA_MAP,
  type PersonTable,
} from '../src/personal-data/personal-data-map.ts';

/**
 * The personal-data map against the database catalogue, as the isolation suite finds its
 * tables: every table and every column that can hold a name, contact detail, address,
 * birth year or free text must be classified, and every personal column must sit in a table
 * the export reads. A column added later without a decision shows up by name in the list of
 * unclassified columns, which must be empty.
 */
const database = await createTestDatabase();
afterAll(async () => {
  await database.close();
});

/** Keys, flags and instants say nothing about a person by themselves; everything else is checked. */
const UNCHECKED_TYPES = ['uuid', 'boolean', 'timestamp with time zone', 'bigint'];

const columns = await queryRows<{ table_name: string; column_name: string; data_type: string }>(
  database.ownerHandle.db,
  sql`select c.table_name, c.column_name, c.data_type from information_schema.columns c
      join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
        and c.table_name <> '__drizzle_migrations'
      order by c.table_name, c.ordinal_position`,
);
const tables = [...new Set(columns.map((c) => c.table_name))];
const map: Record<string, PersonTable> = PERSONAL_DATA_MAP;

describe('the personal-data map and the catalogue', () => {
  it('finds the tables that hold people in the catalogue', () => {
    expect(tables).toEqual(expect.arrayContaining(['applications', 'duo_contacts', 'users']));
  });

  it('names every table of the database, and no table it does not have', () => {
    expect(tables.filter((t) => !(t in map))).toEqual([]);
    expect(Object.keys(map).filter((t) => !tables.includes(t))).toEqual([]);
  });

  it('classifies every column that can hold personal data as personal or not, with a reason', () => {
    const unclassified = columns
      .filter((c) => !UNCHECKED_TYPES.includes(c.data_type))
      .filter((c) => {
        const entry = map[c.table_name];
        return !entry?.personal.includes(c.column_name) && !entry?.notPersonal[c.column_name];
      })
      .map((c) => `${c.table_name}.${c.column_name} (${c.data_type})`);
    expect(unclassified).toEqual([]);
  });

  it('classifies each column once and only columns that exist', () => {
    const existing = new Set(columns.map((c) => `${c.table_name}.${c.column_name}`));
    const named = Object.entries(map).flatMap(([table, entry]) =>
      [...entry.personal, ...Object.keys(entry.notPersonal)].map((c) => `${table}.${c}`),
    );
    expect(named.filter((c) => !existing.has(c))).toEqual([]);
    expect(named.filter((c, i) => named.indexOf(c) !== i)).toEqual([]);
  });

  it('covers every personal column by the export', () => {
    const uncovered = Object.entries(map)
      .filter(([, entry]) => entry.personal.length > 0 && entry.rowsOf === null)
      .map(([table]) => table);
    expect(uncovered).toEqual([]);
    for (const table of PERSON_DATA_TABLES) {
      expect(map[table]?.withheld?.filter((c) => map[table]?.personal.includes(c)) ?? []).toEqual(
        [],
      );
    }
  });

  it('says for every table about no one why', () => {
    const silent = Object.entries(map)
      .filter(([, entry]) => entry.rowsOf === null && !entry.noPersonReason)
      .map(([table]) => table);
    expect(silent).toEqual([]);
  });
});
