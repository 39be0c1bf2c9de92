import { queryRows } from '@tandem/db';
import type { IndicatorTargets } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import { duosStartedIn, shareValue } from './period-units.sql.ts';
import { byPeriod } from './sql-fragments.ts';

/**
 * C1 and C2, the SQL twin of the domain's `match-decision.ts`, for each period of the scope.
 * Unit: a match whose duo started in the period (ID = match ID). C1 counts it when its stored
 * score breakdown has at least one part; C2 when its decider is neither the mentor's nor the mentee's user account
 * (participant_accounts) — a self-match, whatever staff role that person also holds.
 */
export const matchDecisionFamily = indicatorFamily('match-decision', async (tx, scope) => {
  const rows = await queryRows<{
    period_index: number;
    denominator_ids: string[];
    scored_ids: string[];
    staff_decided_ids: string[];
  }>(
    tx,
    sql`
    with judged as (
      select d.period_index, m.id,
        coalesce(jsonb_typeof(m.score_breakdown) = 'array'
          and jsonb_array_length(m.score_breakdown) > 0, false) as scored,
        not exists (
          select 1 from participant_accounts p
          where p.tenant_id = m.tenant_id and p.user_id = m.decided_by
            and p.application_id in (m.mentor_application_id, m.mentee_application_id)
        ) as staff_decided
      from (${duosStartedIn(scope)}) d
      join matches m on m.tenant_id = ${scope.tenantId} and m.id = d.match_id
    )
    select period_index,
      array_agg(id::text order by id) as denominator_ids,
      coalesce(array_agg(id::text order by id) filter (where scored), '{}') as scored_ids,
      coalesce(array_agg(id::text order by id) filter (where staff_decided), '{}')
        as staff_decided_ids
    from judged
    group by period_index`,
  );
  return byPeriod(scope.periods, rows, ([row]) => {
    const denominator = row?.denominator_ids ?? [];
    return {
      scored: { denominator, numerator: row?.scored_ids ?? [] },
      staffDecided: { denominator, numerator: row?.staff_decided_ids ?? [] },
    };
  });
});

type MatchDecisionRows = FamilyRows<typeof matchDecisionFamily>;

export const matchScoreValue = (rows: MatchDecisionRows, targets: IndicatorTargets) =>
  shareValue('C1', rows.scored, targets.C1.share);

export const matchDecisionValue = (rows: MatchDecisionRows, targets: IndicatorTargets) =>
  shareValue('C2', rows.staffDecided, targets.C2.share);
