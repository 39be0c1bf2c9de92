import { queryRows, type Transaction } from '@tandem/db';
import {
  countMeasure,
  DEFAULT_TARGETS,
  INFO_SESSION_TOPIC_IDS,
  type IndicatorTargets,
  type IndicatorValue,
  type IntakeRole,
  indicatorValue,
  type Period,
  shareMeasure,
  TRAINING_GRACE_DAYS,
  TRAINING_TOPIC_IDS,
} from '@tandem/domain';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Criteria A1–A5 and B1–B5 computed in the database for one programme and one period:
 * four set-based queries for the eight selection indicators (each query answers a mentor
 * criterion and its mentee twin, grouped by role), one for B1's partner referrals and one
 * for B5's onward referrals (onward-referral.ts), and A5's curriculum coverage (training.ts). They are the SQL twins of the reference functions
 * in `@tandem/domain` (indicators/info-session.ts, recruitment-channels.ts, interview.ts,
 * decision-message.ts) and are tested against them on random evidence
 * (test/indicators-equivalence.test.ts).
 *
 * The SQL decides which records fall in each numerator and denominator and returns their
 * IDs; numbers, values and statuses are then made by the domain's own measure constructors
 * (`shareMeasure`, `countMeasure`, `indicatorValue`), so the status rule lives in one place.
 *
 * Runs inside the tenant unit of work; every query still filters on `tenant_id`
 * (ADR 0004: indexes, Citus routing).
 */

export const INTAKE_CRITERION_IDS = [
  'A1',
  'A2',
  'A3',
  'A4',
  'A5',
  'B1',
  'B2',
  'B3',
  'B4',
  'B5',
] as const;
export type IntakeCriterionId = (typeof INTAKE_CRITERION_IDS)[number];
export type IntakeIndicators = { readonly [C in IntakeCriterionId]: IndicatorValue };

export interface IndicatorScope {
  readonly tenantId: string;
  readonly programmeId: string;
  readonly period: Period;
}

/**
 * The period test of the domain (`isInstantInPeriod`): the instant's calendar day in
 * Brussels, start inclusive, end exclusive.
 */
function inPeriod(column: SQL, period: Period): SQL {
  const day = sql`(${column} at time zone 'Europe/Brussels')::date`;
  return sql`${day} >= ${period.start}::date and ${day} < ${period.end}::date`;
}

const TOPICS_REQUIRED = sql`array[${sql.join(
  INFO_SESSION_TOPIC_IDS.map((topic) => sql`${topic}`),
  sql`, `,
)}]::text[]`;

/**
 * What JavaScript's `String.prototype.trim` removes (ECMAScript WhiteSpace and
 * LineTerminator), as a PostgreSQL regular expression that matches any *other* character.
 * The domain's "a refusal for 'other' carries a text" is `reasonText.trim() !== ''`;
 * PostgreSQL's `btrim` removes spaces only, so it would count a tab or a no-break space as
 * a reason.
 */
const NOT_JS_WHITESPACE =
  '[^ \\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';

interface IdSetsRow extends Record<string, unknown> {
  role: IntakeRole;
  denominator_ids: string[];
  numerator_ids: string[];
}

/**
 * A1/B2 and A3/B3 in one query. Unit: an application accepted in the period (the earliest
 * acceptance in the period if there were several), per role.
 * - informed (A1, B2): the applicant (same e-mail) attended, at or before the acceptance, an
 *   info session of this programme for their role that covered all three topics;
 * - interviewed (A3, B3): the application has an interview held (`scheduled_at`) at or before
 *   the acceptance and complete in the sense of intake's `isInterviewComplete`.
 */
