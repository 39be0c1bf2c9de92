import type { MatchingCriterionKey } from '../matching/matching-criteria.ts';
import type { CalendarDate, Instant } from '../time/calendar-date.ts';
import type { DuoRole, RecordId } from './record.ts';

/** Evidence of matching and the start of the duo (C1–C5). */

/** One part of the stored score: what the engine showed the coordinator (C1). */
export interface StoredScorePart {
  readonly criterion: MatchingCriterionKey;
  /** 0…1, or null when the criterion did not apply to this pair. */
  readonly score: number | null;
  readonly weight: number;
}

export interface Match {
  readonly id: RecordId;
  readonly mentorId: RecordId;
  readonly menteeId: RecordId;
  /**
   * The user accounts of the mentor and the mentee (their portal accounts), null while they
   * have none: a decision by either is a self-match (C2).
   */
  readonly mentorUserId: RecordId | null;
  readonly menteeUserId: RecordId | null;
  readonly score: number | null;
  readonly scoreBreakdown: readonly StoredScorePart[] | null;
  /** The staff member who decided the match (C2); null if none was recorded. */
  readonly decidedById: RecordId | null;
  readonly decidedAt: Instant | null;
}

/** Where a first meeting took place; the first five are neutral (C3), the rest are not. */
export const FIRST_MEETING_LOCATION_KINDS = [
  'organisation_office',
  'library',
  'cafe',
  'public_space',
  'online_with_coach',
  'mentor_home',
  'mentee_home',
  'other_private',
] as const;
export type FirstMeetingLocationKind = (typeof FIRST_MEETING_LOCATION_KINDS)[number];

export interface FirstMeeting {
  readonly id: RecordId;
  readonly matchId: RecordId;
  readonly on: CalendarDate;
  readonly locationKind: FirstMeetingLocationKind;
  readonly staffPresentId: RecordId | null;
}

/** A participant's answer after the first meeting, given in the portal or recorded by staff (C4). */
export interface Validation {
  readonly id: RecordId;
  readonly matchId: RecordId;
  readonly role: DuoRole;
  readonly answer: 'confirmed' | 'declined';
  readonly at: Instant;
}

/** The agreement generated from the programme's template; each side accepts it (C5). */
export interface Agreement {
  readonly id: RecordId;
  readonly duoId: RecordId;
  readonly mentorAcceptedAt: Instant | null;
  readonly menteeAcceptedAt: Instant | null;
}
