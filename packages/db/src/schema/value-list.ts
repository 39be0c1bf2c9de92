import { type SQL, sql } from 'drizzle-orm';

/**
 * Value lists of `@tandem/domain` inside CHECK constraints, so the database refuses exactly
 * what the API's schemas refuse. The values are code constants, inlined as literals (a CHECK
 * takes no parameters); anything but a plain code is refused.
 */
function literals(values: readonly string[]): string {
  for (const value of values) {
    if (!/^[a-z][a-z0-9_]*$/.test(value)) throw new Error(`not a code value: ${value}`);
  }
  return values.map((value) => `'${value}'`).join(', ');
}

/** The right-hand side of `column in …`. */
export const valueList = (values: readonly string[]): SQL => sql.raw(`(${literals(values)})`);

/** A `text[]` literal, for `<@` checks on array columns. */
export const valueArray = (values: readonly string[]): SQL =>
  sql.raw(`array[${literals(values)}]::text[]`);
