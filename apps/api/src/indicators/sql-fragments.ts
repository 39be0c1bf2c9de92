import type { Period } from '@tandem/domain';
import { type SQL, sql } from 'drizzle-orm';

/**
 * The period test of the domain (`isInstantInPeriod`): the instant's calendar day in
 * Brussels, start inclusive, end exclusive.
 */
export function inPeriod(column: SQL, period: Period): SQL {
  const day = sql`(${column} at time zone 'Europe/Brussels')::date`;
  return sql`${day} >= ${period.start}::date and ${day} < ${period.end}::date`;
}

/**
 * The periods of a trend as a relation `(period_index, period_start, period_end)`, index from
 * 0 in the given order, one bound parameter per column however many periods: a family joins
 * its units to it and tags every row with the period it is judged for.
 */
export function periodRows(periods: readonly Period[]): SQL {
  const starts = periods.map((p) => p.start).join(',');
  const ends = periods.map((p) => p.end).join(',');
  return sql`
    select (p.i - 1)::int as period_index, p.period_start, p.period_end
    from unnest(string_to_array(${starts}, ',')::date[], string_to_array(${ends}, ',')::date[])
      with ordinality as p(period_start, period_end, i)`;
}

/**
 * Rows tagged with `period_index` grouped per period, in the periods' order, each group made
 * into a family's rows by `make` (an empty group for a period no row was tagged with).
 */
export function byPeriod<Row extends { period_index: number }, Rows>(
  periods: readonly Period[],
  rows: readonly Row[],
  make: (rows: readonly Row[]) => Rows,
): Rows[] {
  const tagged = periods.map((): Row[] => []);
  for (const row of rows) tagged[Number(row.period_index)]?.push(row);
  return tagged.map(make);
}

/** A `text[]` literal of fixed values (topic IDs), one bound parameter per value. */
export function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** Any number of UUIDs as one bound parameter. */
export const uuidList = (ids: readonly string[]): SQL =>
  sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

/**
 * What JavaScript's `String.prototype.trim` removes (ECMAScript WhiteSpace and
 * LineTerminator), as a PostgreSQL regular expression that matches any *other* character.
 * The domain's "a refusal for 'other' carries a text" is `reasonText.trim() !== ''`;
 * PostgreSQL's `btrim` removes spaces only, so it would count a tab or a no-break space as
 * a reason.
 */
export const NOT_JS_WHITESPACE =
  '[^ \\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';

/** Rows grouped by intake role, as the mentor/mentee twin criteria read them. */
export function byRole<T extends { role: string }>(
  rows: readonly T[],
  role: string,
): T | undefined {
  return rows.find((row) => row.role === role);
}
