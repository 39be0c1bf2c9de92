import type { IndicatorTargets } from '@tandem/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosStartedIn, shareIdSets, shareValue } from './period-units.sql.ts';

/**
 * The answer of one role that holds for duo `d` at its start: the latest given on or before
 * the start day (Brussels), at the same instant the higher ID.
 */
const answerAtStart = (role: 'mentor' | 'mentee', tenantId: string): SQL => sql`(
  select v.answer from match_validations v
  where v.tenant_id = ${tenantId} and v.match_id = d.match_id and v.role = ${role}
    and (v.answered_at at time zone 'Europe/Brussels')::date <= d.start_date
  order by v.answered_at desc, v.id desc
  limit 1)`;

/**
 * C4, the SQL twin of the domain's `validation.ts`, for each period of the scope. Unit: a
 * duo started in the period (ID = duo ID); counted when the answers of both mentor and mentee
 * that hold at the start are "confirmed". Validations belong to the duo's own match, so a re-match never inherits them.
 */
export const validationFamily = indicatorFamily('validation', (tx, scope) =>
  shareIdSets(
    tx,
    scope,
    sql`
    select d.period_index, d.id,
      coalesce(${answerAtStart('mentor', scope.tenantId)} = 'confirmed'
        and ${answerAtStart('mentee', scope.tenantId)} = 'confirmed', false) as counted
    from (${duosStartedIn(scope)}) d`,
  ),
);

export const validationValue = (
  rows: FamilyRows<typeof validationFamily>,
  targets: IndicatorTargets,
) => shareValue('C4', rows, targets.C4.share);
