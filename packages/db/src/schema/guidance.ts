import {
  CHECK_IN_GOING,
  CHECK_IN_WITH,
  CONTACT_LOGGED_BY,
  CONTACT_MODES,
  type ContactMode,
  LOCALES,
  MAX_RESOURCE_FILE_BYTES,
  REMINDER_KINDS,
  RESOURCE_AUDIENCES,
  RESOURCE_KINDS,
  type ReminderKind,
  type ResourceAudience,
  type ResourceKind,
  WORKSHOP_KINDS,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
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
import { memberships, programmes } from './organisation.ts';
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
 * Guidance during the duo (D1–D5): pauses, the contact log, coach assignments, check-ins and
 * mediation notes, the resource library, workshops with their invitations, and the record of
 * reminders the jobs sent.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Uploaded files are small documents (a guideline, a tool); they live with the tenant's rows. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** "My duos", for the participant policies of the tables that hang off a duo. */
const ownDuo = sql`duo_id in (select d.id from duos d)`;

/** The staff member a row names is a member of the tenant. */
const staffMember = (tenantId: AnyPgColumn, userId: AnyPgColumn) =>
  foreignKey({
    columns: [tenantId, userId],
    foreignColumns: [memberships.tenantId, memberships.userId],
  });

/**
 * A pause in a duo (illness, a stay abroad): from `from_date` to `until_date` (exclusive;
 * null while it lasts). Contacts are not owed while a duo is paused.
 */
export const duoPauses = pgTable(
  'duo_pauses',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    duoId: uuid('duo_id').notNull(),
    fromDate: date('from_date').notNull(),
    untilDate: date('until_date'),
    reason: text('reason').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    index('duo_pauses_duo_idx').on(t.tenantId, t.duoId, t.fromDate),
    uniqueIndex('duo_pauses_open_key').on(t.tenantId, t.duoId).where(sql`until_date is null`),
    check('duo_pauses_dates_check', sql`${t.untilDate} is null or ${t.untilDate} > ${t.fromDate}`),
    check('duo_pauses_reason_check', sql`nullif(btrim(${t.reason}), '') is not null`),
    tenantIsolationPolicy('duo_pauses'),
    ...participantPolicies('duo_pauses', ownDuo),
  ],
);

/**
 * D2: one contact between mentor and mentee, logged by one of them or by the coach, or by
 * staff on a participant's behalf (`logged_by` keeps the side, `recorded_by` who typed it).
 * The note is the writer's: staff read it only when `note_shared_with_staff`; the other
 * participant never does (the portal returns a note to its writer only).
 */
export const duoContacts = pgTable(
  'duo_contacts',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    duoId: uuid('duo_id').notNull(),
    contactOn: date('contact_on').notNull(),
    mode: text('mode').$type<ContactMode>().notNull(),
    durationMinutes: integer('duration_minutes'),
    loggedBy: text('logged_by').$type<(typeof CONTACT_LOGGED_BY)[number]>().notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    note: text('note'),
    noteSharedWithStaff: boolean('note_shared_with_staff').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    index('duo_contacts_duo_idx').on(t.tenantId, t.duoId, t.contactOn),
    check('duo_contacts_mode_check', sql`${t.mode} in ${valueList(CONTACT_MODES)}`),
    check('duo_contacts_logged_by_check', sql`${t.loggedBy} in ${valueList(CONTACT_LOGGED_BY)}`),
    check(
      'duo_contacts_duration_check',
      sql`${t.durationMinutes} is null or ${t.durationMinutes} between 1 and 1440`,
    ),
    tenantIsolationPolicy('duo_contacts'),
    ...participantPolicies('duo_contacts', ownDuo, {
      insert: sql`recorded_by = ${currentUserId} and exists (select 1 from duos d where d.id = duo_contacts.duo_id and (case duo_contacts.logged_by when 'mentor' then d.mentor_application_id when 'mentee' then d.mentee_application_id end) in ${participantApplicationIds})`,
    }),
  ],
);

/**
 * D3: the duo's coach. One at a time: a change closes the open row (`until_date`, exclusive,
 * the day the next coach takes over) and opens a new one, so the history stays.
 */
export const coachAssignments = pgTable(
  'coach_assignments',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    duoId: uuid('duo_id').notNull(),
    coachUserId: uuid('coach_user_id').notNull(),
    fromDate: date('from_date').notNull(),
    untilDate: date('until_date'),
    assignedBy: uuid('assigned_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    staffMember(t.tenantId, t.coachUserId),
    uniqueIndex('coach_assignments_open_key')
      .on(t.tenantId, t.duoId)
      .where(sql`until_date is null`),
    index('coach_assignments_coach_idx').on(t.tenantId, t.coachUserId, t.untilDate),
    index('coach_assignments_duo_idx').on(t.tenantId, t.duoId, t.fromDate),
    check(
      'coach_assignments_dates_check',
      sql`${t.untilDate} is null or ${t.untilDate} > ${t.fromDate}`,
    ),
    tenantIsolationPolicy('coach_assignments'),
    // Participants see who their coach is.
    ...participantPolicies('coach_assignments', ownDuo),
  ],
);

