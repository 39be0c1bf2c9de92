import {
  FIRST_MEETING_LOCATION_KINDS,
  FIRST_MEETING_STATUSES,
  type FirstMeetingLocationKind,
  type FirstMeetingStatus,
  INTAKE_ROLES,
  type IntakeRole,
  MATCH_STATUSES,
  type MatchingWeights,
  type MatchStatus,
  type StoredScorePart,
  VALIDATION_ANSWERS,
  VALIDATION_CHANNELS,
  type ValidationAnswer,
  type ValidationChannel,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  foreignKey,
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
import { applications } from './intake.ts';
import { memberships, programmes } from './organisation.ts';
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
 * Matching and the start of the duo (C1–C4): the programme's matching criteria, the pairs
 * staff ruled out, the matches staff decided, first meetings and both participants'
 * validations. The agreement (C5) and the duo itself are in `duo.ts`.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** "My matches", for the participant policies of the tables that hang off a match. */
const ownMatch = sql`match_id in (select m.id from matches m)`;

/** C1: how a programme weighs the matching criteria and which constraints are hard. */
export const matchingSettings = pgTable(
  'matching_settings',
  {
    tenantId: tenantIdColumn(),
    programmeId: uuid('programme_id').notNull(),
    weights: jsonb('weights').$type<MatchingWeights>().notNull(),
    maxDistanceKm: integer('max_distance_km').notNull(),
    /** On: a pair farther apart than `max_distance_km` is never proposed (else it scores 0). */
    distanceIsHardLimit: boolean('distance_is_hard_limit').notNull().default(false),
    /** On: a mentor who has not covered the programme's training topics is not proposed. */
    requireCompleteTraining: boolean('require_complete_training').notNull().default(true),
    /** Pairs scoring below this (0…1) are never proposed. */
    minScore: doublePrecision('min_score').notNull().default(0),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.programmeId] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    check('matching_settings_distance_check', sql`${t.maxDistanceKm} between 1 and 500`),
    check('matching_settings_min_score_check', sql`${t.minScore} >= 0 and ${t.minScore} <= 1`),
    tenantIsolationPolicy('matching_settings'),
  ],
);

/** A pair staff ruled out (they know each other, a conflict, a rejected proposal): never proposed. */
export const matchingExclusions = pgTable(
  'matching_exclusions',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    mentorApplicationId: uuid('mentor_application_id').notNull(),
    menteeApplicationId: uuid('mentee_application_id').notNull(),
    reason: text('reason').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    tenantReference(t.tenantId, t.mentorApplicationId, applications).onDelete('cascade'),
    tenantReference(t.tenantId, t.menteeApplicationId, applications).onDelete('cascade'),
    unique('matching_exclusions_pair_key').on(
      t.tenantId,
      t.mentorApplicationId,
      t.menteeApplicationId,
    ),
    index('matching_exclusions_programme_idx').on(t.tenantId, t.programmeId),
    check('matching_exclusions_reason_check', sql`nullif(btrim(${t.reason}), '') is not null`),
    tenantIsolationPolicy('matching_exclusions'),
  ],
);

/**
 * What a participant is shown of the other side and of the match (first name and what they
 * have in common), fixed when staff decide, so the portal never reads the other person's
 * application.
 */
export interface MatchIntroduction {
  mentorFirstName: string;
  menteeFirstName: string;
  /** Message keys and params of the score's parts, as the engine explained them. */
  commonGround: { key: string; params: Record<string, string | number | string[]> }[];
}

/**
 * C1, C2: a pair a staff member decided, with the score and its parts as the engine showed
 * them. A mentee has at most one open proposal; a mentor as many as their capacity.
 */
export const matches = pgTable(
  'matches',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    mentorApplicationId: uuid('mentor_application_id').notNull(),
    menteeApplicationId: uuid('mentee_application_id').notNull(),
    status: text('status').$type<MatchStatus>().notNull().default('proposed'),
    /** 0…1; null when staff matched a pair the engine could not score. */
    score: doublePrecision('score'),
    scoreBreakdown: jsonb('score_breakdown').$type<StoredScorePart[]>(),
    introduction: jsonb('introduction').$type<MatchIntroduction>().notNull(),
    /** The staff member who decided (C2): a membership of the organisation. */
    decidedBy: uuid('decided_by').notNull(),
    decidedAt: ts('decided_at').notNull().defaultNow(),
    /** When and why it was declined or cancelled. */
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by'),
    closeReason: text('close_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    tenantReference(t.tenantId, t.mentorApplicationId, applications).onDelete('cascade'),
    tenantReference(t.tenantId, t.menteeApplicationId, applications).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.decidedBy],
      foreignColumns: [memberships.tenantId, memberships.userId],
    }),
    uniqueIndex('matches_open_mentee_key')
      .on(t.tenantId, t.menteeApplicationId)
      .where(sql`status = 'proposed'`),
    index('matches_programme_idx').on(t.tenantId, t.programmeId, t.status),
    index('matches_mentor_idx').on(t.tenantId, t.mentorApplicationId),
    check('matches_status_check', sql`${t.status} in ${valueList(MATCH_STATUSES)}`),
    check('matches_score_check', sql`${t.score} is null or (${t.score} >= 0 and ${t.score} <= 1)`),
    check(
      'matches_closed_check',
      sql`(${t.status} in ('declined', 'cancelled')) = (${t.closedAt} is not null)`,
    ),
    tenantIsolationPolicy('matches'),
    // A participant may decline their proposal or start the duo once everything is in place.
    ...participantPolicies(
      'matches',
      sql`(mentor_application_id in ${participantApplicationIds} or mentee_application_id in ${participantApplicationIds})`,
      { update: sql`status in ('proposed', 'declined', 'started')` },
    ),
  ],
);

