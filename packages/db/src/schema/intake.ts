import {
  APPLICATION_SUBMISSION_STATUSES,
  type ApplicationSubmissionStatus,
  DECISION_MESSAGE_KINDS,
  DECISION_OUTCOMES,
  type DecisionMessageKind,
  type DecisionOutcome,
  INFO_SESSION_TOPIC_IDS,
  INTAKE_CHANNEL_AUDIENCES,
  INTAKE_CHANNEL_KINDS,
  INTAKE_REFUSAL_REASONS,
  INTAKE_ROLES,
  INTERVIEW_MODES,
  type IntakeChannelAudience,
  type IntakeChannelKind,
  type IntakeRefusalReason,
  type IntakeRole,
  type InterviewMode,
  LOCALES,
  MAX_MENTOR_CAPACITY,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { memberships, programmes } from './organisation.ts';
import type { Locale } from './platform.ts';
import {
  participantApplicationIds,
  participantPolicies,
  tenantIdColumn,
  tenantIsolationPolicy,
  tenantReference,
} from './tenancy.ts';
import { valueArray, valueList } from './value-list.ts';

/**
 * Intake (criteria A1–A4, B1–B4): recruitment channels, info sessions and registrations,
 * applications, interviews, decisions, decision message templates and the outbox. The CHECK
 * constraints are made from the value lists of `@tandem/domain` (intake), which the API
 * validates with, so no other path stores anything else.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * What a person gives when applying (the domain's `APPLICANT_PROFILE_FIELDS` with name,
 * phone, channel and consent): the columns of an application and of each later submission by
 * the same e-mail, which staff compare field by field.
 */
const applicantColumns = () => ({
  name: text('name').notNull(),
  phone: text('phone'),
  preferredLocale: text('preferred_locale').$type<Locale>().notNull(),
  availability: jsonb('availability').$type<AvailabilitySlotRow[]>().notNull(),
  postcode: text('postcode').notNull(),
  municipality: text('municipality').notNull(),
  languages: text('languages').array().notNull(),
  /** Mentor: the sector they work(ed) in; mentee: the sector they seek work in. */
  sector: text('sector').notNull(),
  /** Mentors only: years of professional experience. */
  experienceYears: integer('experience_years'),
  goal: text('goal').notNull(),
  birthYear: integer('birth_year').notNull(),
  interests: text('interests').array().notNull().default(sql`'{}'::text[]`),
  /** How the person says they heard of the programme (A2/B1 evidence). */
  channelId: uuid('channel_id').notNull(),
  consentAt: ts('consent_at').notNull(),
  consentTextVersion: text('consent_text_version').notNull(),
});

type ApplicantColumns = {
  [K in keyof ReturnType<typeof applicantColumns>]: AnyPgColumn;
};

function applicantChecks(table: string, t: ApplicantColumns) {
  return [
    check(`${table}_locale_check`, sql`${t.preferredLocale} in ${valueList(LOCALES)}`),
    check(`${table}_birth_year_check`, sql`${t.birthYear} between 1900 and 2100`),
    check(
      `${table}_experience_check`,
      sql`${t.experienceYears} is null or ${t.experienceYears} between 0 and 80`,
    ),
  ];
}

/** A2, B1: how people hear of a programme. Every application records one. */
export const recruitmentChannels = pgTable(
  'recruitment_channels',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    kind: text('kind').$type<IntakeChannelKind>().notNull(),
    name: text('name').notNull(),
    audience: text('audience').$type<IntakeChannelAudience>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    check('recruitment_channels_kind_check', sql`${t.kind} in ${valueList(INTAKE_CHANNEL_KINDS)}`),
    check(
      'recruitment_channels_audience_check',
      sql`${t.audience} in ${valueList(INTAKE_CHANNEL_AUDIENCES)}`,
    ),
    tenantIsolationPolicy('recruitment_channels'),
  ],
);