/** D3: a coach's check-in with the duo. Staff only. */
export const checkIns = pgTable(
  'check_ins',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    duoId: uuid('duo_id').notNull(),
    coachUserId: uuid('coach_user_id').notNull(),
    checkInOn: date('check_in_on').notNull(),
    withWhom: text('with_whom').$type<(typeof CHECK_IN_WITH)[number]>().notNull(),
    going: text('going').$type<(typeof CHECK_IN_GOING)[number]>().notNull(),
    followUpNeeded: boolean('follow_up_needed').notNull().default(false),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    staffMember(t.tenantId, t.coachUserId),
    index('check_ins_duo_idx').on(t.tenantId, t.duoId, t.checkInOn),
    check('check_ins_with_check', sql`${t.withWhom} in ${valueList(CHECK_IN_WITH)}`),
    check('check_ins_going_check', sql`${t.going} in ${valueList(CHECK_IN_GOING)}`),
    tenantIsolationPolicy('check_ins'),
  ],
);

/** D3: what a coach wrote when something went wrong and they mediated. Staff only. */
export const mediationNotes = pgTable(
  'mediation_notes',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    duoId: uuid('duo_id').notNull(),
    writtenOn: date('written_on').notNull(),
    note: text('note').notNull(),
    writtenBy: uuid('written_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    staffMember(t.tenantId, t.writtenBy),
    index('mediation_notes_duo_idx').on(t.tenantId, t.duoId, t.writtenOn),
    check('mediation_notes_note_check', sql`nullif(btrim(${t.note}), '') is not null`),
    tenantIsolationPolicy('mediation_notes'),
  ],
);

/**
 * D4: a programme's supporting material — a link or an uploaded file, for mentors, mentees
 * or both, in one language (null: any). `reviewed_on` is the evidence D4 reads; a withdrawn
 * resource stays for the record but no longer counts or shows.
 */
export const resources = pgTable(
  'resources',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    kind: text('kind').$type<ResourceKind>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    url: text('url'),
    fileName: text('file_name'),
    fileMediaType: text('file_media_type'),
    fileContent: bytea('file_content'),
    audience: text('audience').$type<ResourceAudience>().notNull(),
    locale: text('locale').$type<Locale>(),
    reviewedOn: date('reviewed_on'),
    withdrawnOn: date('withdrawn_on'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    index('resources_programme_idx').on(t.tenantId, t.programmeId, t.kind),
    check('resources_kind_check', sql`${t.kind} in ${valueList(RESOURCE_KINDS)}`),
    check('resources_audience_check', sql`${t.audience} in ${valueList(RESOURCE_AUDIENCES)}`),
    check(
      'resources_locale_check',
      sql`${t.locale} is null or ${t.locale} in ${valueList(LOCALES)}`,
    ),
    check('resources_title_check', sql`nullif(btrim(${t.title}), '') is not null`),
    check(
      'resources_link_or_file_check',
      sql`(${t.url} is not null) <> (${t.fileContent} is not null) and (${t.fileContent} is null) = (${t.fileName} is null) and (${t.fileContent} is null) = (${t.fileMediaType} is null)`,
    ),
    check(
      'resources_file_size_check',
      sql`${t.fileContent} is null or octet_length(${t.fileContent}) <= ${sql.raw(String(MAX_RESOURCE_FILE_BYTES))}`,
    ),
    tenantIsolationPolicy('resources'),
    // What the library holds for a participant's role, in their programme.
    ...participantPolicies(
      'resources',
      sql`withdrawn_on is null and exists (select 1 from applications a where a.programme_id = resources.programme_id and (resources.audience = 'both' or resources.audience = a.role))`,
    ),
  ],
);

/**
 * D5: a workshop for mentors (peer exchange or extra training), a scheduled session like an
 * info session or a training session, sent with an RFC 5545 invitation (UID, SEQUENCE).
 */
