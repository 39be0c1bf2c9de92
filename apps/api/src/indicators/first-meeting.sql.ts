import { type IndicatorTargets, NEUTRAL_LOCATION_KINDS } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosStartedIn, shareIdSets, shareValue } from './period-units.sql.ts';
import { textArray } from './sql-fragments.ts';

/**
 * The first meetings of the domain's evidence: a cancelled meeting or one that did not take
 * place is not a first meeting; a planned one is, with nobody present yet. A reschedule moves
 * the row itself. Columns: id, tenant_id, match_id, on_day (Brussels), location_kind,
 * staff_present_user_id.
 */
export const FIRST_MEETINGS = sql`
  select f.id, f.tenant_id, f.match_id, (f.starts_at at time zone 'Europe/Brussels')::date as on_day,
    f.location_kind, f.staff_present_user_id
  from first_meetings f
  where f.status in ('held', 'planned')`;

/**
 * C3, the SQL twin of the domain's `first-meeting.ts`, for each period of the scope. Unit: a
 * duo started in the period (ID = duo ID); counted when its first meeting — the earliest by
 * day, then by ID — was at a neutral place with a staff member present.
 */
export const firstMeetingFamily = indicatorFamily('first-meeting', (tx, scope) =>
  shareIdSets(
    tx,
    scope,
    sql`
    select d.period_index, d.id, coalesce(
      first.location_kind = any(${textArray(NEUTRAL_LOCATION_KINDS)})
        and first.staff_present_user_id is not null, false) as counted
    from (${duosStartedIn(scope)}) d
    left join lateral (
      select f.location_kind, f.staff_present_user_id
      from (${FIRST_MEETINGS}) f
      where f.tenant_id = ${scope.tenantId} and f.match_id = d.match_id
      order by f.on_day, f.id
      limit 1
    ) first on true`,
  ),
);

export const firstMeetingValue = (
  rows: FamilyRows<typeof firstMeetingFamily>,
  targets: IndicatorTargets,
) => shareValue('C3', rows, targets.C3.share);
