import {
  LOCALES,
  REFERRAL_CHANNELS,
  REFERRAL_STATUSES,
  type ReferralChannel,
  type ReferralStatus,
  SOCIAL_MAP_SERVICE_KINDS,
  type SocialMapServiceKind,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications, decisions } from './intake.ts';
import { programmes } from './organisation.ts';
import { partnerOrganisations } from './partner.ts';
import { type Locale, organisations } from './platform.ts';
import {
  partnerReadPolicy,
  tenantIdColumn,
  tenantIsolationPolicy,
  tenantReference,
} from './tenancy.ts';
import { valueList } from './value-list.ts';

/**
 * Referrals in (B1: a partner refers a person to a programme) and out (B5: a refused mentee
 * is referred on to a service of the programme's social map, D4). Tenant tables; those a
 * partner may follow carry `partner_id` and a select-only partner policy.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Which partner organisations refer to this organisation (managed by its staff). */
export const partnerLinks = pgTable(
  'partner_links',
  {
    tenantId: tenantIdColumn(),
    partnerId: uuid('partner_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.partnerId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.partnerId], foreignColumns: [partnerOrganisations.id] }).onDelete(
      'cascade',
    ),
    index('partner_links_partner_idx').on(t.partnerId),
    tenantIsolationPolicy('partner_links'),
    partnerReadPolicy('partner_links'),
  ],
);

/**
 * A person referred by a partner, with their recorded consent. `idempotency_key` and
 * `request_hash` make a retried API submission return the first referral instead of a second.
 */
export const referrals = pgTable(
  'referrals',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    partnerId: uuid('partner_id').notNull(),
    via: text('via').$type<ReferralChannel>().notNull(),
    submittedBy: uuid('submitted_by'),
    apiKeyId: uuid('api_key_id'),
    personName: text('person_name').notNull(),
    personEmail: text('person_email').notNull(),
    personPhone: text('person_phone'),
    preferredLocale: text('preferred_locale').$type<Locale>().notNull(),
    needs: text('needs').notNull(),
    consentAt: ts('consent_at').notNull(),
    consentTextVersion: text('consent_text_version').notNull(),
    status: text('status').$type<ReferralStatus>().notNull().default('received'),
    statusChangedAt: ts('status_changed_at').notNull().defaultNow(),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.partnerId],
      foreignColumns: [partnerLinks.tenantId, partnerLinks.partnerId],
    }),
    unique('referrals_idempotency_key').on(t.tenantId, t.partnerId, t.idempotencyKey),
    index('referrals_programme_idx').on(t.tenantId, t.programmeId, t.submittedAt),
    index('referrals_partner_idx').on(t.partnerId, t.submittedAt),
    check('referrals_via_check', sql`${t.via} in ${valueList(REFERRAL_CHANNELS)}`),
    check('referrals_locale_check', sql`${t.preferredLocale} in ${valueList(LOCALES)}`),
    check('referrals_status_check', sql`${t.status} in ${valueList(REFERRAL_STATUSES)}`),
    check(
      'referrals_idempotency_check',
      sql`(${t.idempotencyKey} is null) = (${t.requestHash} is null)`,
    ),
    tenantIsolationPolicy('referrals'),
    partnerReadPolicy('referrals'),
  ],
);

/** Every status a referral went through, with staff's screening note (never shown to partners). */
export const referralStatusChanges = pgTable(
  'referral_status_changes',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    referralId: uuid('referral_id').notNull(),
    status: text('status').$type<ReferralStatus>().notNull(),
    note: text('note'),
    changedAt: ts('changed_at').notNull().defaultNow(),
    changedBy: uuid('changed_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.referralId, referrals).onDelete('cascade'),
    index('referral_status_changes_referral_idx').on(t.tenantId, t.referralId, t.changedAt),
    check(
      'referral_status_changes_status_check',
      sql`${t.status} in ${valueList(REFERRAL_STATUSES)}`,
    ),
    tenantIsolationPolicy('referral_status_changes'),
  ],
);

/** Opening hours of a social-map service, as HSDS 3.0 schedules carry them. */
export interface SocialMapSchedule {
  /** RFC 5545 BYDAY codes: MO, TU, … */
  readonly byDay: readonly string[];
  /** Local time, HH:MM. */
  readonly opensAt: string | null;
  readonly closesAt: string | null;
  readonly description: string | null;
}

/** D4 and B5: the programme's directory of local services to refer people to. */
export const socialMapServices = pgTable(
  'social_map_services',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<SocialMapServiceKind>().notNull(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    /** HSDS 3.0: the service's description, its organisation's name and opening hours. */
    description: text('description').notNull().default(''),
    organizationName: text('organization_name'),
    schedules: jsonb('schedules').$type<SocialMapSchedule[]>().notNull().default(sql`'[]'::jsonb`),
    /** The service's id in the directory it was imported from, so a re-import updates it. */
    externalId: text('external_id'),
    /** Set when the service is a partner organisation on the platform (its inbox, B5). */
    partnerId: uuid('partner_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    foreignKey({ columns: [t.partnerId], foreignColumns: [partnerOrganisations.id] }).onDelete(
      'set null',
    ),
    index('social_map_services_programme_idx').on(t.tenantId, t.programmeId, t.name),
    uniqueIndex('social_map_services_external_key')
      .on(t.tenantId, t.programmeId, t.externalId)
      .where(sql`external_id is not null`),
    check(
      'social_map_services_kind_check',
      sql`${t.kind} in ${valueList(SOCIAL_MAP_SERVICE_KINDS)}`,
    ),
    tenantIsolationPolicy('social_map_services'),
  ],
);

/**
 * B5: a mentee refused as "needs other support" referred on to a social-map service, in the
 * decision's transaction. The person's contact details are copied so the receiving partner
 * (when on the platform: `partner_id`, select-only policy) sees them without any access to
 * the application.
 */
export const onwardReferrals = pgTable(
  'onward_referrals',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    decisionId: uuid('decision_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    partnerId: uuid('partner_id'),
    personName: text('person_name').notNull(),
    personEmail: text('person_email').notNull(),
    personPhone: text('person_phone'),
    preferredLocale: text('preferred_locale').$type<Locale>().notNull(),
    note: text('note').notNull(),
    sentAt: ts('sent_at'),
    sentBy: uuid('sent_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    tenantReference(t.tenantId, t.decisionId, decisions).onDelete('cascade'),
    tenantReference(t.tenantId, t.serviceId, socialMapServices),
    foreignKey({ columns: [t.partnerId], foreignColumns: [partnerOrganisations.id] }).onDelete(
      'set null',
    ),
    unique('onward_referrals_decision_key').on(t.tenantId, t.decisionId),
    index('onward_referrals_partner_idx').on(t.partnerId, t.sentAt),
    check('onward_referrals_locale_check', sql`${t.preferredLocale} in ${valueList(LOCALES)}`),
    tenantIsolationPolicy('onward_referrals'),
    partnerReadPolicy('onward_referrals'),
  ],
);
