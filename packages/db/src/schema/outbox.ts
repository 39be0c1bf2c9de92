import {
  CLOSURE_MESSAGE_KINDS,
  type ClosureMessageKind,
  DECISION_MESSAGE_KINDS,
  type DecisionMessageKind,
  FIRST_MEETING_MESSAGE_KINDS,
  type FirstMeetingMessageKind,
  GUIDANCE_MESSAGE_KINDS,
  type GuidanceMessageKind,
  LOCALES,
  OUTBOX_STATUSES,
  type OutboxStatus,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { duos } from './duo.ts';
import { workshops } from './guidance.ts';
import { decisions } from './intake.ts';
import { firstMeetings } from './matching.ts';
import type { Locale } from './platform.ts';
import { tenantIdColumn, tenantIsolationPolicy, tenantReference } from './tenancy.ts';
import { valueList } from './value-list.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

type OutboxMessageKind =
  | DecisionMessageKind
  | FirstMeetingMessageKind
  | GuidanceMessageKind
  | ClosureMessageKind;
const OUTBOX_MESSAGE_KINDS = [
  ...DECISION_MESSAGE_KINDS,
  ...FIRST_MEETING_MESSAGE_KINDS,
  ...GUIDANCE_MESSAGE_KINDS,
  ...CLOSURE_MESSAGE_KINDS,
];

/**
 * Outgoing messages. Without SMTP, staff copy them and mark them sent by hand; `sent_at` and
 * `sent_by` are the evidence A4/B4 read. The delivery job moves a message through
 * `OUTBOX_STATUSES`; a message that failed too often is `failed` until staff retry it.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').$type<OutboxMessageKind>().notNull(),
    decisionId: uuid('decision_id'),
    /** C3: the first meeting an invitation or cancellation is about. */
    firstMeetingId: uuid('first_meeting_id'),
    /** D2/D3 reminders, E2 closing meetings and E3 evaluations: the duo they are about. */
    duoId: uuid('duo_id'),
    /** D5: the workshop an invitation or cancellation is about. */
    workshopId: uuid('workshop_id'),
    /** An RFC 5545 calendar object sent with the message (METHOD:REQUEST or CANCEL). */
    calendar: text('calendar'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('queued'),
    /** Delivery attempts so far, the last error, and when the next attempt may start. */
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    /** While `sending`: after this instant another process may take the message back. */
    leaseUntil: ts('lease_until'),
    createdAt: ts('created_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
    sentBy: uuid('sent_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.decisionId, decisions).onDelete('cascade'),
    index('outbox_messages_status_idx').on(t.tenantId, t.status, t.createdAt),
    tenantReference(t.tenantId, t.firstMeetingId, firstMeetings).onDelete('cascade'),
    index('outbox_messages_first_meeting_idx').on(t.tenantId, t.firstMeetingId),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    tenantReference(t.tenantId, t.workshopId, workshops).onDelete('cascade'),
    index('outbox_messages_due_idx')
      .on(t.tenantId, t.nextAttemptAt)
      .where(sql`status in ('queued', 'sending')`),
    check('outbox_messages_kind_check', sql`${t.kind} in ${valueList(OUTBOX_MESSAGE_KINDS)}`),
    check('outbox_messages_locale_check', sql`${t.locale} in ${valueList(LOCALES)}`),
    check(
      'outbox_messages_status_check',
      sql`${t.status} in ${valueList(OUTBOX_STATUSES)} and (${t.status} = 'sent') = (${t.sentAt} is not null) and (${t.status} = 'sending') = (${t.leaseUntil} is not null)`,
    ),
    tenantIsolationPolicy('outbox_messages'),
  ],
);
