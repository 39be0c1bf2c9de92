import { type SQL, sql } from 'drizzle-orm';
import { uuidList } from '../indicators/sql-fragments.ts';

/**
 * Where the database holds personal data, table by table: which columns identify a person
 * or say something about them in words (name, e-mail, phone, address or postcode, birth
 * year, free text), and how the rows about one person are found. The export reads every
 * table here that has a finder; erasure is to wipe the `personal` columns of the same rows.
 * `personal-data-map.test.ts` compares this map with the database catalogue, so a column
 * added without a decision here fails a test.
 */

/** One person within one organisation: their applications, the e-mail behind them, their accounts. */
export interface PersonKey {
  applicationIds: readonly string[];
  /** Lower-cased and trimmed, as `users.email` is stored. */
  emails: readonly string[];
  userIds: readonly string[];
  /** Ids of the rows found in the tables before `audit_events`, whose history it holds. */
  rowIds: readonly string[];
}

/** A condition on the table (aliased `t`) selecting the rows about the person. */
export type RowFinder = (person: PersonKey) => SQL;

export interface PersonTable {
  /** Rows about one person, found like this; `null`: the table is about no one in particular. */
  rowsOf: RowFinder | null;
  /** Columns holding personal data. */
  personal: readonly string[];
  /** Columns checked and found not personal, each with the reason. */
  notPersonal: Readonly<Record<string, string>>;
  /** Secrets (hashes of tokens and passwords) left out of the export; each is in `notPersonal`. */
  withheld?: readonly string[];
  /** Why the table is about no one, when `rowsOf` is null. */
  noPersonReason?: string;
}

const CODE = 'a value from a fixed list (status, kind, role, language, answer)';
const MEASURE = 'a number of the process (duration, count, version, score, rating scale)';
const DATE = 'a day the indicators count; it identifies no one once the name is gone';
const ORGANISATION_TEXT = 'the organisation’s own wording about its programme, not about a person';
const TECHNICAL = 'a technical key (calendar UID, idempotency key, request hash, file type)';
const SECRET = 'the hash of a secret (token, password); never exported';
const CONSENT_VERSION = 'the version of the consent text the person agreed to';
const WORK_ROLE = 'names staff, a trainer or a service in their working role, not a participant';
const RATE_LIMIT =
  'kept only within the sign-in and submission limit windows (15 minutes), then deleted';
const AUDIT_META = 'which table and operation an audit row records';

const apps = (p: PersonKey) => uuidList(p.applicationIds);
/** Any number of strings without a line break as one bound parameter. */
const textList = (values: readonly string[]) =>
  sql`string_to_array(${values.join('\n')}, ${'\n'})::text[]`;
const emails = (p: PersonKey) => textList(p.emails);
const byApplication: RowFinder = (p) => sql`t.application_id = any(${apps(p)})`;
const personMatches = (p: PersonKey) =>
  sql`(select m.id from matches m where m.mentor_application_id = any(${apps(p)}) or m.mentee_application_id = any(${apps(p)}))`;
const byMatch: RowFinder = (p) => sql`t.match_id in ${personMatches(p)}`;
const byDuo: RowFinder = (p) =>
  sql`t.duo_id in (select d.id from duos d where d.mentor_application_id = any(${apps(p)}) or d.mentee_application_id = any(${apps(p)}))`;
const eitherSide: RowFinder = (p) =>
  sql`(t.mentor_application_id = any(${apps(p)}) or t.mentee_application_id = any(${apps(p)}))`;
/** A row written by one side of a match (`role`): only the person's own side. */
const ownSideOf = (matchId: SQL, p: PersonKey) =>
  sql`exists (select 1 from matches m where m.id = ${matchId}
        and ((t.role = 'mentor' and m.mentor_application_id = any(${apps(p)}))
          or (t.role = 'mentee' and m.mentee_application_id = any(${apps(p)}))))`;
const byUser: RowFinder = (p) => sql`t.user_id = any(${uuidList(p.userIds)})`;
const byEmail =
  (column: string): RowFinder =>
  (p) =>
    sql`lower(btrim(t.${sql.identifier(column)})) = any(${emails(p)})`;

const APPLICATION_FIELDS = [
  'name',
  'email',
  'phone',
  'availability',
  'postcode',
  'municipality',
  'languages',
  'sector',
  'experience_years',
  'goal',
  'birth_year',
  'interests',
];

