import { TRAINING_TOPIC_IDS } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications } from './intake.ts';
import { programmes } from './organisation.ts';
import { tenantIdColumn, tenantIsolationPolicy, tenantReference } from './tenancy.ts';
import { valueArray } from './value-list.ts';

/**
 * Mentor training (criterion A5): a programme's curriculum of modules mapped to the ten A5
 * topics, training sessions with the topics they covered, and the attendance of accepted
 * mentors. The topic list in the CHECK constraints is `TRAINING_TOPIC_IDS` of
 * `@tandem/domain` (criteria/training-topics.ts); the API validates with that list.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true });
const TEN_TOPICS = valueArray(TRAINING_TOPIC_IDS);

/** A module of the programme's mentor training, mapped to one or more of the ten topics. */
export const trainingModules = pgTable(
  'training_modules',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    topics: text('topics').array().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    index('training_modules_programme_idx').on(t.tenantId, t.programmeId),
    check(
      'training_modules_topics_check',
      sql`cardinality(${t.topics}) >= 1 and ${t.topics} <@ ${TEN_TOPICS}`,
    ),
    tenantIsolationPolicy('training_modules'),
  ],
);

/**
 * A training session. `topics_covered` is the evidence A5 reads: the topics of the modules
 * taught plus any topic ticked on its own, fixed when the session is scheduled or edited, so
 * a later change to the curriculum does not rewrite what was taught.
 */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    startsAt: ts('starts_at').notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    trainer: text('trainer').notNull(),
    topicsCovered: text('topics_covered').array().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    index('training_sessions_programme_idx').on(t.tenantId, t.programmeId, t.startsAt),
    check(
      'training_sessions_where_check',
      sql`nullif(btrim(${t.place}), '') is not null or nullif(btrim(${t.onlineUrl}), '') is not null`,
    ),
    check(
      'training_sessions_topics_check',
      sql`cardinality(${t.topicsCovered}) >= 1 and ${t.topicsCovered} <@ ${TEN_TOPICS}`,
    ),
    tenantIsolationPolicy('training_sessions'),
  ],
);

/** The curriculum modules a session taught (its topics are copied into `topics_covered`). */
export const trainingSessionModules = pgTable(
  'training_session_modules',
  {
    tenantId: tenantIdColumn(),
    trainingSessionId: uuid('training_session_id').notNull(),
    moduleId: uuid('module_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.trainingSessionId, t.moduleId] }),
    tenantReference(t.tenantId, t.trainingSessionId, trainingSessions).onDelete('cascade'),
    tenantReference(t.tenantId, t.moduleId, trainingModules).onDelete('cascade'),
    index('training_session_modules_module_idx').on(t.tenantId, t.moduleId),
    tenantIsolationPolicy('training_session_modules'),
  ],
);

/**
 * An accepted mentor registered for a training session; `attended` is null until staff take
 * attendance. Only attended = true counts towards the mentor's topic coverage.
 */
export const trainingAttendances = pgTable(
  'training_attendances',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    trainingSessionId: uuid('training_session_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    attended: boolean('attended'),
    registeredAt: ts('registered_at').notNull().defaultNow(),
    attendanceRecordedAt: ts('attendance_recorded_at'),
    attendanceRecordedBy: uuid('attendance_recorded_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.trainingSessionId, trainingSessions).onDelete('cascade'),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    unique('training_attendances_key').on(t.tenantId, t.trainingSessionId, t.applicationId),
    index('training_attendances_application_idx').on(t.tenantId, t.applicationId),
    tenantIsolationPolicy('training_attendances'),
  ],
);
