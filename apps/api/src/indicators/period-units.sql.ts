import { queryRows, type Transaction } from '@tandem/db';
import {
  type CriterionId,
  type IndicatorValue,
  type IntakeRole,
  indicatorValue,
  type MeasureTarget,
  shareMeasure,
} from '@tandem/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { IndicatorScope } from './indicator-scope.ts';
import { byRole, inPeriod } from './sql-fragments.ts';

/**
 * The SQL twin of the domain's `acceptancesInPeriod` (indicators/period-units.ts): the
 * programme's applications accepted in the period, each once, at its earliest acceptance in
 * the period. Columns: id, role, email, accepted_at.
 */
export function acceptedInPeriod({ tenantId, programmeId, period }: IndicatorScope): SQL {
  return sql`
    select a.id, a.role, a.email, min(d.decided_at) as accepted_at
    from applications a
    join decisions d on d.tenant_id = a.tenant_id and d.application_id = a.id
    where a.tenant_id = ${tenantId} and a.programme_id = ${programmeId}
      and d.outcome = 'accepted' and ${inPeriod(sql`d.decided_at`, period)}
    group by a.id, a.role, a.email`;
}

/** Per role, the IDs of a judged unit set: all of them, and those the judgement holds for. */
export interface RoleIdSets extends Record<string, unknown> {
  role: IntakeRole;
  denominator_ids: string[];
  numerator_ids: string[];
}

/**
 * Groups a `judged (id, role, counted boolean)` relation into `RoleIdSets` rows, IDs sorted
 * as the domain's measure constructors sort them.
 */
export const idSetsByRole = (judged: SQL): SQL => sql`
  with judged as (${judged})
  select role,
    array_agg(id::text order by id) as denominator_ids,
    coalesce(array_agg(id::text order by id) filter (where counted), '{}') as numerator_ids
  from judged
  group by role`;

/** A mentor criterion or its mentee twin whose one measure is the share of its role's units. */
export function roleShareValue(
  criterionId: CriterionId,
  role: IntakeRole,
  rows: readonly RoleIdSets[],
  target: MeasureTarget,
): IndicatorValue {
  const sets = byRole(rows, role);
  return indicatorValue(criterionId, [
    shareMeasure('share', sets?.numerator_ids ?? [], sets?.denominator_ids ?? [], target),
  ]);
}

/**
 * The applications accepted in the period (alias `acc`: id, role, email, accepted_at) grouped
 * by role, counted where `counted` (a boolean over `acc`) holds.
 */
export function acceptanceIdSets(tx: Transaction, scope: IndicatorScope, counted: SQL) {
  return queryRows<RoleIdSets>(
    tx,
    idSetsByRole(sql`
      select acc.id, acc.role, ${counted} as counted
      from (${acceptedInPeriod(scope)}) acc`),
  );
}
