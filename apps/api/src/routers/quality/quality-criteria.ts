import type { Transaction } from '@tandem/db';
import {
  CRITERIA_WITH_WORKFLOW,
  CRITERION_IDS,
  type CriterionId,
  hasWorkflow,
  type IndicatorValue,
  type WorkflowCriterionId,
} from '@tandem/domain';
import type { IndicatorScope } from '../../indicators/indicator-scope.ts';
import { computeIndicators } from '../../indicators/registry.ts';

/** One of the 23 criteria as the dashboard and its reports show it. */
export type ShownCriterion =
  | ({ computed: true } & IndicatorValue)
  | { computed: false; criterionId: CriterionId; status: 'not_computed' };

/** Every criterion in catalogue order: the computed ones with their values, the rest flagged. */
export function criteriaOf<V extends IndicatorValue>(
  computed: {
    readonly [K in WorkflowCriterionId]: V;
  },
) {
  return CRITERION_IDS.map((criterionId) =>
    hasWorkflow(criterionId)
      ? { computed: true as const, ...computed[criterionId] }
      : { computed: false as const, criterionId, status: 'not_computed' as const },
  );
}

/**
 * All 23 criteria of a programme in catalogue order: those of the registry computed in the
 * database, the others listed as not computed yet.
 */
export async function shownCriteria(
  tx: Transaction,
  scope: IndicatorScope,
): Promise<ShownCriterion[]> {
  return criteriaOf(await computeIndicators(tx, scope, CRITERIA_WITH_WORKFLOW));
}