export const workshops = pgTable(
  'workshops',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    startsAt: ts('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(120),
    theme: text('theme').notNull(),
    kind: text('kind').$type<(typeof WORKSHOP_KINDS)[number]>().notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    icsUid: text('ics_uid').notNull(),
    icsSequence: integer('ics_sequence').notNull().default(0),
    cancelledAt: ts('cancelled_at'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.programmeId, programmes).onDelete('cascade'),
    unique('workshops_ics_uid_key').on(t.tenantId, t.icsUid),
    index('workshops_programme_idx').on(t.tenantId, t.programmeId, t.startsAt),
    check('workshops_kind_check', sql`${t.kind} in ${valueList(WORKSHOP_KINDS)}`),
    check('workshops_theme_check', sql`nullif(btrim(${t.theme}), '') is not null`),
    check('workshops_capacity_check', sql`${t.capacity} between 1 and 10000`),
    check('workshops_duration_check', sql`${t.durationMinutes} between 15 and 720`),
    check(
      'workshops_where_check',
      sql`nullif(btrim(${t.place}), '') is not null or nullif(btrim(${t.onlineUrl}), '') is not null`,
    ),
    tenantIsolationPolicy('workshops'),
    ...participantPolicies(
      'workshops',
      sql`id in (select i.workshop_id from workshop_invitations i)`,
    ),
  ],
);

/**
 * D5: a mentor invited to a workshop; they register (from the portal or through staff) and
 * staff take attendance afterwards (null until then).
 */
export const workshopInvitations = pgTable(
  'workshop_invitations',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    workshopId: uuid('workshop_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    invitedAt: ts('invited_at').notNull().defaultNow(),
    registeredAt: ts('registered_at'),
    declinedAt: ts('declined_at'),
    attended: boolean('attended'),
    attendanceRecordedAt: ts('attendance_recorded_at'),
    attendanceRecordedBy: uuid('attendance_recorded_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.workshopId, workshops).onDelete('cascade'),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    unique('workshop_invitations_key').on(t.tenantId, t.workshopId, t.applicationId),
    index('workshop_invitations_application_idx').on(t.tenantId, t.applicationId),
    check(
      'workshop_invitations_answer_check',
      sql`${t.registeredAt} is null or ${t.declinedAt} is null`,
    ),
    tenantIsolationPolicy('workshop_invitations'),
    ...participantPolicies(
      'workshop_invitations',
      sql`application_id in ${participantApplicationIds}`,
      {
        update: sql`application_id in ${participantApplicationIds} and attended is not distinct from null`,
      },
    ),
  ],
);

/**
 * A reminder a job sent. The unique key — one per kind, person and week (the Monday, in
 * Brussels) — is what keeps two API processes, or two runs, from sending it twice: the
 * delivery row and its outbox message are written in one transaction, after
 * `on conflict do nothing`.
 */
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').$type<ReminderKind>().notNull(),
    /** Exactly one: a participant (their application) or a staff member. */
    recipientApplicationId: uuid('recipient_application_id'),
    recipientUserId: uuid('recipient_user_id'),
    weekStart: date('week_start').notNull(),
    duoId: uuid('duo_id'),
    workshopId: uuid('workshop_id'),
    outboxMessageId: uuid('outbox_message_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantReference(t.tenantId, t.recipientApplicationId, applications).onDelete('cascade'),
    staffMember(t.tenantId, t.recipientUserId).onDelete('cascade'),
    tenantReference(t.tenantId, t.duoId, duos).onDelete('cascade'),
    tenantReference(t.tenantId, t.workshopId, workshops).onDelete('cascade'),
    uniqueIndex('reminder_deliveries_weekly_key').on(
      t.tenantId,
      t.kind,
      sql`coalesce(${t.recipientApplicationId}, ${t.recipientUserId})`,
      t.weekStart,
    ),
    check('reminder_deliveries_kind_check', sql`${t.kind} in ${valueList(REMINDER_KINDS)}`),
    check(
      'reminder_deliveries_recipient_check',
      sql`(${t.recipientApplicationId} is null) <> (${t.recipientUserId} is null)`,
    ),
    tenantIsolationPolicy('reminder_deliveries'),
  ],
);

/**
 * A participant's choice to stop non-essential reminders (from the link in every reminder
 * or from the portal). Messages that are part of the duo's own steps still go out.
 */
export const reminderPreferences = pgTable(
  'reminder_preferences',
  {
    tenantId: tenantIdColumn(),
    applicationId: uuid('application_id').notNull(),
    nonEssentialStoppedAt: ts('non_essential_stopped_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.applicationId] }),
    tenantReference(t.tenantId, t.applicationId, applications).onDelete('cascade'),
    tenantIsolationPolicy('reminder_preferences'),
    ...participantPolicies(
      'reminder_preferences',
      sql`application_id in ${participantApplicationIds}`,
      {
        insert: sql`application_id in ${participantApplicationIds}`,
        update: sql`application_id in ${participantApplicationIds}`,
      },
    ),
  ],
);
