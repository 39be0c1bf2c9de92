import {
  DECISION_MESSAGE_KINDS,
  type DecisionMessageKind,
  FIRST_MEETING_MESSAGE_KINDS,
  type FirstMeetingMessageKind,
  LOCALES,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { decisions } from './intake.ts';
import { firstMeetings } from './matching.ts';
import type { Locale } from './platform.ts';
import { tenantIdColumn, tenantIsolationPolicy, tenantReference } from './tenancy.ts';
import { valueList } from './value-list.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

type OutboxMessageKind = DecisionMessageKind | FirstMeetingMessageKind;
const OUTBOX_MESSAGE_KINDS = [...DECISION_MESSAGE_KINDS, ...FIRST_MEETING_MESSAGE_KINDS];

/**
 * Outgoing messages. Without SMTP, staff copy them and mark them sent by hand; `sent_at` and
 * `sent_by` are the evidence A4/B4 read.
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
    /** An RFC 5545 calendar object sent with the message (METHOD:REQUEST or CANCEL). */
    calendar: text('calendar'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    status: text('status').$type<'queued' | 'sent'>().notNull().default('queued'),
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
    check('outbox_messages_kind_check', sql`${t.kind} in ${valueList(OUTBOX_MESSAGE_KINDS)}`),
    check('outbox_messages_locale_check', sql`${t.locale} in ${valueList(LOCALES)}`),
    check(
      'outbox_messages_status_check',
      sql`(${t.status} = 'queued' and ${t.sentAt} is null) or (${t.status} = 'sent' and ${t.sentAt} is not null)`,
    ),
    tenantIsolationPolicy('outbox_messages'),
  ],
);
