/**
 * Value lists of the end of a duo (E1–E3) and of the mentee's outcomes: the API's input
 * schemas, the database's CHECK constraints and the apps' selects all read these.
 */

/** E2: the last meeting of mentor and mentee, in person or online. */
export const CLOSING_MEETING_MODES = ['in_person', 'online'] as const;
export type ClosingMeetingMode = (typeof CLOSING_MEETING_MODES)[number];

/** Planned, then held or not; called off with a calendar CANCEL. Only `held` counts for E2. */
export const CLOSING_MEETING_STATUSES = ['planned', 'held', 'not_held', 'cancelled'] as const;
export type ClosingMeetingStatus = (typeof CLOSING_MEETING_STATUSES)[number];

export const OUTCOME_MOMENTS = ['intake', 'end', 'follow_up_6m'] as const;
export const OUTCOME_SITUATIONS = ['employed', 'training', 'job_seeking', 'other'] as const;
export const CONTRACT_KINDS = [
  'permanent',
  'fixed_term',
  'temp_agency',
  'self_employed',
  'other',
] as const;

/** Who wrote an outcome down: the mentee in the portal, or staff (from a call, a form). */
export const OUTCOME_SOURCES = ['participant', 'staff'] as const;

/** Self-reported confidence and autonomy: 1 (low) … 5 (high), asked at intake and at the end. */
export const SELF_RATING_MIN = 1;
export const SELF_RATING_MAX = 5;

/** The +6-month follow-up is asked this many months after the duo's last day. */
export const OUTCOME_FOLLOW_UP_MONTHS = 6;

/** Outbox messages of the end of a duo. */
export const CLOSURE_MESSAGE_KINDS = [
  'closing_meeting_invitation',
  'closing_meeting_cancellation',
  'evaluation_invitation',
  'evaluation_reminder',
  'outcome_follow_up',
] as const;
export type ClosureMessageKind = (typeof CLOSURE_MESSAGE_KINDS)[number];