export const PERSONAL_DATA_MAP = {
  applications: {
    rowsOf: (p) => sql`t.id = any(${apps(p)})`,
    personal: APPLICATION_FIELDS,
    notPersonal: {
      role: CODE,
      preferred_locale: CODE,
      consent_text_version: CONSENT_VERSION,
      submission_count: MEASURE,
      mentor_capacity: MEASURE,
    },
  },
  application_submissions: {
    rowsOf: byApplication,
    personal: APPLICATION_FIELDS.filter((c) => c !== 'email'),
    notPersonal: {
      preferred_locale: CODE,
      consent_text_version: CONSENT_VERSION,
      status: CODE,
      merged_fields: 'names of application fields taken over',
    },
  },
  interviews: {
    rowsOf: byApplication,
    personal: ['expectations_note'],
    notPersonal: {
      mode: CODE,
      committed_period_months: MEASURE,
      committed_contact_interval_days: MEASURE,
    },
  },
  decisions: {
    rowsOf: byApplication,
    personal: ['reason_text'],
    notPersonal: { outcome: CODE, refusal_reason: CODE },
  },
  outbox_messages: {
    rowsOf: byEmail('to_address'),
    personal: ['to_address', 'subject', 'body', 'calendar'],
    notPersonal: {
      kind: CODE,
      locale: CODE,
      status: CODE,
      attempts: MEASURE,
      last_error: 'the mail server’s answer to a failed delivery',
    },
  },
  info_session_registrations: {
    rowsOf: byEmail('email'),
    personal: ['name', 'email', 'phone'],
    notPersonal: { locale: CODE, consent_text_version: CONSENT_VERSION },
  },
  referrals: {
    rowsOf: byEmail('person_email'),
    personal: ['person_name', 'person_email', 'person_phone', 'needs'],
    notPersonal: {
      via: CODE,
      preferred_locale: CODE,
      consent_text_version: CONSENT_VERSION,
      status: CODE,
      idempotency_key: TECHNICAL,
      request_hash: TECHNICAL,
    },
  },
  referral_status_changes: {
    rowsOf: (p) =>
      sql`t.referral_id in (select r.id from referrals r where lower(btrim(r.person_email)) = any(${emails(p)}))`,
    personal: ['note'],
    notPersonal: { status: CODE },
  },
  onward_referrals: {
    rowsOf: byApplication,
    personal: ['person_name', 'person_email', 'person_phone', 'note'],
    notPersonal: { preferred_locale: CODE },
  },
  training_attendances: { rowsOf: byApplication, personal: [], notPersonal: {} },
  workshop_invitations: { rowsOf: byApplication, personal: [], notPersonal: {} },
  matches: {
    rowsOf: eitherSide,
    personal: ['introduction', 'close_reason'],
    notPersonal: {
      status: CODE,
      score: MEASURE,
      score_breakdown: 'the matching criteria’s part of the score, by criterion',
    },
  },
  matching_exclusions: { rowsOf: eitherSide, personal: ['reason'], notPersonal: {} },
  match_validations: {
    rowsOf: (p) => ownSideOf(sql`t.match_id`, p),
    personal: ['reason'],
    notPersonal: { role: CODE, answer: CODE, channel: CODE },
  },
  first_meetings: {
    rowsOf: byMatch,
    personal: [],
    notPersonal: {
      duration_minutes: MEASURE,
      place: 'where the organisation met the pair (its office or a public place)',
      location_kind: CODE,
      status: CODE,
      ics_uid: TECHNICAL,
      ics_sequence: MEASURE,
    },
  },
  agreements: {
    rowsOf: byMatch,
    personal: [],
    notPersonal: {
      version: MEASURE,
      texts: 'the programme’s agreement wording at issue',
      duration_months: MEASURE,
      contact_interval_days: MEASURE,
    },
  },
  agreement_acceptances: {
    rowsOf: (p) =>
      ownSideOf(sql`(select a.match_id from agreements a where a.id = t.agreement_id)`, p),
    personal: [],
    notPersonal: { role: CODE, locale: CODE, text_sha256: TECHNICAL },
  },
  duos: {
    rowsOf: eitherSide,
    personal: ['end_reason_text'],
    notPersonal: {
      start_date: DATE,
      planned_end_date: DATE,
      ended_on: DATE,
      end_kind: CODE,
      end_reason_code: CODE,
      ended_by: CODE,
    },
  },
  duo_pauses: {
    rowsOf: byDuo,
    personal: ['reason'],
    notPersonal: { from_date: DATE, until_date: DATE },
  },
  duo_contacts: {
    rowsOf: byDuo,
    personal: ['note'],
    notPersonal: { contact_on: DATE, mode: CODE, duration_minutes: MEASURE, logged_by: CODE },
  },
  coach_assignments: {
    rowsOf: byDuo,
    personal: [],
    notPersonal: { from_date: DATE, until_date: DATE },
  },
  check_ins: {
    rowsOf: byDuo,
    personal: ['note'],
    notPersonal: { check_in_on: DATE, with_whom: CODE, going: CODE },
  },
  mediation_notes: {
    rowsOf: byDuo,
    personal: ['note'],
    notPersonal: { written_on: DATE },
  },
  duo_closures: { rowsOf: byDuo, personal: [], notPersonal: {} },
  closing_meetings: {
    rowsOf: byDuo,
    personal: [],
    notPersonal: {
      duration_minutes: MEASURE,
      mode: CODE,
      place: 'where the organisation met the pair (its office or a public place)',
      online_url: 'the organisation’s meeting room link',
      status: CODE,
      held_on: DATE,
      ics_uid: TECHNICAL,
      ics_sequence: MEASURE,
    },
  },
  evaluations: {
    rowsOf: byApplication,
    personal: ['answers', 'comment'],
    notPersonal: { role: CODE, question_set_version: CODE, locale: CODE },
  },
  outcomes: {
    rowsOf: (p) => sql`t.mentee_application_id = any(${apps(p)})`,
    personal: [],
    notPersonal: {
      moment: CODE,
      recorded_on: DATE,
      situation: CODE,
      contract_kind: CODE,
      hours_per_week: MEASURE,
      confidence: MEASURE,
      autonomy: MEASURE,
      source: CODE,
    },
  },
  reminder_deliveries: {
    rowsOf: (p) => sql`t.recipient_application_id = any(${apps(p)})`,
    personal: [],
    notPersonal: { kind: CODE, week_start: DATE },
  },
  reminder_preferences: { rowsOf: byApplication, personal: [], notPersonal: {} },
  participant_accounts: { rowsOf: byApplication, personal: [], notPersonal: {} },
  users: {
    rowsOf: (p) => sql`t.id = any(${uuidList(p.userIds)})`,
    personal: ['name', 'email'],
    notPersonal: { password_hash: SECRET, locale: CODE },
    withheld: ['password_hash'],
  },
  sessions: { rowsOf: byUser, personal: [], notPersonal: { id: SECRET }, withheld: ['id'] },
  password_tokens: {
    rowsOf: byUser,
    personal: [],
    notPersonal: { id: SECRET, purpose: CODE },
    withheld: ['id'],
  },
  // Read last: the history of the rows above, found by their ids.
  audit_events: {
    rowsOf: (p) => {
      const row = sql`coalesce(t.after, t.before)`;
      return sql`(${row} ->> 'id' = any(${textList(p.rowIds)})
        or ${row} ->> 'application_id' = any(${textList(p.applicationIds)}))`;
    },
    personal: ['before', 'after'],
    notPersonal: { table_name: AUDIT_META, operation: AUDIT_META },
  },

  programmes: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: {
      name: ORGANISATION_TEXT,
      description: ORGANISATION_TEXT,
      languages: CODE,
      planned_duration_months: MEASURE,
      shorter_duration_reason: ORGANISATION_TEXT,
      min_contact_frequency_days: MEASURE,
    },
  },
  recruitment_channels: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: { kind: CODE, name: ORGANISATION_TEXT, audience: ORGANISATION_TEXT },
  },
  info_sessions: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: {
      audience: CODE,
      place: ORGANISATION_TEXT,
      online_url: ORGANISATION_TEXT,
      capacity: MEASURE,
      topics_covered: CODE,
    },
  },
  message_templates: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: {
      kind: CODE,
      locale: CODE,
      subject: ORGANISATION_TEXT,
      body: ORGANISATION_TEXT,
    },
  },
  agreement_templates: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: {
      locale: CODE,
      ethical_charter: ORGANISATION_TEXT,
      confidentiality: ORGANISATION_TEXT,
      when_difficult: ORGANISATION_TEXT,
      version: MEASURE,
    },
  },
  matching_settings: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: { weights: MEASURE, max_distance_km: MEASURE, min_score: MEASURE },
  },
  training_modules: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: { name: ORGANISATION_TEXT, description: ORGANISATION_TEXT, topics: CODE },
  },
  training_sessions: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: {
      place: ORGANISATION_TEXT,
      online_url: ORGANISATION_TEXT,
      trainer: WORK_ROLE,
      topics_covered: CODE,
    },
  },
  training_session_modules: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: {},
  },
  workshops: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: {
      duration_minutes: MEASURE,
      theme: ORGANISATION_TEXT,
      kind: CODE,
      place: ORGANISATION_TEXT,
      online_url: ORGANISATION_TEXT,
      capacity: MEASURE,
      ics_uid: TECHNICAL,
      ics_sequence: MEASURE,
    },
  },
  resources: {
    rowsOf: null,
    noPersonReason: 'the programme’s library material for all its participants',
    personal: [],
    notPersonal: {
      kind: CODE,
      title: ORGANISATION_TEXT,
      description: ORGANISATION_TEXT,
      url: ORGANISATION_TEXT,
      file_name: ORGANISATION_TEXT,
      file_media_type: TECHNICAL,
      file_content: ORGANISATION_TEXT,
      audience: CODE,
      locale: CODE,
      reviewed_on: DATE,
      withdrawn_on: DATE,
    },
  },
  social_map_services: {
    rowsOf: null,
    noPersonReason: WORK_ROLE,
    personal: [],
    notPersonal: {
      name: WORK_ROLE,
      kind: CODE,
      languages: CODE,
      address: WORK_ROLE,
      email: WORK_ROLE,
      phone: WORK_ROLE,
      website: WORK_ROLE,
      description: WORK_ROLE,
      organization_name: WORK_ROLE,
      schedules: WORK_ROLE,
      external_id: TECHNICAL,
    },
  },
  memberships: {
    rowsOf: null,
    noPersonReason: WORK_ROLE,
    personal: [],
    notPersonal: { role: CODE },
  },
  partner_links: { rowsOf: null, noPersonReason: WORK_ROLE, personal: [], notPersonal: {} },
  organisations: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: { name: ORGANISATION_TEXT, slug: ORGANISATION_TEXT, default_locale: CODE },
  },
  networks: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: { name: ORGANISATION_TEXT },
  },
  network_members: {
    rowsOf: null,
    noPersonReason: ORGANISATION_TEXT,
    personal: [],
    notPersonal: {},
  },
  platform_operators: { rowsOf: null, noPersonReason: WORK_ROLE, personal: [], notPersonal: {} },
  partner_organisations: {
    rowsOf: null,
    noPersonReason: WORK_ROLE,
    personal: [],
    notPersonal: { name: WORK_ROLE, kind: CODE },
  },
  partner_memberships: {
    rowsOf: null,
    noPersonReason: WORK_ROLE,
    personal: [],
    notPersonal: { role: CODE },
  },
  partner_api_keys: {
    rowsOf: null,
    noPersonReason: WORK_ROLE,
    personal: [],
    notPersonal: { name: WORK_ROLE, prefix: TECHNICAL, key_hash: SECRET },
  },
  partner_api_requests: {
    rowsOf: null,
    noPersonReason: RATE_LIMIT,
    personal: [],
    notPersonal: {},
  },
  sign_in_attempts: {
    rowsOf: null,
    noPersonReason: RATE_LIMIT,
    personal: [],
    notPersonal: { account_key: RATE_LIMIT, address: RATE_LIMIT },
  },
  public_submissions: {
    rowsOf: null,
    noPersonReason: RATE_LIMIT,
    personal: [],
    notPersonal: { address: RATE_LIMIT, kind: CODE },
  },
} satisfies Record<string, PersonTable>;

export type MappedTable = keyof typeof PERSONAL_DATA_MAP;

/** The tables about a person, which the export reads in this order. */
export type PersonDataTable = {
  [T in MappedTable]: (typeof PERSONAL_DATA_MAP)[T]['rowsOf'] extends null ? never : T;
}[MappedTable];

export const PERSON_DATA_TABLES = (Object.keys(PERSONAL_DATA_MAP) as MappedTable[]).filter(
  (table): table is PersonDataTable => PERSONAL_DATA_MAP[table].rowsOf !== null,
);
