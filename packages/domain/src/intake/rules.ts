import { INFO_SESSION_TOPIC_IDS } from '../criteria/info-session-topics.ts';

/**
 * Intake: recruitment channels, info sessions, applications, interviews and decisions
 * (criteria A1–A4, B1–B4). Pure rules and value lists shared by the API's input schemas and
 * the database's CHECK constraints.
 */

/** Who an application, an info session or a channel is for. */
export const INTAKE_ROLES = ['mentor', 'mentee'] as const;
export type IntakeRole = (typeof INTAKE_ROLES)[number];

/** How people heard of the programme (A2, B1). */
export const INTAKE_CHANNEL_KINDS = [
  'employer_partnership',
  'volunteer_centre',
  'social_media',
  'alumni',
  'word_of_mouth',
  'event',
  'partner_referral',
  'public_employment_service',
  'other',
] as const;
export type IntakeChannelKind = (typeof INTAKE_CHANNEL_KINDS)[number];

/** A channel recruits mentors, mentees or both. */
export const INTAKE_CHANNEL_AUDIENCES = ['mentor', 'mentee', 'both'] as const;
export type IntakeChannelAudience = (typeof INTAKE_CHANNEL_AUDIENCES)[number];

/** Whether a channel may carry an application of this role. */
export function channelServesRole(audience: IntakeChannelAudience, role: IntakeRole): boolean {
  return audience === 'both' || audience === role;
}

/**
 * The three topics an info session must cover (A1 for mentors, B2 for mentees). The IDs are
 * the criteria catalogue's, shared by both audiences; only the wording differs.
 */
export const INTAKE_INFO_SESSION_TOPIC_IDS = INFO_SESSION_TOPIC_IDS;

/** Whether a session covered everything A1/B2 asks. */
export function coversAllInfoSessionTopics(topics: readonly string[]): boolean {
  return INFO_SESSION_TOPIC_IDS.every((topic) => topics.includes(topic));
}

/** Weekly availability as slots of day × part of day (used by matching later). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type DayPart = (typeof DAY_PARTS)[number];
export interface AvailabilitySlot {
  day: Weekday;
  part: DayPart;
}

/** Sorted by day then part, without repeats: one canonical form to store and compare. */
export function normaliseAvailability(slots: readonly AvailabilitySlot[]): AvailabilitySlot[] {
  const order = (s: AvailabilitySlot) => WEEKDAYS.indexOf(s.day) * 10 + DAY_PARTS.indexOf(s.part);
  const seen = new Map<number, AvailabilitySlot>();
  for (const slot of slots) seen.set(order(slot), { day: slot.day, part: slot.part });
  return [...seen.entries()].sort(([a], [b]) => a - b).map(([, slot]) => slot);
}

/**
 * The version of the consent text (purpose of the processing and retention period) a person
 * agrees to when registering or applying. The apps show the text of this version; the
 * database stores the version with the moment of consent.
 */
export const INTAKE_CONSENT_TEXT_VERSION = 'intake-consent-2026-01';

/**
 * What an applicant tells about themselves beyond name and contact details, in the order
 * forms, spreadsheets and comparisons show it.
 */
export const APPLICANT_PROFILE_FIELDS = [
  'preferredLocale',
  'availability',
  'postcode',
  'municipality',
  'languages',
  'sector',
  'experienceYears',
  'goal',
  'birthYear',
  'interests',
] as const;

/** The columns of the applicant CSV import (A2/B1), in the template's order. */
export const APPLICANT_IMPORT_COLUMNS = [
  'name',
  'email',
  'phone',
  ...APPLICANT_PROFILE_FIELDS,
  'channelId',
] as const;

/** The columns of the pipeline's CSV export, in the order of the file. */
export const APPLICANT_EXPORT_COLUMNS = [
  'name',
  'email',
  'phone',
  'role',
  'stage',
  'decision',
  'channel',
  ...APPLICANT_PROFILE_FIELDS,
  'submittedAt',
  'updatedAt',
  'submissionCount',
  'channelId',
] as const;

/**
 * The details a later application by the same e-mail may bring, which staff compare with the
 * ones held and take over one by one. E-mail and role identify the application; the channel
 * stays the one the person first came through.
 */
