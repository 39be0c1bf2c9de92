import {
  DUO_END_KINDS,
  DUO_ENDED_BY,
  EARLY_END_REASON_CODES,
  type EarlyEndReasonCode,
  INTAKE_ROLES,
  type IntakeRole,
  LOCALES,
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
import { applications } from './intake.ts';
import { matches } from './matching.ts';
import { programmes } from './organisation.ts';
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
 * The agreement (C5) and the duo. A duo exists from the day both participants have validated
 * the match and accepted its agreement; the D and E criteria hang off it.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * C5: a programme's agreement template, one per language. Duration and contact frequency
 * come from the programme; these are the texts around them. `version` rises on every edit.
 */
export const agreementTemplates = pgTable(
  'agreement_templates',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    ethicalCharter: text('ethical_charter').notNull(),
    confidentiality: text('confidentiality').notNull(),
    /** What to do when something goes wrong: whom to call, mediation, ending early. */
    whenDifficult: text('when_difficult').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    unique('agreement_templates_key').on(t.tenantId, t.programmeId, t.locale),
    check('agreement_templates_locale_check', sql`${t.locale} in ${valueList(LOCALES)}`),
    tenantIsolationPolicy('agreement_templates'),
    // The agreement is issued from the portal too, when the second confirmation arrives.
    ...participantPolicies(
      'agreement_templates',
      sql`programme_id in (select a.programme_id from applications a)`,
    ),
  ],
);

/**
 * The agreement of one match, generated from the template with the duo's own values and
 * kept as the exact text in every language. An edit issues a new version and supersedes the
 * old one; acceptances belong to the version accepted.
 */
export const agreements = pgTable(
  'agreements',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    matchId: uuid('match_id').notNull(),
    version: integer('version').notNull(),
    /** The full text per locale, as generated. */
    texts: jsonb('texts').$type<Record<Locale, string>>().notNull(),
    durationMonths: integer('duration_months').notNull(),
    contactIntervalDays: integer('contact_interval_days').notNull(),
    issuedAt: ts('issued_at').notNull().defaultNow(),
    issuedBy: uuid('issued_by'),
    supersededAt: ts('superseded_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.matchId, matches).onDelete('cascade'),
    unique('agreements_version_key').on(t.tenantId, t.matchId, t.version),
    uniqueIndex('agreements_current_key')
      .on(t.tenantId, t.matchId)
      .where(sql`superseded_at is null`),
    check('agreements_duration_check', sql`${t.durationMonths} between 1 and 60`),
    check('agreements_interval_check', sql`${t.contactIntervalDays} between 1 and 31`),
    tenantIsolationPolicy('agreements'),
    // A participant's confirmation can complete the pair and issue the first version; only
    // staff re-issue.
    ...participantPolicies('agreements', sql`match_id in (select m.id from matches m)`, {
      insert: sql`version = 1 and superseded_at is null and issued_by is null and match_id in (select m.id from matches m where m.status = 'proposed')`,
    }),
  ],
);

/** One side's acceptance of one agreement version: who, when, in which language, which text. */
export const agreementAcceptances = pgTable(
  'agreement_acceptances',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    agreementId: uuid('agreement_id').notNull(),
    role: text('role').$type<IntakeRole>().notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    /** SHA-256 (hex) of the text shown, so the exact wording accepted can be proved. */
    textSha256: text('text_sha256').notNull(),
    acceptedAt: ts('accepted_at').notNull().defaultNow(),
    acceptedBy: uuid('accepted_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.agreementId, agreements).onDelete('cascade'),
    unique('agreement_acceptances_role_key').on(t.tenantId, t.agreementId, t.role),
    check('agreement_acceptances_role_check', sql`${t.role} in ${valueList(INTAKE_ROLES)}`),
    check('agreement_acceptances_locale_check', sql`${t.locale} in ${valueList(LOCALES)}`),
    check('agreement_acceptances_hash_check', sql`${t.textSha256} ~ '^[0-9a-f]{64}$'`),
    tenantIsolationPolicy('agreement_acceptances'),
    ...participantPolicies(
      'agreement_acceptances',
      sql`agreement_id in (select a.id from agreements a)`,
      {
        insert: sql`accepted_by = ${currentUserId} and exists (select 1 from agreements a join matches m on m.id = a.match_id where a.id = agreement_acceptances.agreement_id and a.superseded_at is null and (case agreement_acceptances.role when 'mentor' then m.mentor_application_id else m.mentee_application_id end) in ${participantApplicationIds})`,
      },
    ),
  ],
);

/** A duo: from its start date (both validated and accepted) to its end (E1, later). */
export const duos = pgTable(
  'duos',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    matchId: uuid('match_id').notNull(),
    mentorApplicationId: uuid('mentor_application_id').notNull(),
    menteeApplicationId: uuid('mentee_application_id').notNull(),
    /** First day of the relationship (Brussels). */
    startDate: date('start_date').notNull(),
    /** Start + the agreement's duration (D1). */
    plannedEndDate: date('planned_end_date').notNull(),
    /** E1: the duo's last day (inclusive), how it ended, why and by whom; null while active. */
    endedOn: date('ended_on'),
    endKind: text('end_kind').$type<(typeof DUO_END_KINDS)[number]>(),
    endReasonCode: text('end_reason_code').$type<EarlyEndReasonCode>(),
    endReasonText: text('end_reason_text'),
    endedBy: text('ended_by').$type<(typeof DUO_ENDED_BY)[number]>(),
    endRecordedAt: ts('end_recorded_at'),
    endRecordedBy: uuid('end_recorded_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    tenantReference(t.tenantId, t.matchId, matches).onDelete('cascade'),
    tenantReference(t.tenantId, t.mentorApplicationId, applications).onDelete('cascade'),
    tenantReference(t.tenantId, t.menteeApplicationId, applications).onDelete('cascade'),
    unique('duos_match_key').on(t.tenantId, t.matchId),
    index('duos_programme_idx').on(t.tenantId, t.programmeId, t.startDate),
    check('duos_dates_check', sql`${t.plannedEndDate} > ${t.startDate}`),
    check(
      'duos_end_check',
      sql`(${t.endedOn} is null) = (${t.endKind} is null) and (${t.endedOn} is null) = (${t.endedBy} is null) and (${t.endedOn} is null or ${t.endedOn} >= ${t.startDate})`,
    ),
    check(
      'duos_end_kind_check',
      sql`${t.endKind} is null or ${t.endKind} in ${valueList(DUO_END_KINDS)}`,
    ),
    check(
      'duos_ended_by_check',
      sql`${t.endedBy} is null or ${t.endedBy} in ${valueList(DUO_ENDED_BY)}`,
    ),
    check(
      'duos_end_reason_check',
      sql`${t.endReasonCode} is null or ${t.endReasonCode} in ${valueList(EARLY_END_REASON_CODES)}`,
    ),
    tenantIsolationPolicy('duos'),
    // The second acceptance starts the duo, from the portal as often as from staff.
    // A participant may end their own duo from the portal (E1), on their own side only; the
    // trigger `duos_participant_end_only` keeps them to the end columns of a running duo.
    ...participantPolicies('duos', sql`match_id in (select m.id from matches m)`, {
      insert: sql`match_id in (select m.id from matches m where m.status = 'proposed')`,
      update: sql`ended_on is not null and ended_by = (case when mentor_application_id in ${participantApplicationIds} then 'mentor' when mentee_application_id in ${participantApplicationIds} then 'mentee' end) and end_recorded_by = ${currentUserId}`,
    }),
  ],
);
