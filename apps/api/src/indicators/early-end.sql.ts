import type { IndicatorTargets } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosEndedIn, shareIdSets, shareValue } from './period-units.sql.ts';

/**
 * E1, the SQL twin of the domain's `earlyEndIndicator`. Unit: a duo that ended early in the
 * period (its last day in it); counted when it has a reason code and its closure was opened.
 */
export const earlyEndFamily = indicatorFamily('early-end', (tx, scope) =>
  shareIdSets(
    tx,
    scope,
    sql`
    select d.period_index, d.id,
      d.end_reason_code is not null and exists (
        select 1 from duo_closures c where c.tenant_id = ${scope.tenantId} and c.duo_id = d.id
      ) as counted
    from (${duosEndedIn(scope)}) d
    where d.end_kind = 'early'`,
  ),
);

export const earlyEndValue = (rows: FamilyRows<typeof earlyEndFamily>, targets: IndicatorTargets) =>
  shareValue('E1', rows, targets.E1.share);
