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
import { duosStartedIn } from './period-units.sql.ts';
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
 * The headline share. Unit: a mentor (person = e-mail of the duo's mentor application) whose
 * first duo started in the period, identified by that duo (earliest start, then lowest ID);
 * in the numerator when the topics of the programme's training sessions they attended
 * (attended = true, session's Brussels day ≤ the duo's start + 14 days) cover all ten.
 */
async function trainedMentorIdSets(tx: Transaction, scope: IndicatorScope) {
  const { tenantId, programmeId } = scope;
  const [row] = await queryRows<{ denominator_ids: string[]; numerator_ids: string[] }>(
    tx,
    sql`
    with first_start as (
      select distinct on (mentor.email) d.id, mentor.email as mentor_email, d.start_date
      from (${duosStartedIn(scope)}) d
      join applications mentor
        on mentor.tenant_id = ${tenantId} and mentor.id = d.mentor_application_id
      order by mentor.email, d.start_date, d.id
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
    select coalesce(array_agg(id::text order by id), '{}') as denominator_ids,
      coalesce(array_agg(id::text order by id) filter (where trained), '{}') as numerator_ids
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
