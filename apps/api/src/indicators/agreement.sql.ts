import type { IndicatorTargets } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosActiveDuring, shareIdSets, shareValue } from './period-units.sql.ts';

/**
 * C5, the SQL twin of the domain's `agreement.ts`, for each period of the scope. Unit: a
 * duo active during the period (ID = duo ID); counted when one version of its match's agreement was accepted by both mentor and
 * mentee on a Brussels day before the period's end. Acceptances of different versions do not
 * add up: a re-issued agreement needs both sides again.
 */
export const agreementFamily = indicatorFamily('agreement', (tx, scope) =>
  shareIdSets(
    tx,
    scope,
    sql`
    select d.period_index, d.id, exists (
      select 1 from agreements a
      join agreement_acceptances x on x.tenant_id = a.tenant_id and x.agreement_id = a.id
      where a.tenant_id = ${scope.tenantId} and a.match_id = d.match_id
        and (x.accepted_at at time zone 'Europe/Brussels')::date < d.period_end
      group by a.id
      having count(distinct x.role) = 2
    ) as counted
    from (${duosActiveDuring(scope)}) d`,
  ),
);

export const agreementValue = (
  rows: FamilyRows<typeof agreementFamily>,
  targets: IndicatorTargets,
) => shareValue('C5', rows, targets.C5.share);
