import type { IndicatorTargets } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosEndedIn, shareIdSets, shareValue } from './period-units.sql.ts';

/**
 * E2, the SQL twin of the domain's `closingMeetingIndicator`. Unit: a duo that ended in the
 * period, planned or early; counted when a closing meeting of it was held, whenever: it may
 * come before the last day or after it. A planned, cancelled or not held one counts for
 * nothing.
 */
export const closingMeetingFamily = indicatorFamily('closing-meeting', (tx, scope) =>
  shareIdSets(
    tx,
    scope,
    sql`
    select d.period_index, d.id,
      exists (
        select 1 from closing_meetings m
        where m.tenant_id = ${scope.tenantId} and m.duo_id = d.id and m.status = 'held'
      ) as counted
    from (${duosEndedIn(scope)}) d`,
  ),
);

export const closingMeetingValue = (
  rows: FamilyRows<typeof closingMeetingFamily>,
  targets: IndicatorTargets,
) => shareValue('E2', rows, targets.E2.share);
