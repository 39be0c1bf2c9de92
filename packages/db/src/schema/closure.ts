import {
  CLOSING_MEETING_MODES,
  CLOSING_MEETING_STATUSES,
  type ClosingMeetingMode,
  type ClosingMeetingStatus,
  CONTRACT_KINDS,
  type ContractKind,
  type DuoRole,
  type EvaluationAnswers,
  LOCALES,
  OUTCOME_MOMENTS,
  OUTCOME_SITUATIONS,
  OUTCOME_SOURCES,
  type OutcomeMoment,
  type OutcomeSituation,
  SELF_RATING_MAX,
  SELF_RATING_MIN,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { duos } from './duo.ts';
import { applications } from './intake.ts';
import type { Locale } from './platform.ts';
import {
  currentUserId,
  participantApplicationIds,
  participantPolicies,
  tenantIdColumn,
  tenantIsolationPolicy,
  tenantReference,
} from './tenancy.ts';
import { valueList } from './value-list.ts';

/**
 * The end of a duo (E1–E3) and the mentee's outcomes: the closure the end flow opens, the
 * closing meeting, the evaluations of mentor and mentee, and the mentee's situation at
 * intake, at the end and six months later.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** "My duos", for the participant policies of the tables that hang off a duo. */
const ownDuo = sql`duo_id in (select d.id from duos d)`;

/**
 * E1: the closure steps of one duo, opened by the end flow whether the duo ended as planned
 * or early, by whom ever ended it. Its existence is what E1 counts as "closure started".
 */
export const duoClosures = pgTable(
  'duo_closures',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    duoId: uuid('duo_id').notNull(),
    startedAt: ts('started_at').notNull().defaultNow(),
    /** The staff member or the participant whose end of the duo opened the closure. */
    startedBy: uuid('started_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    unique('duo_closures_duo_key').on(t.tenantId, t.duoId),
    tenantIsolationPolicy('duo_closures'),
    // A participant who ends their duo from the portal opens its closure in the same unit.
    ...participantPolicies('duo_closures', ownDuo, {
      insert: sql`started_by = ${currentUserId} and ${ownDuo}`,
    }),
  ],
);

/**
 * E2: the last meeting of mentor and mentee, planned with a calendar invitation (one UID, a
 * rising SEQUENCE) or recorded afterwards; `held_on` is the day it took place.
 */
export const closingMeetings = pgTable(
  'closing_meetings',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    duoId: uuid('duo_id').notNull(),
    startsAt: ts('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    mode: text('mode').$type<ClosingMeetingMode>().notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    status: text('status').$type<ClosingMeetingStatus>().notNull().default('planned'),
    heldOn: date('held_on'),
    icsUid: text('ics_uid').notNull(),
    icsSequence: integer('ics_sequence').notNull().default(0),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    unique('closing_meetings_ics_uid_key').on(t.tenantId, t.icsUid),
    index('closing_meetings_duo_idx').on(t.tenantId, t.duoId, t.status),
    // One planned closing meeting at a time; a called-off one may be planned again.
    uniqueIndex('closing_meetings_planned_key')
      .on(t.tenantId, t.duoId)
      .where(sql`status = 'planned'`),
    check('closing_meetings_mode_check', sql`${t.mode} in ${valueList(CLOSING_MEETING_MODES)}`),
    check(
      'closing_meetings_status_check',
      sql`${t.status} in ${valueList(CLOSING_MEETING_STATUSES)}`,
    ),
    check('closing_meetings_held_check', sql`(${t.status} = 'held') = (${t.heldOn} is not null)`),
    check(
      'closing_meetings_where_check',
      sql`nullif(btrim(${t.place}), '') is not null or nullif(btrim(${t.onlineUrl}), '') is not null`,
    ),
    check('closing_meetings_duration_check', sql`${t.durationMinutes} between 15 and 480`),
    tenantIsolationPolicy('closing_meetings'),
    ...participantPolicies('closing_meetings', ownDuo),
  ],
);

/**
 * E3: the evaluation of one side of an ended duo, sent in the person's language and answered
 * in the portal, in the fixed question set of `question_set_version`. `answers` holds one
 * value per question of that set; the free comment is read by staff only.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    duoId: uuid('duo_id').notNull(),
    role: text('role').$type<DuoRole>().notNull(),
    applicationId: uuid('application_id').notNull(),
    questionSetVersion: text('question_set_version').notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    sentAt: ts('sent_at').notNull().defaultNow(),
    completedAt: ts('completed_at'),
    answers: jsonb('answers').$type<EvaluationAnswers>(),
    comment: text('comment'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    unique('evaluations_duo_role_key').on(t.tenantId, t.duoId, t.role),
    index('evaluations_application_idx').on(t.tenantId, t.applicationId),
    check('evaluations_role_check', sql`${t.role} in ('mentor', 'mentee')`),
    check('evaluations_locale_check', sql`${t.locale} in ${valueList(LOCALES)}`),
    check(
      'evaluations_completed_check',
      sql`(${t.completedAt} is null) = (${t.answers} is null) and (${t.completedAt} is null or ${t.completedAt} >= ${t.sentAt})`,
    ),
    tenantIsolationPolicy('evaluations'),
    // A participant reads and answers their own evaluation, once.
    ...participantPolicies(
      'evaluations',
      sql`application_id in ${participantApplicationIds} and ${ownDuo}`,
      { update: sql`application_id in ${participantApplicationIds} and completed_at is not null` },
    ),
  ],
);

/**
 * The mentee's situation, the goal the criteria serve: at intake (no duo yet), at the duo's
 * end and six months later. Reported beside the criteria, never inside them. Several rows for
 * one moment are corrections: the latest holds.
 */
export const outcomes = pgTable(
  'outcomes',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    menteeApplicationId: uuid('mentee_application_id').notNull(),
    duoId: uuid('duo_id'),
    moment: text('moment').$type<OutcomeMoment>().notNull(),
    recordedOn: date('recorded_on').notNull(),
    situation: text('situation').$type<OutcomeSituation>().notNull(),
    contractKind: text('contract_kind').$type<ContractKind>(),
    hoursPerWeek: integer('hours_per_week'),
    confidence: integer('confidence'),
    autonomy: integer('autonomy'),
    source: text('source').$type<(typeof OUTCOME_SOURCES)[number]>().notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.menteeApplicationId, applications).onDelete('cascade'),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    index('outcomes_mentee_idx').on(t.tenantId, t.menteeApplicationId, t.moment),
    index('outcomes_duo_idx').on(t.tenantId, t.duoId, t.moment),
    check('outcomes_moment_check', sql`${t.moment} in ${valueList(OUTCOME_MOMENTS)}`),
    check('outcomes_situation_check', sql`${t.situation} in ${valueList(OUTCOME_SITUATIONS)}`),
    check('outcomes_source_check', sql`${t.source} in ${valueList(OUTCOME_SOURCES)}`),
    check('outcomes_duo_check', sql`(${t.duoId} is null) = (${t.moment} = 'intake')`),
    check(
      'outcomes_contract_check',
      sql`(${t.contractKind} is null or (${t.situation} = 'employed' and ${t.contractKind} in ${valueList(CONTRACT_KINDS)})) and (${t.hoursPerWeek} is null or (${t.situation} = 'employed' and ${t.hoursPerWeek} between 1 and 80))`,
    ),
    // Confidence and autonomy are asked at intake and at the end only.
    check(
      'outcomes_rating_check',
      sql`(${t.confidence} is null or (${t.moment} <> 'follow_up_6m' and ${t.confidence} between ${sql.raw(String(SELF_RATING_MIN))} and ${sql.raw(String(SELF_RATING_MAX))})) and (${t.autonomy} is null or (${t.moment} <> 'follow_up_6m' and ${t.autonomy} between ${sql.raw(String(SELF_RATING_MIN))} and ${sql.raw(String(SELF_RATING_MAX))}))`,
    ),
    tenantIsolationPolicy('outcomes'),
    // The mentee answers the end and +6-month questions in the portal, for their own duo.
    ...participantPolicies('outcomes', sql`mentee_application_id in ${participantApplicationIds}`, {
      insert: sql`source = 'participant' and recorded_by = ${currentUserId} and moment <> 'intake' and mentee_application_id in ${participantApplicationIds} and ${ownDuo}`,
    }),
  ],
);