/** A1, B2: info sessions with the topics they covered. */
export const infoSessions = pgTable(
  'info_sessions',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    audience: text('audience').$type<IntakeRole>().notNull(),
    startsAt: ts('starts_at').notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    /** Topic IDs from the criteria catalogue (A1/B2), ticked by staff after the session. */
    topicsCovered: text('topics_covered').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    index('info_sessions_programme_idx').on(t.tenantId, t.programmeId, t.startsAt),
    check('info_sessions_audience_check', sql`${t.audience} in ${valueList(INTAKE_ROLES)}`),
    check('info_sessions_capacity_check', sql`${t.capacity} between 1 and 10000`),
    check(
      'info_sessions_where_check',
      sql`nullif(btrim(${t.place}), '') is not null or nullif(btrim(${t.onlineUrl}), '') is not null`,
    ),
    check(
      'info_sessions_topics_check',
      sql`${t.topicsCovered} <@ ${valueArray(INFO_SESSION_TOPIC_IDS)}`,
    ),
    tenantIsolationPolicy('info_sessions'),
  ],
);

/** A person's registration for an info session, without an account; attendance is set after. */
export const infoSessionRegistrations = pgTable(
  'info_session_registrations',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    infoSessionId: uuid('info_session_id').notNull(),
    name: text('name').notNull(),
    /** Lower-cased and trimmed; links the registration to the person's application. */
    email: text('email').notNull(),
    phone: text('phone'),
    locale: text('locale').$type<Locale>().notNull(),
    consentAt: ts('consent_at').notNull(),
    consentTextVersion: text('consent_text_version').notNull(),
    /** Null until staff take attendance. */
    attended: boolean('attended'),
    attendanceRecordedAt: ts('attendance_recorded_at'),
    attendanceRecordedBy: uuid('attendance_recorded_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.infoSessionId, infoSessions).onDelete('cascade'),
    unique('info_session_registrations_email_key').on(t.tenantId, t.infoSessionId, t.email),
    index('info_session_registrations_email_idx').on(t.tenantId, t.email),
    check('info_session_registrations_locale_check', sql`${t.locale} in ${valueList(LOCALES)}`),
    tenantIsolationPolicy('info_session_registrations'),
  ],
);

export interface AvailabilitySlotRow {
  day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  part: 'morning' | 'afternoon' | 'evening';
}

/**
 * A mentor's or mentee's application. One row per person (e-mail), programme and role: a
 * later application by the same e-mail is kept beside it in `application_submissions` until
 * staff review it; only staff change the details held here (the audit trigger keeps every
 * earlier version).
 */
export const applications = pgTable(
  'applications',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    role: text('role').$type<IntakeRole>().notNull(),
    email: text('email').notNull(),
    ...applicantColumns(),
    /**
     * First submission; `updated_at` is the last change, `submission_count` counts every
     * submission received by the e-mail (the first included).
     */
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    submissionCount: integer('submission_count').notNull().default(1),
    /** Mentors only: how many duos at once (null: `DEFAULT_MENTOR_CAPACITY`), set by staff. */
    mentorCapacity: integer('mentor_capacity'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    tenantReference(t.tenantId, t.channelId, recruitmentChannels),
    unique('applications_person_key').on(t.tenantId, t.programmeId, t.role, t.email),
    index('applications_channel_idx').on(t.tenantId, t.channelId),
    // A person is their e-mail across programmes and roles: indicators look them up by it.
    index('applications_email_idx').on(t.tenantId, t.email),
    check('applications_role_check', sql`${t.role} in ${valueList(INTAKE_ROLES)}`),
    ...applicantChecks('applications', t),
    check(
      'applications_mentor_capacity_check',
      sql`${t.mentorCapacity} is null or (${t.role} = 'mentor' and ${t.mentorCapacity} between 1 and ${sql.raw(String(MAX_MENTOR_CAPACITY))})`,
    ),
    tenantIsolationPolicy('applications'),
    ...participantPolicies('applications', sql`id in ${participantApplicationIds}`),
  ],
);

/**
 * A later application by an e-mail that already applied for the programme and role: kept
 * apart, exactly as submitted with its consent, so nobody can change the details staff hold
 * by applying with someone else's address. Staff compare it with the application and take
 * over chosen fields (`merged`, the fields in `merged_fields`) or set it aside (`dismissed`).
 */
