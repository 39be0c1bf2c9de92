import type { Transaction } from '@tandem/db';
import type { IndicatorScope, PeriodsScope } from './indicator-scope.ts';

/**
 * One set-based query that answers several criteria (a mentor criterion and its mentee
 * twin, or the measures of one criterion) for any number of periods. A request that needs
 * any of them runs it once; its rows come back per period, in the scope's order.
 */
export interface IndicatorFamily<Rows> {
  readonly name: string;
  load(tx: Transaction, scope: PeriodsScope): Promise<readonly Rows[]>;
}

/** The rows one family gives for one period, as its criteria's formulas read them. */
export type FamilyRows<F> = F extends IndicatorFamily<infer Rows> ? Rows : never;

export function indicatorFamily<Rows>(
  name: string,
  load: (tx: Transaction, scope: PeriodsScope) => Promise<readonly Rows[]>,
): IndicatorFamily<Rows> {
  return { name, load };
}

/**
 * A family whose query still answers one period at a time: behind the same interface it runs
 * once per period, so a trend over eight quarters costs it eight queries.
 */
export function perPeriodFamily<Rows>(
  name: string,
  loadPeriod: (tx: Transaction, scope: IndicatorScope) => Promise<Rows>,
): IndicatorFamily<Rows> {
  return indicatorFamily(name, async (tx, { periods, ...programme }) => {
    const rows: Rows[] = [];
    // One after the other: a transaction runs one statement at a time anyway.
    for (const period of periods) rows.push(await loadPeriod(tx, { ...programme, period }));
    return rows;
  });
}