async function acceptanceIdSets(tx: Transaction, scope: IndicatorScope) {
  const { tenantId, programmeId, period } = scope;
  return queryRows<{
    role: IntakeRole;
    denominator_ids: string[];
    informed_ids: string[];
    interviewed_ids: string[];
  }>(
    tx,
    sql`
    with accepted as (
      select a.id, a.role, a.email, min(d.decided_at) as accepted_at
      from applications a
      join decisions d on d.tenant_id = a.tenant_id and d.application_id = a.id
      where a.tenant_id = ${tenantId} and a.programme_id = ${programmeId}
        and d.outcome = 'accepted' and ${inPeriod(sql`d.decided_at`, period)}
      group by a.id, a.role, a.email
    ),
    judged as (
      select acc.id, acc.role,
        exists (
          select 1
          from info_session_registrations r
          join info_sessions s on s.tenant_id = r.tenant_id and s.id = r.info_session_id
          where r.tenant_id = ${tenantId} and s.programme_id = ${programmeId}
            and r.email = acc.email and r.attended
            and s.audience = acc.role and s.starts_at <= acc.accepted_at
            and s.topics_covered @> ${TOPICS_REQUIRED}
        ) as informed,
        exists (
          select 1
          from interviews i
          where i.tenant_id = ${tenantId} and i.application_id = acc.id
            and i.scheduled_at <= acc.accepted_at
            and i.completed_at is not null
            and i.committed_period_months >= 1
            and i.committed_contact_interval_days >= 1
            and i.expectations_realistic is not null
        ) as interviewed
      from accepted acc
    )
    select role,
      array_agg(id::text order by id) as denominator_ids,
      coalesce(array_agg(id::text order by id) filter (where informed), '{}') as informed_ids,
      coalesce(array_agg(id::text order by id) filter (where interviewed), '{}') as interviewed_ids
    from judged
    group by role`,
  );
}

/**
 * A4/B4. Unit: a decision taken in the period, per role. Communicated: an acceptance with a
 * sent confirmation, or a refusal with a reason (a code, and for 'other' a text that is not
 * blank) and a sent refusal message.
 */
async function decisionIdSets(tx: Transaction, scope: IndicatorScope) {
  const { tenantId, programmeId, period } = scope;
  const sent = (kind: 'confirmation' | 'refusal') => sql`exists (
    select 1 from outbox_messages m
    where m.tenant_id = ${tenantId} and m.decision_id = d.id
      and m.kind = ${kind} and m.sent_at is not null
  )`;
  return queryRows<IdSetsRow>(
    tx,
    sql`
    with judged as (
      select d.id, a.role,
        case when d.outcome = 'accepted' then ${sent('confirmation')}
        else d.refusal_reason is not null
          and (d.refusal_reason <> 'other' or coalesce(d.reason_text, '') ~ ${NOT_JS_WHITESPACE})
          and ${sent('refusal')}
        end as communicated
      from decisions d
      join applications a on a.tenant_id = d.tenant_id and a.id = d.application_id
      where d.tenant_id = ${tenantId} and a.programme_id = ${programmeId}
        and ${inPeriod(sql`d.decided_at`, period)}
    )
    select role,
      array_agg(id::text order by id) as denominator_ids,
      coalesce(array_agg(id::text order by id) filter (where communicated), '{}') as numerator_ids
    from judged
    group by role`,
  );
}

/**
 * A2 and B1's channel half. Unit: an application submitted (first submission) in the
 * period, per role: the channels that brought one, all the applications, and the largest
 * channel's applications (on a tie the channel with the smallest ID, as the reference).
 */
async function channelIdSets(tx: Transaction, scope: IndicatorScope) {
  const { tenantId, programmeId, period } = scope;
  return queryRows<{
    role: IntakeRole;
    application_ids: string[];
    channel_ids: string[];
    largest_ids: string[];
  }>(
    tx,
    sql`
    with submitted as (
      select a.id, a.role, a.channel_id
      from applications a
      where a.tenant_id = ${tenantId} and a.programme_id = ${programmeId}
        and ${inPeriod(sql`a.submitted_at`, period)}
    ),
    per_channel as (
      select role, channel_id, count(*) as n, array_agg(id::text order by id) as ids
      from submitted
      group by role, channel_id
    ),
    largest as (
      select distinct on (role) role, ids
      from per_channel
      order by role, n desc, channel_id
    )
    select l.role,
      (select array_agg(s.id::text order by s.id) from submitted s where s.role = l.role)
        as application_ids,
      (select array_agg(c.channel_id::text order by c.channel_id) from per_channel c
        where c.role = l.role) as channel_ids,
      l.ids as largest_ids
    from largest l`,
  );
}

/**
 * B1's partner half. Unit: a partner referral submitted in the period to this programme;
 * counted: the distinct partner organisations that sent one.
 */
