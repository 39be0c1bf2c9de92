import { queryRows, type Transaction } from '@tandem/db';
import type { OutcomeIndicators, OutcomeMeasure } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import type { IndicatorScope } from './indicator-scope.ts';

interface OutcomeDuo extends Record<string, unknown> {
  id: string;
  end_situation: string | null;
  follow_up_situation: string | null;
  /** Confidence at the end minus at intake; null unless both were recorded. */
  confidence_change: number | null;
}

/**
 * The SQL twin of the domain's `computeOutcomeIndicators`: the duos that ended in the period,
 * each with the outcome that holds at the end and at six months (latest day, then greatest
 * ID), and the change in confidence from the mentee's intake — the latest intake of that
 * person (their e-mail, on any of the programme's applications) on or before the duo's start
 * day — to the end. Reported beside the criteria: no target, no status.
 */
export async function computeOutcomeFigures(
  tx: Transaction,
  { tenantId, programmeId, period }: IndicatorScope,
): Promise<OutcomeIndicators> {
  const rows = await queryRows<OutcomeDuo>(
    tx,
    sql`
    with ended as (
      select d.id, d.start_date, mentee.email
      from duos d
      join applications mentee
        on mentee.tenant_id = d.tenant_id and mentee.id = d.mentee_application_id
      where d.tenant_id = ${tenantId} and d.programme_id = ${programmeId}
        and d.ended_on >= ${period.start}::date and d.ended_on < ${period.end}::date
    ),
    holding as (
      select distinct on (o.duo_id, o.moment) o.duo_id, o.moment, o.situation, o.confidence
      from outcomes o
      where o.tenant_id = ${tenantId} and o.duo_id in (select id from ended)
      order by o.duo_id, o.moment, o.recorded_on desc, o.id desc
    )
    select e.id::text as id, at_end.situation as end_situation,
      follow_up.situation as follow_up_situation,
      at_end.confidence - intake.confidence as confidence_change
    from ended e
    left join holding at_end on at_end.duo_id = e.id and at_end.moment = 'end'
    left join holding follow_up on follow_up.duo_id = e.id and follow_up.moment = 'follow_up_6m'
    left join lateral (
      select o.confidence from outcomes o
      join applications a on a.tenant_id = o.tenant_id and a.id = o.mentee_application_id
      where o.tenant_id = ${tenantId} and o.moment = 'intake' and a.programme_id = ${programmeId}
        and a.email = e.email and o.recorded_on <= e.start_date
      order by o.recorded_on desc, o.id desc
      limit 1
    ) intake on true`,
  );
  const working = (situation: string | null) =>
    situation === 'employed' || situation === 'training';
  const share = (
    key: OutcomeMeasure['key'],
    situationOf: (row: OutcomeDuo) => string | null,
  ): OutcomeMeasure => {
    const recorded = rows.filter((r) => situationOf(r) !== null).map((r) => r.id);
    const counted = rows.filter((r) => working(situationOf(r))).map((r) => r.id);
    return {
      key,
      value: recorded.length === 0 ? null : counted.length / recorded.length,
      numerator: counted.length,
      denominator: recorded.length,
      numeratorIds: counted.sort(),
      denominatorIds: recorded.sort(),
    };
  };
  const measured = rows.filter((r) => r.confidence_change !== null);
  const changeSum = measured.reduce((sum, r) => sum + Number(r.confidence_change), 0);
  const measuredIds = measured.map((r) => r.id).sort();
  return {
    workOrTrainingAtEnd: share('work_or_training_at_end', (r) => r.end_situation),
    workOrTrainingAtFollowUp: share('work_or_training_at_follow_up', (r) => r.follow_up_situation),
    confidenceChange: {
      key: 'confidence_change',
      value: measured.length === 0 ? null : changeSum / measured.length,
      numerator: changeSum,
      denominator: measured.length,
      numeratorIds: measuredIds,
      denominatorIds: [...measuredIds],
    },
  };
}
