/**
 * Value lists of matching and the start of the duo (C1–C5): the API's input schemas, the
 * database's CHECK constraints and the apps' selects all read these.
 */

/**
 * A match is a pair a staff member decided (C2) and proposed to both participants. It stays
 * `proposed` through the first meeting (C3), the validations (C4) and the agreement (C5);
 * `started` once the duo exists; `declined` when a participant declined it after the first
 * meeting (both return to the pool, the reason kept); `cancelled` when staff withdrew it.
 */
export const MATCH_STATUSES = ['proposed', 'started', 'declined', 'cancelled'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/**
 * A first meeting is `planned` (invitation sent), then `held` or `not_held` once staff record
 * what happened; `cancelled` sends a CANCEL with the same UID. A reschedule keeps the row and
 * its UID and raises the SEQUENCE.
 */
export const FIRST_MEETING_STATUSES = ['planned', 'held', 'not_held', 'cancelled'] as const;
export type FirstMeetingStatus = (typeof FIRST_MEETING_STATUSES)[number];

export const VALIDATION_ANSWERS = ['confirmed', 'declined'] as const;
export type ValidationAnswer = (typeof VALIDATION_ANSWERS)[number];

/** How a participant's answer reached the programme: their portal, or staff who wrote it down. */
export const VALIDATION_CHANNELS = ['portal', 'phone', 'email', 'in_person'] as const;
export type ValidationChannel = (typeof VALIDATION_CHANNELS)[number];

export const DUO_ROLES = ['mentor', 'mentee'] as const;

/** How many duos a mentor takes at once when their application does not say. */
export const DEFAULT_MENTOR_CAPACITY = 1;
export const MAX_MENTOR_CAPACITY = 5;

/** Outbox messages of a first meeting (C3), each carrying an RFC 5545 calendar object. */
export const FIRST_MEETING_MESSAGE_KINDS = [
  'first_meeting_invitation',
  'first_meeting_cancellation',
] as const;
export type FirstMeetingMessageKind = (typeof FIRST_MEETING_MESSAGE_KINDS)[number];
