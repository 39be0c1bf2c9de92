/**
 * Value lists of guidance during the duo (D1–D5) and of its end (E1): the API's input
 * schemas, the database's CHECK constraints and the apps' selects all read these.
 */

export const CONTACT_MODES = ['in_person', 'phone', 'video', 'message'] as const;

/** Who a contact is logged for; staff logging on someone's behalf keep that person's side. */
export const CONTACT_LOGGED_BY = ['mentor', 'mentee', 'coach'] as const;

export const CHECK_IN_WITH = ['mentor', 'mentee', 'both'] as const;

/** "How is it going", on the short scale a coach can answer after a phone call. */
export const CHECK_IN_GOING = ['well', 'mixed', 'difficult'] as const;

export const RESOURCE_AUDIENCES = ['mentor', 'mentee', 'both'] as const;
export type ResourceAudience = (typeof RESOURCE_AUDIENCES)[number];
/** The largest file the library keeps: the database's check, the API's schema and the form's. */
export const MAX_RESOURCE_FILE_BYTES = 5 * 1024 * 1024;

export const WORKSHOP_KINDS = ['peer_exchange', 'extra_training'] as const;

export const DUO_END_KINDS = ['planned', 'early'] as const;
export const DUO_ENDED_BY = ['mentor', 'mentee', 'staff'] as const;
export const EARLY_END_REASON_CODES = [
  'found_work',
  'started_training',
  'mentee_withdrew',
  'mentor_withdrew',
  'relationship_difficulties',
  'health',
  'moved',
  'no_contact',
  'other',
] as const;

/**
 * Reminders sent by jobs. At most one of a kind per person per week (a unique key on the
 * delivery record); the non-essential ones stop when the person asks.
 */
export const REMINDER_KINDS = [
  'contact_overdue_duo',
  'contact_overdue_coach',
  'check_in_due',
  'workshop_invitation',
  'evaluation_reminder',
  'outcome_follow_up',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Outbox messages of guidance: reminders, and workshop invitations with their ICS. */
export const GUIDANCE_MESSAGE_KINDS = [
  'contact_overdue_duo',
  'contact_overdue_coach',
  'check_in_due',
  'workshop_invitation',
  'workshop_cancellation',
] as const;
export type GuidanceMessageKind = (typeof GUIDANCE_MESSAGE_KINDS)[number];

/**
 * An outbox message is `queued`, then `sending` while one process holds it (the row lock is
 * released before the SMTP exchange; a stale `sending` is taken back after a lease), then
 * `sent`; after too many failed attempts it is `failed`, which staff see and can retry.
 */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