export const applicationSubmissions = pgTable(
  'application_submissions',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    ...applicantColumns(),
    receivedAt: ts('received_at').notNull().defaultNow(),
    status: text('status').$type<ApplicationSubmissionStatus>().notNull().default('pending'),
    /** The fields taken over into the application when merged. */
    mergedFields: text('merged_fields').array().notNull().default(sql`'{}'::text[]`),
    reviewedAt: ts('reviewed_at'),
    reviewedBy: uuid('reviewed_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    tenantReference(t.tenantId, t.channelId, recruitmentChannels),
    index('application_submissions_application_idx').on(t.tenantId, t.applicationId, t.status),
    index('application_submissions_channel_idx').on(t.tenantId, t.channelId),
    check(
      'application_submissions_status_check',
      sql`${t.status} in ${valueList(APPLICATION_SUBMISSION_STATUSES)}`,
    ),
    check(
      'application_submissions_review_check',
      sql`(${t.status} = 'pending') = (${t.reviewedAt} is null) and (${t.status} = 'merged' or ${t.mergedFields} = '{}')`,
    ),
    ...applicantChecks('application_submissions', t),
    tenantIsolationPolicy('application_submissions'),
  ],
);

/**
 * A3, B3: selection interviews. Complete when `completed_at` is set, which requires the
 * commitment and expectation fields. The committed frequency is the longest interval in days
 * between two contacts the person commits to (7 weekly, 14 fortnightly, 30 monthly).
 */
export const interviews = pgTable(
  'interviews',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    /** A member of the organisation (the foreign key is to the membership). */
    interviewerUserId: uuid('interviewer_user_id').notNull(),
    scheduledAt: ts('scheduled_at').notNull(),
    mode: text('mode').$type<InterviewMode>().notNull(),
    completedAt: ts('completed_at'),
    committedPeriodMonths: integer('committed_period_months'),
    committedContactIntervalDays: integer('committed_contact_interval_days'),
    expectationsRealistic: boolean('expectations_realistic'),
    expectationsNote: text('expectations_note'),
    recordedBy: uuid('recorded_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.interviewerUserId],
      foreignColumns: [memberships.tenantId, memberships.userId],
    }),
    index('interviews_application_idx').on(t.tenantId, t.applicationId),
    check('interviews_mode_check', sql`${t.mode} in ${valueList(INTERVIEW_MODES)}`),
    check(
      'interviews_period_check',
      sql`${t.committedPeriodMonths} is null or ${t.committedPeriodMonths} between 1 and 60`,
    ),
    check(
      'interviews_interval_check',
      sql`${t.committedContactIntervalDays} is null or ${t.committedContactIntervalDays} between 1 and 31`,
    ),
    check(
      'interviews_complete_check',
      sql`${t.completedAt} is null or (${t.committedPeriodMonths} is not null and ${t.committedContactIntervalDays} is not null and ${t.expectationsRealistic} is not null)`,
    ),
    tenantIsolationPolicy('interviews'),
  ],
);

/** A4, B4: one decision per application. A refusal carries a reason and free text. */
export const decisions = pgTable(
  'decisions',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    outcome: text('outcome').$type<DecisionOutcome>().notNull(),
    refusalReason: text('refusal_reason').$type<IntakeRefusalReason>(),
    reasonText: text('reason_text'),
    decidedAt: ts('decided_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    unique('decisions_application_key').on(t.tenantId, t.applicationId),
    check('decisions_outcome_check', sql`${t.outcome} in ${valueList(DECISION_OUTCOMES)}`),
    check(
      'decisions_reason_check',
      sql`(${t.outcome} = 'accepted' and ${t.refusalReason} is null) or (${t.outcome} = 'refused' and ${t.refusalReason} in ${valueList(INTAKE_REFUSAL_REASONS)} and nullif(btrim(${t.reasonText}), '') is not null)`,
    ),
    tenantIsolationPolicy('decisions'),
  ],
);

/** A programme's own decision messages; the defaults in `@tandem/domain` fill any gap. */
export const messageTemplates = pgTable(
  'message_templates',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    kind: text('kind').$type<DecisionMessageKind>().notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    unique('message_templates_key').on(t.tenantId, t.programmeId, t.kind, t.locale),
    check('message_templates_kind_check', sql`${t.kind} in ${valueList(DECISION_MESSAGE_KINDS)}`),
    check('message_templates_locale_check', sql`${t.locale} in ${valueList(LOCALES)}`),
    tenantIsolationPolicy('message_templates'),
  ],
);
