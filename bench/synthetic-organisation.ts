import { type SQL, sql } from 'drizzle-orm';
import {
  applications,
  type Database,
  memberships,
  organisations,
  programmes,
  queryRows,
  recruitmentChannels,
  type Transaction,
  unitOfWork,
  users,
} from '../packages/db/src/index.ts';
import { enterScope } from '../packages/db/src/unit-of-work.ts';
import { INTAKE_CONSENT_TEXT_VERSION } from '../packages/domain/src/index.ts';
import { syntheticApplicants } from './synthetic-pool.ts';

/**
 * A synthetic organisation for benchmarks that read a whole programme's life: intake,
 * matching, duos and their guidance, laid out over the three years before `today`.
 *
 * The applicants' profiles are `syntheticApplicants` of the same seed; every other row is
 * made by one `insert … select` over `generate_series`, so a setup of 100,000 contacts takes
 * seconds. Randomness in SQL is a hash of the seed, a salt and the row number, and every ID
 * is such a hash too: the same seed and day give the same organisation, and a statement can
 * name the rows of another (duo i's match, mentor and mentee) without reading them back.
 */
export interface SyntheticOrganisationSize {
  duos: number;
  contacts: number;
  /** Running duos held by the first coach, for the caseload benchmark. */
  firstCoachDuos: number;
  coaches: number;
}

export const BENCHMARK_ORGANISATION: SyntheticOrganisationSize = {
  duos: 2000,
  contacts: 100_000,
  firstCoachDuos: 60,
  coaches: 12,
};

export interface SyntheticOrganisation {
  tenantId: string;
  programmeId: string;
  coordinatorId: string;
  coachIds: string[];
}

const DAYS_OF_HISTORY = 1095;
const INFO_SESSION_MONTHS = 42;
const WORKSHOP_MONTHS = 36;
const NEUTRAL_SHARE = 0.6;
const LOCATION_KINDS_NEUTRAL_FIRST = [
  'organisation_office',
  'library',
  'cafe',
  'public_space',
  'online_with_coach',
  'mentor_home',
  'mentee_home',
  'other_private',
];
const REFUSAL_REASONS = [
  'not_available_enough',
  'expectations_unrealistic',
  'needs_other_support',
  'profile_mismatch',
  'withdrew',
  'other',
];
const END_REASONS = [
  'found_work',
  'started_training',
  'mentee_withdrew',
  'mentor_withdrew',
  'relationship_difficulties',
  'health',
  'moved',
  'no_contact',
  'other',
];
const CHANNEL_KINDS = [
  'employer_partnership',
  'volunteer_centre',
  'social_media',
  'word_of_mouth',
  'public_employment_service',
  'partner_referral',
] as const;
const TOPICS = [
  'definition',
  'programme_goals',
  'audience',
  'framework_methodology',
  'obligations_expectations',
  'limits',
  'mentor_attitude_tasks',
  'ethics_safety',
  'tools',
  'relationship_stages',
];

