import { queryRows } from '@tandem/db';
import { type IndicatorTargets, indicatorValue, shareMeasure } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosEndedIn } from './period-units.sql.ts';
import { byPeriod } from './sql-fragments.ts';

interface EvaluationSets {
  ended_ids: string[];
  evaluated_ids: string[];
  mentor_sent_ids: string[];
  mentor_answered_ids: string[];
  mentee_sent_ids: string[];
  mentee_answered_ids: string[];
}

interface EvaluationRow extends EvaluationSets, Record<string, unknown> {
  period_index: number;
}

/** A period in which no duo ended. */
const NONE: EvaluationSets = {
  ended_ids: [],
  evaluated_ids: [],
  mentor_sent_ids: [],
  mentor_answered_ids: [],
  mentee_sent_ids: [],
  mentee_answered_ids: [],
};

/**
 * E3, the SQL twin of the domain's `evaluationIndicator`, for every period of the scope in one
 * query. Unit of the share: a duo that ended in the period, counted when at least one of its
 * evaluations was answered, whenever (an answer after the period's end still counts). The
 * response rates count those duos' evaluations per role: answered over sent.
 */
export const evaluationFamily = indicatorFamily('evaluation', async (tx, scope) => {
  const rows = await queryRows<EvaluationRow>(
    tx,
    sql`
    with ended as (${duosEndedIn(scope)}),
    sent as (
      select d.period_index, e.id, e.duo_id, e.role, e.completed_at is not null as answered
      from evaluations e
      join ended d on d.id = e.duo_id
      where e.tenant_id = ${scope.tenantId}
    ),
    by_duo as (
      select period_index, array_agg(id::text order by id) as ended_ids
      from ended group by period_index
    ),
    by_evaluation as (
      select period_index,
        coalesce(array_agg(distinct duo_id::text) filter (where answered), '{}') as evaluated_ids,
        coalesce(array_agg(id::text) filter (where role = 'mentor'), '{}') as mentor_sent_ids,
        coalesce(array_agg(id::text) filter (where role = 'mentor' and answered), '{}')
          as mentor_answered_ids,
        coalesce(array_agg(id::text) filter (where role = 'mentee'), '{}') as mentee_sent_ids,
        coalesce(array_agg(id::text) filter (where role = 'mentee' and answered), '{}')
          as mentee_answered_ids
      from sent group by period_index
    )
    select d.period_index, d.ended_ids,
      coalesce(e.evaluated_ids, '{}') as evaluated_ids,
      coalesce(e.mentor_sent_ids, '{}') as mentor_sent_ids,
      coalesce(e.mentor_answered_ids, '{}') as mentor_answered_ids,
      coalesce(e.mentee_sent_ids, '{}') as mentee_sent_ids,
      coalesce(e.mentee_answered_ids, '{}') as mentee_answered_ids
    from by_duo d left join by_evaluation e using (period_index)`,
  );
  return byPeriod(scope.periods, rows, ([row]): EvaluationSets => row ?? NONE);
});

export const evaluationValue = (
  rows: FamilyRows<typeof evaluationFamily>,
  targets: IndicatorTargets,
) =>
  indicatorValue('E3', [
    shareMeasure('share', rows.evaluated_ids, rows.ended_ids, targets.E3.share),
    shareMeasure('mentor_response_rate', rows.mentor_answered_ids, rows.mentor_sent_ids, null),
    shareMeasure('mentee_response_rate', rows.mentee_answered_ids, rows.mentee_sent_ids, null),
  ]);
