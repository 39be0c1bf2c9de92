import type { CriterionId } from './ids.ts';

/**
 * The criteria whose workflow the app runs and records evidence for. The API's criterion
 * registry must hold an entry for each (a missing one is a type error there); the others are
 * reported as not computed. A criterion joins this list in the change that builds its
 * workflow, together with its SQL twin and registry entry.
 */
export const CRITERIA_WITH_WORKFLOW = [
  'A1',
  'A2',
  'A3',
  'A4',
  'A5',
  'B1',
  'B2',
  'B3',
  'B4',
  'B5',
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
  'E1',
  'E2',
  'E3',
] as const satisfies readonly CriterionId[];

export type WorkflowCriterionId = (typeof CRITERIA_WITH_WORKFLOW)[number];

const WITH_WORKFLOW: ReadonlySet<string> = new Set(CRITERIA_WITH_WORKFLOW);

export function hasWorkflow(id: CriterionId): id is WorkflowCriterionId {
  return WITH_WORKFLOW.has(id);
}