async function partnerIdSets(tx: Transaction, scope: IndicatorScope) {
  const { tenantId, programmeId, period } = scope;
  const [row] = await queryRows<{ referral_ids: string[]; partner_ids: string[] }>(
    tx,
    sql`
    select coalesce(array_agg(r.id::text order by r.id), '{}') as referral_ids,
      coalesce(array_agg(distinct r.partner_id::text), '{}') as partner_ids
    from referrals r
    where r.tenant_id = ${tenantId} and r.programme_id = ${programmeId}
      and ${inPeriod(sql`r.submitted_at`, period)}`,
  );
  return { referrals: row?.referral_ids ?? [], partners: row?.partner_ids ?? [] };
}

/**
 * B5. Unit: a mentee (person = e-mail) refused in the period as "needs other support";
 * referred: every such refusal of theirs in the period has a sent onward referral.
 */
async function onwardReferralIdSets(tx: Transaction, scope: IndicatorScope) {
  const { tenantId, programmeId, period } = scope;
  const [row] = await queryRows<{ denominator_ids: string[]; numerator_ids: string[] }>(
    tx,
    sql`
    with unsuitable as (
      select a.email,
        exists (
          select 1 from onward_referrals o
          where o.tenant_id = d.tenant_id and o.decision_id = d.id and o.sent_at is not null
        ) as referred
      from decisions d
      join applications a on a.tenant_id = d.tenant_id and a.id = d.application_id
      where d.tenant_id = ${tenantId} and a.programme_id = ${programmeId}
        and a.role = 'mentee' and d.outcome = 'refused'
        and d.refusal_reason = 'needs_other_support'
        and ${inPeriod(sql`d.decided_at`, period)}
    ),
    per_mentee as (
      select email, bool_and(referred) as referred from unsuitable group by email
    )
    select coalesce(array_agg(email), '{}') as denominator_ids,
      coalesce(array_agg(email) filter (where referred), '{}') as numerator_ids
    from per_mentee`,
  );
  return { denominator: row?.denominator_ids ?? [], numerator: row?.numerator_ids ?? [] };
}

/**
 * A5's curriculum coverage: which of the ten topics the programme's training modules map to,
 * in the catalogue's order (the reference's `TRAINING_TOPIC_IDS.filter(...)`).
 */
async function curriculumTopicIds(tx: Transaction, scope: IndicatorScope) {
  const { tenantId, programmeId } = scope;
  const [row] = await queryRows<{ topics: string[] }>(
    tx,
    sql`
    select coalesce(array_agg(distinct topic order by topic), '{}') as topics
    from training_modules m, unnest(m.topics) as topic
    where m.tenant_id = ${tenantId} and m.programme_id = ${programmeId}`,
  );
  const covered = new Set(row?.topics ?? []);
  return TRAINING_TOPIC_IDS.filter((topic) => covered.has(topic));
}

/**
 * A5's headline share. Unit: a mentor (person = e-mail, as in `loadIntakeEvidence`) whose
 * first duo started in the period, identified by that duo (earliest start, then lowest ID);
 * in the numerator when the topics of the programme's training sessions they attended
 * (attended = true, session's Brussels day ≤ the duo's start + 14 days) cover all ten.
 *
 * There is no duos table yet (matching, the C criteria): `started_duos` is empty until it
 * exists, so the denominator is empty and the share has no data — what the reference returns
 * for evidence without duos. The rest of the query is the rule, ready for that table.
 */
async function trainedMentorIdSets(tx: Transaction, scope: IndicatorScope) {
  const { tenantId, programmeId, period } = scope;
  const [row] = await queryRows<{ denominator_ids: string[]; numerator_ids: string[] }>(
    tx,
    sql`
    with started_duos as (
      select null::text as id, null::text as mentor_email, null::date as start_date
      where false
    ),
    first_start as (
      select distinct on (mentor_email) id, mentor_email, start_date
      from started_duos
      where start_date >= ${period.start}::date and start_date < ${period.end}::date
      order by mentor_email, start_date, id
    ),
    judged as (
      select f.id,
        (
          select count(distinct topic)
          from training_attendances ta
          join applications a on a.tenant_id = ta.tenant_id and a.id = ta.application_id
          join training_sessions s on s.tenant_id = ta.tenant_id and s.id = ta.training_session_id
          cross join unnest(s.topics_covered) as topic
          where ta.tenant_id = ${tenantId} and s.programme_id = ${programmeId}
            and a.email = f.mentor_email and ta.attended
            and (s.starts_at at time zone 'Europe/Brussels')::date
              <= f.start_date + ${TRAINING_GRACE_DAYS}::int
            and topic = any(${TOPICS_TEN})
        ) = ${TRAINING_TOPIC_IDS.length}::int as trained
      from first_start f
    )
    select coalesce(array_agg(id), '{}') as denominator_ids,
      coalesce(array_agg(id) filter (where trained), '{}') as numerator_ids
    from judged`,
  );
  return { denominator: row?.denominator_ids ?? [], numerator: row?.numerator_ids ?? [] };
}

