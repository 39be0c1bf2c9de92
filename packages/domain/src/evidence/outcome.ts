import type { CONTRACT_KINDS, OUTCOME_MOMENTS, OUTCOME_SITUATIONS } from '../duo/closure-values.ts';
import type { CalendarDate } from '../time/calendar-date.ts';
import type { RecordId } from './record.ts';

/** The mentee's situation, the goal the criteria serve; reported beside them, never inside. */

export type OutcomeMoment = (typeof OUTCOME_MOMENTS)[number];
export type OutcomeSituation = (typeof OUTCOME_SITUATIONS)[number];
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export interface Outcome {
  readonly id: RecordId;
  readonly menteeId: RecordId;
  /** Null at intake (no duo yet); the duo for the end and follow-up moments. */
  readonly duoId: RecordId | null;
  readonly moment: OutcomeMoment;
  readonly recordedOn: CalendarDate;
  readonly situation: OutcomeSituation;
  readonly contractKind: ContractKind | null;
  readonly hoursPerWeek: number | null;
  /** Self-reported, 1 (low) … 5 (high); only asked at intake and end. */
  readonly confidence: number | null;
  readonly autonomy: number | null;
}
