import type { Transaction } from '@tandem/db';
import type { Measure } from '@tandem/domain';
import type { IndicatorScope } from '../indicator-scope.ts';

/** What a drill-down lists: the records one side of one measure counted. */
export interface RecordQuery {
  readonly scope: IndicatorScope;
  readonly measure: Measure;
  readonly ids: readonly string[];
}

export type RecordUnit =
  | 'application'
  | 'decision'
  | 'channel'
  | 'partner'
  | 'training_topic'
  | 'match'
  | 'duo'
  | 'duo_span'
  | 'duo_end'
  | 'duo_closing'
  | 'duo_evaluation'
  | 'evaluation'
  | 'duo_fortnight'
  | 'contact'
  | 'resource_kind'
  | 'mentor'
  | 'workshop_window'
  | 'workshop_invitation';

export interface RecordLister<Listed> {
  readonly unit: RecordUnit;
  list(tx: Transaction, query: RecordQuery): Promise<Listed>;
}

export const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();
