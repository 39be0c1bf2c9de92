import type {
  CHECK_IN_GOING,
  CHECK_IN_WITH,
  CONTACT_LOGGED_BY,
  CONTACT_MODES,
  DUO_END_KINDS,
  DUO_ENDED_BY,
  EARLY_END_REASON_CODES,
} from '../duo/guidance-values.ts';
import type { CalendarDate } from '../time/calendar-date.ts';
import type { RecordId } from './record.ts';

/** Evidence of the duo's life: its span, contacts and coach follow-up (D1–D3, E1). */

export type EarlyEndReasonCode = (typeof EARLY_END_REASON_CODES)[number];

export interface DuoEnd {
  /** The duo's last day (inclusive): people say "ended on 30 June". */
  readonly on: CalendarDate;
  /** 'early' when ended before the planned end, by a participant or staff (E1). */
  readonly kind: (typeof DUO_END_KINDS)[number];
  readonly reasonCode: EarlyEndReasonCode | null;
  readonly endedBy: (typeof DUO_ENDED_BY)[number];
}

export interface Duo {
  readonly id: RecordId;
  readonly matchId: RecordId;
  readonly mentorId: RecordId;
  readonly menteeId: RecordId;
  /** First day of the relationship (inclusive). */
  readonly startDate: CalendarDate;
  /** Null while active. */
  readonly end: DuoEnd | null;
}

export type ContactMode = (typeof CONTACT_MODES)[number];

export interface Contact {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly on: CalendarDate;
  readonly mode: ContactMode;
  readonly durationMinutes: number | null;
  readonly loggedBy: (typeof CONTACT_LOGGED_BY)[number];
}

/**
 * A pause of the duo (illness, a stay abroad): `until` is exclusive — the day the duo
 * resumes — and null while the pause lasts.
 */
export interface DuoPause {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly from: CalendarDate;
  readonly until: CalendarDate | null;
}

/**
 * One coach at a time per duo; a change closes the old row and opens a new one, so the
 * history stays. `until` is exclusive — the day the next coach takes over — so a handover
 * reads `old.until === new.from` with no gap and no overlap.
 */
export interface CoachAssignment {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly coachId: RecordId;
  readonly from: CalendarDate;
  readonly until: CalendarDate | null;
}

export interface CheckIn {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly coachId: RecordId;
  readonly on: CalendarDate;
  readonly withWhom: (typeof CHECK_IN_WITH)[number];
  readonly going: (typeof CHECK_IN_GOING)[number];
  readonly followUpNeeded: boolean;
}
