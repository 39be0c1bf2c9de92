/** Stable IDs used in code, data, URLs and translation keys; never renumber. */
export const CRITERION_AREAS = ['A', 'B', 'C', 'D', 'E'] as const;
export type CriterionArea = (typeof CRITERION_AREAS)[number];

export const CRITERION_IDS = [
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
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

const KNOWN_IDS: ReadonlySet<string> = new Set(CRITERION_IDS);

export function isCriterionId(value: string): value is CriterionId {
  return KNOWN_IDS.has(value);
}

export function areaOf(id: CriterionId): CriterionArea {
  return id.charAt(0) as CriterionArea;
}
