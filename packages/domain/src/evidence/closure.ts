import type { CalendarDate, Instant } from '../time/calendar-date.ts';
import type { DuoRole, MeetingMode, RecordId } from './record.ts';

/** Evidence of the end of a duo (E1–E3). */

/** Opened by the end flow, planned or early; its existence means the closure steps started. */
export interface Closure {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly startedAt: Instant;
}

export interface ClosingMeeting {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly on: CalendarDate;
  readonly mode: MeetingMode;
}

export interface Evaluation {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly role: DuoRole;
  readonly sentAt: Instant;
  readonly completedAt: Instant | null;
}
