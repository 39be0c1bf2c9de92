import type { Transaction } from '@tandem/db';
import type { IndicatorScope } from './indicator-scope.ts';

/**
 * One set-based query that answers several criteria (a mentor criterion and its mentee
 * twin, or the measures of one criterion). A request that needs any of them runs it once.
 */
export interface IndicatorFamily<Rows> {
  readonly name: string;
  load(tx: Transaction, scope: IndicatorScope): Promise<Rows>;
}

export function indicatorFamily<Rows>(
  name: string,
  load: (tx: Transaction, scope: IndicatorScope) => Promise<Rows>,
): IndicatorFamily<Rows> {
  return { name, load };
}