const TOPICS_TEN = sql`array[${sql.join(
  TRAINING_TOPIC_IDS.map((topic) => sql`${topic}`),
  sql`, `,
)}]::text[]`;

function byRole<T extends { role: IntakeRole }>(rows: readonly T[], role: IntakeRole) {
  return rows.find((row) => row.role === role);
}

/** The ten intake indicators (A1–A5, B1–B5) of one programme and period, in the database. */
export async function computeIntakeIndicators(
  tx: Transaction,
  scope: IndicatorScope,
  targets: IndicatorTargets = DEFAULT_TARGETS,
): Promise<IntakeIndicators> {
  const acceptances = await acceptanceIdSets(tx, scope);
  const decided = await decisionIdSets(tx, scope);
  const channels = await channelIdSets(tx, scope);
  const partners = await partnerIdSets(tx, scope);
  const onward = await onwardReferralIdSets(tx, scope);
  const curriculum = await curriculumTopicIds(tx, scope);
  const trained = await trainedMentorIdSets(tx, scope);

  const acceptance = (role: IntakeRole) => {
    const row = byRole(acceptances, role);
    return {
      denominator: row?.denominator_ids ?? [],
      informed: row?.informed_ids ?? [],
      interviewed: row?.interviewed_ids ?? [],
    };
  };
  const decision = (role: IntakeRole) => {
    const row = byRole(decided, role);
    return { denominator: row?.denominator_ids ?? [], numerator: row?.numerator_ids ?? [] };
  };
  const channelMeasures = (
    role: IntakeRole,
    t: IndicatorTargets['A2'] | IndicatorTargets['B1'],
  ) => {
    const row = byRole(channels, role);
    const applications = row?.application_ids ?? [];
    return [
      countMeasure('channel_count', row?.channel_ids ?? [], applications, t.channel_count),
      shareMeasure(
        'largest_channel_share',
        row?.largest_ids ?? [],
        applications,
        t.largest_channel_share,
      ),
    ] as const;
  };

  const mentorAccepted = acceptance('mentor');
  const menteeAccepted = acceptance('mentee');
  const mentorDecisions = decision('mentor');
  const menteeDecisions = decision('mentee');
  return {
    A1: indicatorValue('A1', [
      shareMeasure('share', mentorAccepted.informed, mentorAccepted.denominator, targets.A1.share),
    ]),
    A2: indicatorValue('A2', channelMeasures('mentor', targets.A2)),
    A3: indicatorValue('A3', [
      shareMeasure(
        'share',
        mentorAccepted.interviewed,
        mentorAccepted.denominator,
        targets.A3.share,
      ),
    ]),
    A4: indicatorValue('A4', [
      shareMeasure(
        'share',
        mentorDecisions.numerator,
        mentorDecisions.denominator,
        targets.A4.share,
      ),
    ]),
    A5: indicatorValue('A5', [
      shareMeasure('share', trained.numerator, trained.denominator, targets.A5.share),
      countMeasure(
        'curriculum_coverage',
        curriculum,
        TRAINING_TOPIC_IDS,
        targets.A5.curriculum_coverage,
      ),
    ]),
    B1: indicatorValue('B1', [
      ...channelMeasures('mentee', targets.B1),
      countMeasure(
        'partner_count',
        partners.partners,
        partners.referrals,
        targets.B1.partner_count,
      ),
    ]),
    B2: indicatorValue('B2', [
      shareMeasure('share', menteeAccepted.informed, menteeAccepted.denominator, targets.B2.share),
    ]),
    B3: indicatorValue('B3', [
      shareMeasure(
        'share',
        menteeAccepted.interviewed,
        menteeAccepted.denominator,
        targets.B3.share,
      ),
    ]),
    B4: indicatorValue('B4', [
      shareMeasure(
        'share',
        menteeDecisions.numerator,
        menteeDecisions.denominator,
        targets.B4.share,
      ),
    ]),
    B5: indicatorValue('B5', [
      shareMeasure('share', onward.numerator, onward.denominator, targets.B5.share),
    ]),
  };
}
