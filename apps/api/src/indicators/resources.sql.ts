import { queryRows } from '@tandem/db';
import {
  addMonths,
  countMeasure,
  type IndicatorTargets,
  indicatorValue,
  RESOURCE_KINDS,
  REVIEW_WINDOW_MONTHS,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, perPeriodFamily } from './indicator-family.ts';

/**
 * D4, the SQL twin of the domain's `resources.ts`: the kinds with a resource present at the
 * period's end (not withdrawn before it) and reviewed in the 12 months before that end. The
 * window's first day is the reference's own month arithmetic (`addMonths`, clamped to the
 * month's last day), passed in so both count the same days.
 */
export const resourcesFamily = perPeriodFamily(
  'resources',
  async (tx, { tenantId, programmeId, period }) => {
    const [row] = await queryRows<{ kinds: string[] }>(
      tx,
      sql`
      select coalesce(array_agg(distinct r.kind order by r.kind), '{}') as kinds
      from resources r
      where r.tenant_id = ${tenantId} and r.programme_id = ${programmeId}
        and (r.withdrawn_on is null or r.withdrawn_on >= ${period.end}::date)
        and r.reviewed_on >= ${addMonths(period.end, -REVIEW_WINDOW_MONTHS)}::date
        and r.reviewed_on < ${period.end}::date`,
    );
    return { kinds: row?.kinds ?? [] };
  },
);

export const resourcesValue = (
  rows: FamilyRows<typeof resourcesFamily>,
  targets: IndicatorTargets,
) =>
  indicatorValue('D4', [
    countMeasure('kinds_reviewed', rows.kinds, RESOURCE_KINDS, targets.D4.kinds_reviewed),
  ]);
