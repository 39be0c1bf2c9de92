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
import type { IndicatorScope, PeriodsScope } from './indicator-scope.ts';
import { byPeriod, byRole, inPeriod, periodRows } from './sql-fragments.ts';

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
 * The SQL twin of the domain's `duosStartedIn`, for each period of the scope: the programme's
 * duos whose start day (a Brussels calendar date) falls in the period. Columns: period_index,
 * period_start, period_end, id, match_id, mentor_application_id, mentee_application_id,
 * start_date.
 */
export function duosStartedIn({ tenantId, programmeId, periods }: PeriodsScope): SQL {
  return sql`
    select p.period_index, p.period_start, p.period_end, d.id, d.match_id,
      d.mentor_application_id, d.mentee_application_id, d.start_date
    from duos d
    join (${periodRows(periods)}) p
      on d.start_date >= p.period_start and d.start_date < p.period_end
    where d.tenant_id = ${tenantId} and d.programme_id = ${programmeId}`;
}

/**
 * The SQL twin of the domain's `duosActiveDuring`, for each period of the scope: duos active
 * on at least one day of the period, from their start to their last day (`ended_on`,
 * inclusive; open while active). Columns as `duosStartedIn`, and ended_on.
 */
export function duosActiveDuring({ tenantId, programmeId, periods }: PeriodsScope): SQL {
  return sql`
    select p.period_index, p.period_start, p.period_end, d.id, d.match_id,
      d.mentor_application_id, d.mentee_application_id, d.start_date, d.ended_on
    from duos d
    join (${periodRows(periods)}) p
      on d.start_date < p.period_end and (d.ended_on is null or d.ended_on >= p.period_start)
    where d.tenant_id = ${tenantId} and d.programme_id = ${programmeId}`;
}

/**
 * The SQL twin of the domain's `duosEndedIn`, for each period of the scope: the programme's
 * duos whose last day falls in the period. Columns: period_index, id, start_date, ended_on,
 * end_kind, end_reason_code.
 */
export function duosEndedIn({ tenantId, programmeId, periods }: PeriodsScope): SQL {
  return sql`
    select p.period_index, d.id, d.start_date, d.ended_on, d.end_kind, d.end_reason_code
    from duos d
    join (${periodRows(periods)}) p
      on d.ended_on >= p.period_start and d.ended_on < p.period_end
    where d.tenant_id = ${tenantId} and d.programme_id = ${programmeId}`;
}

export interface ShareSets {
  readonly denominator: readonly string[];
  readonly numerator: readonly string[];
}

/**
 * The ID sets of one share for each period of the scope, from a `judged (period_index, id,
 * counted boolean)` relation: one query for all the periods.
 */
export async function shareIdSets(
  tx: Transaction,
  { periods }: PeriodsScope,
  judged: SQL,
): Promise<ShareSets[]> {
  const rows = await queryRows<{
    period_index: number;
    denominator_ids: string[];
    numerator_ids: string[];
  }>(
    tx,
    sql`
    with judged as (${judged})
    select period_index,
      array_agg(id::text order by id) as denominator_ids,
      coalesce(array_agg(id::text order by id) filter (where counted), '{}') as numerator_ids
    from judged
    group by period_index`,
  );
  return byPeriod(periods, rows, ([row]) => ({
    denominator: row?.denominator_ids ?? [],
    numerator: row?.numerator_ids ?? [],
  }));
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
