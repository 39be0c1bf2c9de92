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
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import type { PeriodsScope } from './indicator-scope.ts';
import { duosStartedIn, shareIdSets } from './period-units.sql.ts';
import { textArray } from './sql-fragments.ts';

/**
 * Which of the ten topics the programme's training modules map to, in the catalogue's order
 * (the reference's `TRAINING_TOPIC_IDS.filter(...)`).
 */
async function curriculumTopicIds(tx: Transaction, { tenantId, programmeId }: PeriodsScope) {
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
 * The headline share, for each period of the scope. Unit: a mentor (person = e-mail of the
 * duo's mentor application) whose first duo started in the period, identified by that duo
 * (earliest start, then lowest ID); in the numerator when the topics of the programme's
 * training sessions they attended (attended = true, session's Brussels day ≤ the duo's start
 * + 14 days) cover all ten.
 */
function trainedMentorIdSets(tx: Transaction, scope: PeriodsScope) {
  const { tenantId, programmeId } = scope;
  return shareIdSets(
    tx,
    scope,
    sql`
    with first_start as (
      select distinct on (d.period_index, mentor.email)
        d.period_index, d.id, mentor.email as mentor_email, d.start_date
      from (${duosStartedIn(scope)}) d
      join applications mentor
        on mentor.tenant_id = ${tenantId} and mentor.id = d.mentor_application_id
      order by d.period_index, mentor.email, d.start_date, d.id
    )
    select f.period_index, f.id,
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
      ) = ${TRAINING_TOPIC_IDS.length}::int as counted
    from first_start f`,
  );
}

/**
 * A5, the SQL twin of the domain's `training.ts`: trained mentors per period, and the
 * curriculum's reach, which no period changes.
 */
export const trainingFamily = indicatorFamily('training', async (tx, scope) => {
  const curriculum = await curriculumTopicIds(tx, scope);
  const trained = await trainedMentorIdSets(tx, scope);
  return trained.map((sets) => ({ curriculum, trained: sets }));
});

export const trainingValue = (rows: FamilyRows<typeof trainingFamily>, targets: IndicatorTargets) =>
  indicatorValue('A5', [
    shareMeasure('share', rows.trained.numerator, rows.trained.denominator, targets.A5.share),
    countMeasure(
      'curriculum_coverage',
      rows.curriculum,
      TRAINING_TOPIC_IDS,
      targets.A5.curriculum_coverage,
    ),
  ]);
