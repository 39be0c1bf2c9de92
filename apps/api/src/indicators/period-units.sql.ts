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

/**
 * The SQL twin of the domain's `duosStartedIn`: the programme's duos whose start day (a
 * Brussels calendar date) falls in the period. Columns: id, match_id, mentor_application_id,
 * mentee_application_id, start_date.
 */
export function duosStartedIn({ tenantId, programmeId, period }: IndicatorScope): SQL {
  return sql`
    select d.id, d.match_id, d.mentor_application_id, d.mentee_application_id, d.start_date
    from duos d
    where d.tenant_id = ${tenantId} and d.programme_id = ${programmeId}
      and d.start_date >= ${period.start}::date and d.start_date < ${period.end}::date`;
}

/**
 * The SQL twin of the domain's `duosActiveDuring`: duos active on at least one day of the
 * period. A duo has no end yet (that is recorded from E1 on), so it is active from its start.
 */
export function duosActiveDuring({ tenantId, programmeId, period }: IndicatorScope): SQL {
  return sql`
    select d.id, d.match_id, d.mentor_application_id, d.mentee_application_id, d.start_date
    from duos d
    where d.tenant_id = ${tenantId} and d.programme_id = ${programmeId}
      and d.start_date < ${period.end}::date`;
}

/** A `judged (id, counted boolean)` relation as the ID sets of one share. */
export const idSets = (judged: SQL): SQL => sql`
  with judged as (${judged})
  select coalesce(array_agg(id::text order by id), '{}') as denominator_ids,
    coalesce(array_agg(id::text order by id) filter (where counted), '{}') as numerator_ids
  from judged`;

export interface IdSets extends Record<string, unknown> {
  denominator_ids: string[];
  numerator_ids: string[];
}

/** The ID sets of one share, from a `judged (id, counted)` relation. */
export async function shareIdSets(tx: Transaction, judged: SQL) {
  const [row] = await queryRows<IdSets>(tx, idSets(judged));
  return { denominator: row?.denominator_ids ?? [], numerator: row?.numerator_ids ?? [] };
}

/** A criterion whose one measure is a share of the units in `sets`. */
export function shareValue(
  criterionId: CriterionId,
  sets: { readonly numerator: readonly string[]; readonly denominator: readonly string[] },
  target: MeasureTarget,
): IndicatorValue {
  return indicatorValue(criterionId, [
    shareMeasure('share', sets.numerator, sets.denominator, target),
  ]);
}
