import { MEMBERSHIP_ROLES, type MembershipRole } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './platform.ts';
import {
  currentUserId,
  participantPolicies,
  tenantIdColumn,
  tenantIsolationPolicy,
} from './tenancy.ts';
import { valueList } from './value-list.ts';

export const memberships = pgTable(
  'memberships',
  {
    tenantId: tenantIdColumn(),
    userId: uuid('user_id').notNull(),
    role: text('role').$type<MembershipRole>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('memberships_user_idx').on(t.userId),
    check('memberships_role_check', sql`${t.role} in ${valueList(MEMBERSHIP_ROLES)}`),
    tenantIsolationPolicy('memberships'),
    // A person must be able to list the organisations they belong to before choosing one.
    pgPolicy('memberships_own_rows', {
      as: 'permissive',
      for: 'select',
      to: 'public',
      using: sql`user_id = ${currentUserId}`,
    }),
  ],
);

export const programmes = pgTable(
  'programmes',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /** D1: the planned length of a duo. */
    plannedDurationMonths: integer('planned_duration_months').notNull().default(6),
    shorterDurationReason: text('shorter_duration_reason'),
    /** D2: the longest allowed gap between two contacts of a duo. */
    minContactFrequencyDays: integer('min_contact_frequency_days').notNull().default(14),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }).onDelete('cascade'),
    check(
      'programmes_d1_duration_check',
      sql`${t.plannedDurationMonths} >= 6 or nullif(btrim(${t.shorterDurationReason}), '') is not null`,
    ),
    check('programmes_duration_range_check', sql`${t.plannedDurationMonths} between 1 and 60`),
    check('programmes_d2_frequency_check', sql`${t.minContactFrequencyDays} between 1 and 14`),
    tenantIsolationPolicy('programmes'),
    ...participantPolicies('programmes', sql`id in (select a.programme_id from applications a)`),
  ],
);

/**
 * Written only by the audit trigger on each tenant table (see the custom migration),
 * so no code path can change tenant data without leaving a row here.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    tenantId: tenantIdColumn(),
    id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    actorUserId: uuid('actor_user_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    tableName: text('table_name').notNull(),
    // EXPORT: a person's data was exported (written by the export, not the trigger).
    operation: text('operation').$type<'INSERT' | 'UPDATE' | 'DELETE' | 'EXPORT'>().notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('audit_events_time_idx').on(t.tenantId, t.occurredAt),
    tenantIsolationPolicy('audit_events'),
    // The trigger writes here for a participant's changes too; a participant reads none of it.
    ...participantPolicies('audit_events', sql`false`, { insert: sql`true` }),
  ],
);
