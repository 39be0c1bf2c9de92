import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './intake.ts';
import { users } from './platform.ts';
import {
  currentUserId,
  participantPolicies,
  tenantIdColumn,
  tenantIsolationPolicy,
  tenantReference,
} from './tenancy.ts';

/**
 * A mentor's or mentee's portal account: the person (user) behind an accepted application.
 * Being a participant is not a membership, so it grants nothing in the staff app; a person
 * may be a participant of one organisation and staff of another.
 */
export const participantAccounts = pgTable(
  'participant_accounts',
  {
    tenantId: tenantIdColumn(),
    applicationId: uuid('application_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.applicationId] }),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('participant_accounts_user_idx').on(t.userId),
    tenantIsolationPolicy('participant_accounts'),
    ...participantPolicies('participant_accounts', sql`user_id = ${currentUserId}`),
  ],
);
