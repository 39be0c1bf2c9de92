import { CHECK_IN_WINDOW_DAYS, type IndicatorTargets } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosActiveDuring, shareIdSets, shareValue } from './period-units.sql.ts';

/**
 * D3, the SQL twin of the domain's `coach-follow-up.ts`, for each period of the scope. Unit:
 * a duo active during the period and at least 42 days old on its reference day (the period's
 * last day, or the duo's last day when it ended earlier); counted when a coach assignment
 * covers that day and a check-in, by any coach, falls in the 42 days up to and including it.
 */
export const coachFollowUpFamily = indicatorFamily('coach-follow-up', (tx, scope) =>
  shareIdSets(
    tx,
    scope,
    sql`
    select d.period_index, d.id,
      exists (
        select 1 from coach_assignments a
        where a.tenant_id = ${scope.tenantId} and a.duo_id = d.id
          and a.from_date <= d.reference and (a.until_date is null or d.reference < a.until_date)
      ) and exists (
        select 1 from check_ins c
        where c.tenant_id = ${scope.tenantId} and c.duo_id = d.id
          and c.check_in_on between d.reference - ${CHECK_IN_WINDOW_DAYS - 1}::int and d.reference
      ) as counted
    from (
      select active.period_index, active.id, active.start_date,
        least(coalesce(active.ended_on, active.period_end - 1), active.period_end - 1) as reference
      from (${duosActiveDuring(scope)}) active
    ) d
    where d.reference - d.start_date + 1 >= ${CHECK_IN_WINDOW_DAYS}::int`,
  ),
);

export const coachFollowUpValue = (
  rows: FamilyRows<typeof coachFollowUpFamily>,
  targets: IndicatorTargets,
) => shareValue('D3', rows, targets.D3.share);
