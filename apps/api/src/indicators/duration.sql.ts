import { queryRows } from '@tandem/db';
import { type IndicatorTargets, indicatorValue, shareMeasure, valueMeasure } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosEndedIn } from './period-units.sql.ts';
import { byPeriod } from './sql-fragments.ts';

interface EndedDuo extends Record<string, unknown> {
  period_index: number;
  id: string;
  lasted_months: number;
  early_with_reason: boolean;
}

/**
 * D1, the SQL twin of the domain's `duration.ts`, for each period of the scope. Unit: a duo
 * that ended in the period (its last day in the period), with the whole calendar months it
 * lasted — the largest n with start + n months ≤ the day after its end, months clamped to the
 * month's last day as both PostgreSQL's `+ interval` and the domain's `addMonths` do — so the
 * target's months, which a network may set, are compared after the query. Counted also when
 * it ended early with a reason code.
 */
export const durationFamily = indicatorFamily('duration', async (tx, scope) => {
  const { tenantId, programmeId } = scope;
  const [programme] = await queryRows<{ planned_duration_months: number }>(
    tx,
    sql`select planned_duration_months from programmes
        where tenant_id = ${tenantId} and id = ${programmeId}`,
  );
  const ended = await queryRows<EndedDuo>(
    tx,
    sql`
    with ended as (
      select d.period_index, d.id, d.start_date, d.ended_on + 1 as after_end,
        d.end_kind = 'early' and d.end_reason_code is not null as early_with_reason,
        ((extract(year from d.ended_on + 1) - extract(year from d.start_date)) * 12
          + extract(month from d.ended_on + 1) - extract(month from d.start_date))::int as months
      from (${duosEndedIn(scope)}) d
    )
    select period_index, id::text as id, early_with_reason,
      case when (start_date + make_interval(months => months))::date <= after_end
        then months else months - 1 end as lasted_months
    from ended`,
  );
  const plannedDurationMonths = programme?.planned_duration_months ?? 0;
  return byPeriod(scope.periods, ended, (endedInPeriod) => ({
    programmeId,
    plannedDurationMonths,
    ended: endedInPeriod,
  }));
});

export function durationValue(rows: FamilyRows<typeof durationFamily>, targets: IndicatorTargets) {
  const minimumMonths = targets.D1.planned_duration.target;
  const counted = rows.ended.filter(
    (d) => Number(d.lasted_months) >= minimumMonths || d.early_with_reason,
  );
  return indicatorValue('D1', [
    shareMeasure(
      'share',
      counted.map((d) => d.id),
      rows.ended.map((d) => d.id),
      targets.D1.share,
    ),
    valueMeasure({
      key: 'planned_duration',
      unit: 'months',
      value: rows.plannedDurationMonths,
      numerator: rows.plannedDurationMonths,
      denominator: 1,
      numeratorIds: [rows.programmeId],
      denominatorIds: [rows.programmeId],
      target: targets.D1.planned_duration,
    }),
  ]);
}
