import { queryRows, type Transaction } from '@tandem/db';
import {
  countMeasure,
  type IndicatorTargets,
  indicatorValue,
  shareMeasure,
  TRAINING_GRACE_DAYS,
  TRAINING_TOPIC_IDS,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { indicatorFamily } from './indicator-family.ts';
import type { IndicatorScope } from './indicator-scope.ts';
import { textArray } from './sql-fragments.ts';

/**
 * Which of the ten topics the programme's training modules map to, in the catalogue's order
 * (the reference's `TRAINING_TOPIC_IDS.filter(...)`).
 */
async function curriculumTopicIds(tx: Transaction, { tenantId, programmeId }: IndicatorScope) {
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
 * The headline share. Unit: a mentor (person = e-mail) whose first duo started in the
 * period, identified by that duo (earliest start, then lowest ID); in the numerator when the
 * topics of the programme's training sessions they attended (attended = true, session's
 * Brussels day ≤ the duo's start + 14 days) cover all ten.
 *
 * There is no duos table yet (matching, the C criteria): `started_duos` is empty until it
 * exists, so the denominator is empty and the share has no data — what the reference returns
 * for evidence without duos. The rest of the query is the rule, ready for that table.
 */
async function trainedMentorIdSets(
  tx: Transaction,
  { tenantId, programmeId, period }: IndicatorScope,
) {
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
            and topic = any(${textArray(TRAINING_TOPIC_IDS)})
        ) = ${TRAINING_TOPIC_IDS.length}::int as trained
      from first_start f
    )
    select coalesce(array_agg(id), '{}') as denominator_ids,
      coalesce(array_agg(id) filter (where trained), '{}') as numerator_ids
    from judged`,
  );
  return { denominator: row?.denominator_ids ?? [], numerator: row?.numerator_ids ?? [] };
}

/** A5, the SQL twin of the domain's `training.ts`: trained mentors and the curriculum's reach. */
export const trainingFamily = indicatorFamily('training', async (tx, scope) => ({
  curriculum: await curriculumTopicIds(tx, scope),
  trained: await trainedMentorIdSets(tx, scope),
}));

export const trainingValue = (
  rows: Awaited<ReturnType<(typeof trainingFamily)['load']>>,
  targets: IndicatorTargets,
) =>
  indicatorValue('A5', [
    shareMeasure('share', rows.trained.numerator, rows.trained.denominator, targets.A5.share),
    countMeasure(
      'curriculum_coverage',
      rows.curriculum,
      TRAINING_TOPIC_IDS,
      targets.A5.curriculum_coverage,
    ),
  ]);