export const APPLICATION_SUBMISSION_FIELDS = [
  'name',
  'phone',
  ...APPLICANT_PROFILE_FIELDS,
] as const;
export type ApplicationSubmissionField = (typeof APPLICATION_SUBMISSION_FIELDS)[number];

export const APPLICATION_SUBMISSION_STATUSES = ['pending', 'merged', 'dismissed'] as const;
export type ApplicationSubmissionStatus = (typeof APPLICATION_SUBMISSION_STATUSES)[number];

/** Reasons a programme refuses an application (A4, B4); free text is always added. */
export const INTAKE_REFUSAL_REASONS = [
  'not_available_enough',
  'expectations_unrealistic',
  'needs_other_support',
  'profile_mismatch',
  'withdrew',
  'other',
] as const;
export type IntakeRefusalReason = (typeof INTAKE_REFUSAL_REASONS)[number];

/** How an interview (A3/B3) is held. */
export const INTERVIEW_MODES = ['in_person', 'online'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

export const DECISION_OUTCOMES = ['accepted', 'refused'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * The committed frequency is recorded as the longest interval in days between two contacts
 * the person commits to (7 = weekly, 14 = fortnightly, 30 = monthly), the same unit as the
 * programme's D2 setting, so it can be compared with it directly.
 */
export const MAX_COMMITTED_CONTACT_INTERVAL_DAYS = 31;
export const MAX_COMMITTED_PERIOD_MONTHS = 60;

/** What an interview must record to count for A3/B3. */
export interface InterviewRecord {
  completedAt: Date | string | null;
  committedPeriodMonths: number | null;
  committedContactIntervalDays: number | null;
  expectationsRealistic: boolean | null;
}

/**
 * Complete: held (completed), with a committed period of at least one month, a committed
 * contact interval and a yes/no on realistic expectations. The note is optional, as in the
 * A3 indicator.
 */
export function isInterviewComplete(interview: InterviewRecord): boolean {
  return (
    interview.completedAt !== null &&
    interview.committedPeriodMonths !== null &&
    Number.isInteger(interview.committedPeriodMonths) &&
    interview.committedPeriodMonths >= 1 &&
    interview.committedContactIntervalDays !== null &&
    Number.isInteger(interview.committedContactIntervalDays) &&
    interview.committedContactIntervalDays >= 1 &&
    interview.expectationsRealistic !== null
  );
}

/**
 * The pipeline stages: up to the decision for everyone, then, for accepted mentors only,
 * training (A5) and ready to match (see `derivePipelineStage` in training.ts).
 */
export const APPLICATION_STAGES = [
  'applied',
  'info_session',
  'interview',
  'decision',
  'training',
  'ready_to_match',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

export interface ApplicationFacts {
  /** Attended an info session of the programme for the application's role. */
  attendedInfoSession: boolean;
  /** Has at least one complete interview (see `isInterviewComplete`). */
  hasCompleteInterview: boolean;
  decision: DecisionOutcome | null;
}

/**
 * The furthest stage an application has reached, derived from its evidence rather than
 * stored, so it cannot drift from what happened. A decision ends the pipeline whatever came
 * before (a withdrawal may be recorded before any interview).
 */
export function deriveApplicationStage(
  facts: ApplicationFacts,
): Exclude<ApplicationStage, 'training' | 'ready_to_match'> {
  if (facts.decision !== null) return 'decision';
  if (facts.hasCompleteInterview) return 'interview';
  if (facts.attendedInfoSession) return 'info_session';
  return 'applied';
}

/** Accepting needs a complete interview (A3/B3); refusing never waits for one. */
export function canDecide(
  outcome: DecisionOutcome,
  facts: Pick<ApplicationFacts, 'hasCompleteInterview'>,
): boolean {
  return outcome === 'refused' || facts.hasCompleteInterview;
}

/**
 * A `needs_other_support` refusal will require an onward referral to the social map (B5).
 * Until that workflow exists it is recorded like any refusal; this tells callers it is owed.
 */
export function requiresOnwardReferral(role: IntakeRole, reason: IntakeRefusalReason | null) {
  return role === 'mentee' && reason === 'needs_other_support';
}