/**
 * C3: the first meeting of a match. A reschedule updates the row (same UID, SEQUENCE + 1),
 * so the invitation in people's calendars moves; a cancellation keeps it as `cancelled`.
 */
export const firstMeetings = pgTable(
  'first_meetings',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    matchId: uuid('match_id').notNull(),
    startsAt: ts('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    place: text('place').notNull(),
    locationKind: text('location_kind').$type<FirstMeetingLocationKind>().notNull(),
    /** The staff member who will be there. */
    plannedStaffUserId: uuid('planned_staff_user_id').notNull(),
    status: text('status').$type<FirstMeetingStatus>().notNull().default('planned'),
    /** RFC 5545: the invitation's UID and SEQUENCE. */
    icsUid: text('ics_uid').notNull(),
    icsSequence: integer('ics_sequence').notNull().default(0),
    /** Recorded afterwards: who was there (the staff member is null if none came). */
    staffPresentUserId: uuid('staff_present_user_id'),
    mentorPresent: boolean('mentor_present'),
    menteePresent: boolean('mentee_present'),
    outcomeRecordedAt: ts('outcome_recorded_at'),
    outcomeRecordedBy: uuid('outcome_recorded_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.matchId, matches).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.plannedStaffUserId],
      foreignColumns: [memberships.tenantId, memberships.userId],
    }),
    foreignKey({
      columns: [t.tenantId, t.staffPresentUserId],
      foreignColumns: [memberships.tenantId, memberships.userId],
    }),
    unique('first_meetings_ics_uid_key').on(t.tenantId, t.icsUid),
    uniqueIndex('first_meetings_planned_key')
      .on(t.tenantId, t.matchId)
      .where(sql`status = 'planned'`),
    index('first_meetings_match_idx').on(t.tenantId, t.matchId),
    check(
      'first_meetings_location_kind_check',
      sql`${t.locationKind} in ${valueList(FIRST_MEETING_LOCATION_KINDS)}`,
    ),
    check('first_meetings_status_check', sql`${t.status} in ${valueList(FIRST_MEETING_STATUSES)}`),
    check('first_meetings_duration_check', sql`${t.durationMinutes} between 15 and 480`),
    check('first_meetings_place_check', sql`nullif(btrim(${t.place}), '') is not null`),
    check(
      'first_meetings_outcome_check',
      sql`(${t.status} in ('held', 'not_held')) = (${t.outcomeRecordedAt} is not null) and (${t.status} = 'held' or (${t.staffPresentUserId} is null and ${t.mentorPresent} is null and ${t.menteePresent} is null))`,
    ),
    tenantIsolationPolicy('first_meetings'),
    ...participantPolicies('first_meetings', ownMatch),
  ],
);

/**
 * C4: a participant's answer after the first meeting. Append-only: a later answer of the
 * same role supersedes an earlier one. A participant records only their own side, from the
 * portal; staff record an answer that came by phone, e-mail or in person.
 */
export const matchValidations = pgTable(
  'match_validations',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    matchId: uuid('match_id').notNull(),
    role: text('role').$type<IntakeRole>().notNull(),
    answer: text('answer').$type<ValidationAnswer>().notNull(),
    channel: text('channel').$type<ValidationChannel>().notNull(),
    /** Why they declined, as they said it; kept for staff. */
    reason: text('reason'),
    answeredAt: ts('answered_at').notNull().defaultNow(),
    recordedBy: uuid('recorded_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.matchId, matches).onDelete('cascade'),
    index('match_validations_match_idx').on(t.tenantId, t.matchId, t.answeredAt),
    check('match_validations_role_check', sql`${t.role} in ${valueList(INTAKE_ROLES)}`),
    check('match_validations_answer_check', sql`${t.answer} in ${valueList(VALIDATION_ANSWERS)}`),
    check(
      'match_validations_channel_check',
      sql`${t.channel} in ${valueList(VALIDATION_CHANNELS)}`,
    ),
    tenantIsolationPolicy('match_validations'),
    ...participantPolicies('match_validations', ownMatch, {
      insert: sql`channel = 'portal' and recorded_by = ${currentUserId} and exists (select 1 from matches m where m.id = match_validations.match_id and m.status = 'proposed' and (case match_validations.role when 'mentor' then m.mentor_application_id else m.mentee_application_id end) in ${participantApplicationIds})`,
    }),
  ],
);