/** The SQL building blocks of one seed and day. */
function generator(
  seed: number,
  today: string,
  size: SyntheticOrganisationSize,
  ids: { tenantId: string; programmeId: string },
) {
  const tenant = sql`${ids.tenantId}::uuid`;
  const programme = sql`${ids.programmeId}::uuid`;
  const n = size.duos;
  const mentors = Math.round(n * 1.2);
  const mentees = Math.round(n * 1.25);
  /** A number in [0, 1) drawn for row `i` under `salt`. */
  const r = (salt: string, i: SQL) =>
    sql`(('x' || substr(md5(${`${seed}:${salt}:`}::text || (${i})::text), 1, 8))::bit(32)::bigint / 4294967296.0)`;
  const uid = (kind: string, i: SQL) => sql`md5(${`${seed}:${kind}:`}::text || (${i})::text)::uuid`;
  /** One of `values`, drawn for row `i` under `salt`. */
  const oneOf = (salt: string, i: SQL, values: readonly string[]) =>
    sql`(${sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]`)})[1 + floor(${r(salt, i)} * ${values.length}::int)::int]`;
  const day = sql`${today}::date`;
  /** The Brussels instant of a day at an hour. */
  const at = (date: SQL, hour: number) =>
    sql`((${date})::date + make_interval(hours => ${hour}::int)) at time zone 'Europe/Brussels'`;
  const startOf = (i: SQL) =>
    sql`(${day} - 1 - floor(${r('start', i)} * ${DAYS_OF_HISTORY}::int)::int)`;

  /** Each duo with its dates; `life_end` is its last day of guidance so far. */
  const duoPlan = sql`
    plan as (
      select i, ${uid('duo', sql`i`)} as duo_id, ${uid('match', sql`i`)} as match_id,
        ${uid('application', sql`i`)} as mentor_id, ${uid('application', sql`${mentors}::int + i`)} as mentee_id,
        ${startOf(sql`i`)} as start_date,
        ${r('early', sql`i`)} < 0.15 as early,
        ${r('slipping', sql`i`)} < 0.15 as slipping
      from generate_series(0, ${n - 1}::int) as i
    ),
    dated as (
      select p.*, (p.start_date + interval '12 months')::date as planned_end,
        p.start_date + 30 + floor(${r('early-day', sql`p.i`)} * 300)::int as early_day
      from plan p
    ),
    duo as (
      select x.*, coalesce(x.ended_on, ${day} - 1) as life_end,
        row_number() over (partition by x.ended_on is null order by x.i) as rank_in_state
      from (
        select d.*, case
          when d.early and d.early_day < least(d.planned_end - 1, ${day}) then d.early_day
          when d.planned_end - 1 < ${day} then d.planned_end - 1 end as ended_on,
          d.early and d.early_day < least(d.planned_end - 1, ${day}) as ended_early
        from dated d
      ) x
    ),
    coached as (
      select duo.*, case when duo.ended_on is null and duo.rank_in_state <= ${size.firstCoachDuos}::int
        then 0 else 1 + duo.i % ${size.coaches - 1}::int end as coach
      from duo
    )`;

  /**
   * Each application: the duo it is part of (if any) and the day of its decision, two to six
   * weeks before that duo's start; the others were decided somewhere in the history.
   */
  const applicantPlan = sql`
    applicant as (
      select k, ${uid('application', sql`k`)} as id, ${uid('decision', sql`k`)} as decision_id,
        case when k < ${mentors}::int then 'mentor' else 'mentee' end as role,
        case when k < ${n}::int then k when k >= ${mentors}::int and k < ${mentors + n}::int
          then k - ${mentors}::int end as duo_i
      from generate_series(0, ${mentors + mentees - 1}::int) as k
    ),
    decided as (
      select applicant.*, case when duo_i is not null
          then ${startOf(sql`duo_i`)} - 14 - floor(${r('decide', sql`k`)} * 30)::int
          else ${day} - 30 - floor(${r('decide', sql`k`)} * ${DAYS_OF_HISTORY - 30}::int)::int
        end as decided_on,
        duo_i is not null or role = 'mentor' or ${r('accept', sql`k`)} < 0.3 as accepted
      from applicant
    ),
    person as (
      select decided.*, a.email, a.name, a.preferred_locale,
        (date_part('year', ${day}) * 12 + date_part('month', ${day}))::int
          - (date_part('year', decided_on - 10) * 12 + date_part('month', decided_on - 10))::int
          as session_months_back
      from decided join applications a on a.tenant_id = ${tenant}
        and a.id = decided.id
    )`;

  return {
    tenant,
    programme,
    mentors,
    mentees,
    r,
    uid,
    oneOf,
    day,
    at,
    duoPlan,
    applicantPlan,
  };
}

type Generator = ReturnType<typeof generator>;

async function insertApplicants(
  tx: Transaction,
  g: Generator,
  seed: number,
  tenantId: string,
  programmeId: string,
  channelIds: string[],
  today: string,
) {
  const people = syntheticApplicants(seed, g.mentors, g.mentees, Number(today.slice(0, 4)));
  const idList = await queryRows<{ id: string }>(
    tx,
    sql`select ${g.uid('application', sql`k`)}::text as id from generate_series(0, ${people.length - 1}::int) as k order by k`,
  );
  const batch = 500;
  for (let i = 0; i < people.length; i += batch) {
    await tx.insert(applications).values(
      people.slice(i, i + batch).map((p, j) => ({
        ...p,
        id: idList[i + j]?.id,
        tenantId,
        programmeId,
        preferredLocale: (['nl', 'fr', 'en'] as const)[(i + j) % 3] ?? 'nl',
        municipality: 'Synthetisch',
        channelId: channelIds[(i + j) % channelIds.length] ?? '',
        consentAt: new Date(`${today}T00:00:00Z`),
        consentTextVersion: INTAKE_CONSENT_TEXT_VERSION,
      })),
    );
  }
}

/** The intake of every application: submission, info session, interview, decision, message. */
function intakeStatements(g: Generator, coordinatorId: string): SQL[] {
  const { tenant, programme, r, uid, oneOf, day, at, applicantPlan } = g;
  return [
    sql`with ${applicantPlan}
      update applications a set submitted_at = ${at(sql`p.decided_on - 20 - floor(${r('submit', sql`p.k`)} * 30)::int`, 9)}
      from person p where a.tenant_id = ${tenant} and a.id = p.id`,
    sql`insert into info_sessions (tenant_id, id, programme_id, audience, starts_at, place, capacity, topics_covered)
      select ${tenant}, ${uid('info-session', sql`audience || m`)},
        ${programme}, audience,
        ${at(sql`date_trunc('month', ${day}) - make_interval(months => m)`, 18)}, 'Synthetisch', 200,
        case when ${r('info-topics', sql`audience || m`)} < 0.9
          then array['eligibility_and_role', 'content_benefits_challenges', 'voluntary_nature']
          else array['eligibility_and_role', 'voluntary_nature'] end
      from generate_series(0, ${INFO_SESSION_MONTHS}::int) as m, unnest(array['mentor', 'mentee']) as audience`,
    sql`with ${applicantPlan}
      insert into info_session_registrations (tenant_id, info_session_id, name, email, locale,
        consent_at, consent_text_version, attended)
      select ${tenant}, ${uid('info-session', sql`role || session_months_back`)},
        name, email, preferred_locale, ${at(sql`decided_on - 40`, 9)}, ${INTAKE_CONSENT_TEXT_VERSION},
        ${r('attended-info', sql`k`)} < 0.85
      from person`,
    sql`with ${applicantPlan}
      insert into interviews (tenant_id, application_id, interviewer_user_id, scheduled_at, mode,
        completed_at, committed_period_months, committed_contact_interval_days, expectations_realistic)
      select ${tenant}, id, ${coordinatorId}::uuid,
        ${at(sql`decided_on - 5`, 14)}, ${oneOf('interview-mode', sql`k`, ['in_person', 'online'])},
        case when complete then ${at(sql`decided_on - 5`, 15)} end,
        case when complete then 12 end, case when complete then 14 end,
        case when complete then ${r('realistic', sql`k`)} < 0.9 end
      from (select person.*, ${r('interview-complete', sql`k`)} < 0.9 as complete from person) p`,
    sql`with ${applicantPlan}
      insert into decisions (tenant_id, id, application_id, outcome, refusal_reason, reason_text, decided_at, decided_by)
      select ${tenant}, decision_id, id,
        case when accepted then 'accepted' else 'refused' end,
        case when not accepted then ${oneOf('refusal', sql`k`, REFUSAL_REASONS)} end,
        case when not accepted then 'Synthetisch' end,
        ${at(sql`decided_on`, 11)}, ${coordinatorId}::uuid
      from person`,
    sql`with ${applicantPlan}
      insert into outbox_messages (tenant_id, kind, decision_id, to_address, subject, body, locale,
        status, created_at, sent_at)
      select ${tenant},
        case when accepted then 'confirmation' else 'refusal' end, decision_id, email,
        'Synthetisch', 'Synthetisch', preferred_locale,
        case when sent then 'sent' else 'queued' end, ${at(sql`decided_on`, 11)},
        case when sent then ${at(sql`decided_on`, 12)} end
      from (select person.*, ${r('message-sent', sql`k`)} < 0.95 as sent from person) p`,
  ];
}

/** Training: modules, monthly sessions of half the curriculum each, mentors at two of them. */
function trainingStatements(g: Generator): SQL[] {
  const { tenant, programme, r, uid, day, at, applicantPlan } = g;
  const half = (from: number) =>
    sql.raw(
      `array[${TOPICS.slice(from, from + 5)
        .map((t) => `'${t}'`)
        .join(',')}]`,
    );
  return [
    sql`insert into training_modules (tenant_id, programme_id, name, topics)
      select ${tenant}, ${programme},
        'Module ' || m, (${sql.raw(`array[${TOPICS.map((t) => `'${t}'`).join(',')}]`)})[2 * m + 1 : 2 * m + 2]
      from generate_series(0, 4) as m`,
    sql`insert into training_sessions (tenant_id, id, programme_id, starts_at, place, trainer, topics_covered)
      select ${tenant}, ${uid('training', sql`m`)},
        ${programme},
        ${at(sql`date_trunc('month', ${day}) - make_interval(months => m) + interval '14 days'`, 19)},
        'Synthetisch', 'Synthetisch', case when m % 2 = 0 then ${half(0)} else ${half(5)} end
      from generate_series(0, ${INFO_SESSION_MONTHS}::int) as m`,
    sql`with ${applicantPlan}
      insert into training_attendances (tenant_id, training_session_id, application_id, attended)
      select ${tenant}, ${uid('training', sql`session_months_back - step`)},
        id, ${r('trained', sql`k || ':' || step`)} < 0.9
      from person, generate_series(0, 1) as step
      where role = 'mentor' and session_months_back - step >= 0`,
  ];
}

/** Each duo's match, first meeting, validations, agreement, then the duo itself. */
function matchingStatements(g: Generator, coordinatorId: string): SQL[] {
  const { tenant, programme, r, uid, oneOf, at, duoPlan } = g;
  const neutral = LOCATION_KINDS_NEUTRAL_FIRST.slice(0, 5);
  const private_ = LOCATION_KINDS_NEUTRAL_FIRST.slice(5);
  return [
    sql`with ${duoPlan}
      insert into matches (tenant_id, id, programme_id, mentor_application_id, mentee_application_id,
        status, score, score_breakdown, introduction, decided_by, decided_at)
      select ${tenant}, match_id, ${programme},
        mentor_id, mentee_id, 'started', ${r('score', sql`i`)},
        case when ${r('scored', sql`i`)} < 0.9
          then '[{"criterion":"availability","score":1,"weight":3}]'::jsonb else '[]'::jsonb end,
        '{"mentorFirstName":"Mentor","menteeFirstName":"Mentee","commonGround":[]}'::jsonb,
        ${coordinatorId}::uuid, ${at(sql`start_date - 10`, 10)}
      from duo`,
    sql`with ${duoPlan}
      insert into first_meetings (tenant_id, match_id, starts_at, place, location_kind,
        planned_staff_user_id, status, ics_uid, staff_present_user_id, mentor_present,
        mentee_present, outcome_recorded_at, outcome_recorded_by)
      select ${tenant}, match_id, ${at(sql`start_date`, 10)},
        'Synthetisch', case when ${r('neutral', sql`i`)} < ${NEUTRAL_SHARE}
          then ${oneOf('neutral-kind', sql`i`, neutral)} else ${oneOf('private-kind', sql`i`, private_)} end,
        ${coordinatorId}::uuid, 'held', 'first-meeting-' || match_id || '@synthetic.example',
        case when ${r('staff-present', sql`i`)} < 0.7 then ${coordinatorId}::uuid end, true, true,
        ${at(sql`start_date`, 12)}, ${coordinatorId}::uuid
      from duo`,
    sql`with ${duoPlan}
      insert into match_validations (tenant_id, match_id, role, answer, channel, answered_at, recorded_by)
      select ${tenant}, match_id, role,
        case when ${r('validation', sql`i || role`)} < 0.95 then 'confirmed' else 'declined' end,
        'portal', ${at(sql`start_date - 5`, 20)}, ${coordinatorId}::uuid
      from duo, unnest(array['mentor', 'mentee']) as role`,
    sql`with ${duoPlan}
      insert into agreements (tenant_id, id, match_id, version, texts, duration_months,
        contact_interval_days, issued_at, issued_by)
      select ${tenant}, ${uid('agreement', sql`i`)}, match_id, 1,
        '{"nl":"Synthetisch","fr":"Synthétique","en":"Synthetic"}'::jsonb, 12,
        case when ${r('interval', sql`i`)} < 0.7 then 14 else 7 end,
        ${at(sql`start_date - 3`, 10)}, ${coordinatorId}::uuid
      from duo`,
    sql`with ${duoPlan}
      insert into agreement_acceptances (tenant_id, agreement_id, role, locale, text_sha256,
        accepted_at, accepted_by)
      select ${tenant}, ${uid('agreement', sql`i`)}, role, 'nl',
        md5(match_id::text) || md5(role), ${at(sql`start_date - 2`, 20)}, ${coordinatorId}::uuid
      from duo, unnest(array['mentor', 'mentee']) as role
      where ${r('accepted', sql`i || role`)} < 0.96`,
    sql`with ${duoPlan}
      insert into duos (tenant_id, id, programme_id, match_id, mentor_application_id,
        mentee_application_id, start_date, planned_end_date, ended_on, end_kind, end_reason_code,
        end_reason_text, ended_by, end_recorded_at, end_recorded_by)
      select ${tenant}, duo_id, ${programme},
        match_id, mentor_id, mentee_id, start_date, planned_end, ended_on,
        case when ended_early then 'early' when ended_on is not null then 'planned' end,
        case when ended_early and ${r('reason-given', sql`i`)} < 0.8
          then ${oneOf('end-reason', sql`i`, END_REASONS)} end,
        case when ended_early then 'Synthetisch' end,
        case when ended_on is not null then 'staff' end,
        case when ended_on is not null then ${at(sql`ended_on + 1`, 9)} end,
        case when ended_on is not null then ${coordinatorId}::uuid end
      from duo`,
  ];
}

/**
 * The duos' guidance: contacts in proportion to each duo's life (a slipping duo stops after
 * 60 % of it), pauses, coach assignments, check-ins about every five weeks.
 */
function guidanceStatements(
  g: Generator,
  size: SyntheticOrganisationSize,
  coordinatorId: string,
  coachIds: string[],
): SQL[] {
  const { tenant, programme, r, uid, oneOf, day, at, duoPlan } = g;
  const coachArray = sql`string_to_array(${coachIds.join(',')}, ',')::uuid[]`;
  return [
    sql`with ${duoPlan},
      rate as (select ${size.contacts}::numeric / sum(life_end - start_date + 1) as per_day from duo),
      contact as (
        select duo.i, duo.duo_id, duo.start_date, duo.life_end, duo.slipping, c
        from duo, rate, generate_series(1, ceil((duo.life_end - duo.start_date + 1) * rate.per_day)::int) as c
        order by duo.i, c
        limit ${size.contacts}::int
      )
      insert into duo_contacts (tenant_id, duo_id, contact_on, mode, duration_minutes, logged_by, recorded_by)
      select ${tenant}, duo_id,
        start_date + floor(${r('contact-day', sql`i || ':' || c`)}
          * (life_end - start_date + 1) * case when slipping then 0.6 else 1 end)::int,
        ${oneOf('contact-mode', sql`i || ':' || c`, ['in_person', 'phone', 'video', 'message'])},
        15 + floor(${r('contact-minutes', sql`i || ':' || c`)} * 90)::int,
        ${oneOf('logged-by', sql`i || ':' || c`, ['mentor', 'mentee', 'coach'])}, ${coordinatorId}::uuid
      from contact`,
    sql`with ${duoPlan},
      paused as (
        select duo.*, start_date + 60 + floor(${r('pause-from', sql`i`)} * 100)::int as from_date
        from duo where ${r('paused', sql`i`)} < 0.1
      )
      insert into duo_pauses (tenant_id, duo_id, from_date, until_date, reason, recorded_by)
      select ${tenant}, duo_id, from_date,
        from_date + 14 + floor(${r('pause-length', sql`i`)} * 28)::int, 'Synthetisch', ${coordinatorId}::uuid
      from paused where from_date < life_end`,
    sql`with ${duoPlan}
      insert into coach_assignments (tenant_id, duo_id, coach_user_id, from_date, until_date, assigned_by)
      select ${tenant}, duo_id, (${coachArray})[coach + 1], start_date,
        case when ended_on is not null then ended_on + 1 end, ${coordinatorId}::uuid
      from coached`,
    sql`with ${duoPlan}
      insert into check_ins (tenant_id, duo_id, coach_user_id, check_in_on, with_whom, going, follow_up_needed)
      select ${tenant}, duo_id, (${coachArray})[coach + 1], on_day,
        ${oneOf('with-whom', sql`i || ':' || n`, ['mentor', 'mentee', 'both'])},
        ${oneOf('going', sql`i || ':' || n`, ['well', 'well', 'mixed', 'difficult'])},
        ${r('follow-up', sql`i || ':' || n`)} < 0.1
      from (
        select coached.*, n, start_date + 20 + 35 * n + floor(${r('check-in-day', sql`i || ':' || n`)} * 10)::int as on_day
        from coached, generate_series(0, (life_end - start_date) / 35) as n
      ) c
      where on_day <= life_end and on_day < ${day}`,
    sql`insert into resources (tenant_id, programme_id, kind, title, url, audience, reviewed_on, withdrawn_on, created_by)
      select ${tenant}, ${programme}, kind,
        'Synthetisch ' || kind || ' ' || n, 'https://example.org/' || kind || '/' || n, 'both',
        ${day} - floor(${r('reviewed', sql`kind || n`)} * 500)::int,
        case when n = 2 then ${day} - 100 end, ${coordinatorId}::uuid
      from unnest(array['guidelines', 'coaching_tools', 'processes', 'social_map']) as kind,
        generate_series(0, 2) as n`,
    sql`insert into workshops (tenant_id, id, programme_id, starts_at, duration_minutes, theme, kind,
        place, capacity, ics_uid, cancelled_at, created_by)
      select ${tenant}, ${uid('workshop', sql`m`)},
        ${programme},
        ${at(sql`date_trunc('month', ${day}) - make_interval(months => m) + interval '14 days'`, 19)}, 120,
        'Synthetisch ' || m, case when m % 4 = 0 then 'extra_training' else 'peer_exchange' end,
        'Synthetisch', 300, 'workshop-' || m || '@synthetic.example',
        case when m = 10 then ${at(sql`${day} - 400`, 9)} end, ${coordinatorId}::uuid
      from generate_series(-2, ${WORKSHOP_MONTHS}::int, 2) as m`,
    sql`with ${duoPlan},
      workshop as (
        select w.id, w.starts_at, (w.starts_at at time zone 'Europe/Brussels')::date as held_on,
          w.starts_at < now() as past
        from workshops w
        where w.tenant_id = ${tenant} and w.programme_id = ${programme}
          and w.cancelled_at is null and (w.starts_at at time zone 'Europe/Brussels')::date - 21 <= ${day}
      ),
      invited as (
        select distinct w.id as workshop_id, w.held_on, w.past, duo.mentor_id, duo.i
        from workshop w join duo on (duo.start_date + interval '3 months')::date <= w.held_on - 21
          and coalesce(duo.ended_on, 'infinity'::date) >= w.held_on - 21
      ),
      answered as (
        select invited.*, ${r('registered', sql`i || ':' || workshop_id`)} as answer,
          ${r('attended-workshop', sql`i || ':' || workshop_id`)} < 0.8 as came
        from invited
      )
      insert into workshop_invitations (tenant_id, workshop_id, application_id, invited_at,
        registered_at, declined_at, attended)
      select ${tenant}, workshop_id, mentor_id, ${at(sql`held_on - 21`, 9)},
        case when answer < 0.6 then ${at(sql`held_on - 14`, 9)} end,
        case when answer >= 0.85 then ${at(sql`held_on - 14`, 9)} end,
        case when past then answer < 0.6 and came end
      from answered`,
  ];
}

/**
 * Writes the synthetic organisation into `db` in one unit of work as the application role,
 * and returns who is who in it. `today` (an ISO day) anchors the history; the same seed and
 * day give the same rows.
 */
export async function writeSyntheticOrganisation(
  db: Database,
  seed: number,
  today: string,
  size: SyntheticOrganisationSize = BENCHMARK_ORGANISATION,
): Promise<SyntheticOrganisation> {
  return unitOfWork(db, { tenantId: null, userId: null }, async (tx) => {
    const [organisation] = await tx
      .insert(organisations)
      .values({ name: `Synthetisch ${seed}`, slug: `synthetisch-${seed}`, defaultLocale: 'nl' })
      .returning({ id: organisations.id });
    const staff = await tx
      .insert(users)
      .values([
        {
          email: `coordinator.${seed}@synthetic.example`,
          name: 'Coördinator Synthetisch',
          locale: 'nl',
        },
        ...Array.from({ length: size.coaches }, (_, c) => ({
          email: `coach-${c}.${seed}@synthetic.example`,
          name: `Coach ${c} Synthetisch`,
          locale: 'nl' as const,
        })),
      ])
      .returning({ id: users.id });
    const tenantId = organisation?.id ?? '';
    const [coordinatorId = '', ...coachIds] = staff.map((u) => u.id);
    await enterScope(tx, { tenantId, userId: null });
    await tx
      .insert(memberships)
      .values([
        { tenantId, userId: coordinatorId, role: 'coordinator' },
        ...coachIds.map((userId) => ({ tenantId, userId, role: 'coach' as const })),
      ]);
    const [programme] = await tx
      .insert(programmes)
      .values({
        tenantId,
        name: 'Synthetisch programma',
        languages: ['nl', 'fr'],
        plannedDurationMonths: 12,
        minContactFrequencyDays: 14,
      })
      .returning({ id: programmes.id });
    const programmeId = programme?.id ?? '';
    const g = generator(seed, today, size, { tenantId, programmeId });
    const channels = await tx
      .insert(recruitmentChannels)
      .values(
        CHANNEL_KINDS.map((kind) => ({
          tenantId,
          programmeId,
          kind,
          name: `Synthetisch ${kind}`,
          audience: 'both' as const,
        })),
      )
      .returning({ id: recruitmentChannels.id });
    await insertApplicants(
      tx,
      g,
      seed,
      tenantId,
      programmeId,
      channels.map((c) => c.id),
      today,
    );
    for (const statement of [
      ...intakeStatements(g, coordinatorId),
      ...trainingStatements(g),
      ...matchingStatements(g, coordinatorId),
      ...guidanceStatements(g, size, coordinatorId, coachIds),
    ])
      await tx.execute(statement);
    return { tenantId, programmeId, coordinatorId, coachIds };
  });
}
