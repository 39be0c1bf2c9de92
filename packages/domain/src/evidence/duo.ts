import type { CalendarDate } from '../time/calendar-date.ts';
import type { DuoRole, RecordId } from './record.ts';

/** Evidence of the duo's life: its span, contacts and coach follow-up (D1–D3, E1). */

export type EarlyEndReasonCode =
  | 'found_work'
  | 'started_training'
  | 'mentee_withdrew'
  | 'mentor_withdrew'
  | 'relationship_difficulties'
  | 'health'
  | 'moved'
  | 'no_contact'
  | 'other';

export interface DuoEnd {
  /** The duo's last day (inclusive): people say "ended on 30 June". */
  readonly on: CalendarDate;
  /** 'early' when ended before the planned end, by a participant or staff (E1). */
  readonly kind: 'planned' | 'early';
  readonly reasonCode: EarlyEndReasonCode | null;
  readonly endedBy: DuoRole | 'staff';
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

export type ContactMode = 'in_person' | 'phone' | 'video' | 'message';

export interface Contact {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly on: CalendarDate;
  readonly mode: ContactMode;
  readonly durationMinutes: number | null;
  readonly loggedBy: DuoRole | 'coach';
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
  readonly withWhom: DuoRole | 'both';
  readonly going: 'well' | 'mixed' | 'difficult';
  readonly followUpNeeded: boolean;
}
