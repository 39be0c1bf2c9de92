import type { CriterionId } from './ids.ts';

/**
 * A target for one measure of an indicator. `at_least` measures are met at or above the
 * target and partly met at or above the lower bound; `at_most` measures (the largest
 * channel's share) the other way round. Shares are fractions 0…1, not percentages.
 */
export type MeasureDirection = 'at_least' | 'at_most';
export type TargetUnit = 'share' | 'count' | 'months';

export interface MeasureTarget {
  readonly direction: MeasureDirection;
  readonly unit: TargetUnit;
  readonly target: number;
  readonly lowerBound: number;
  /** Largest meaningful count (10 training topics, 4 resource kinds); counts only. */
  readonly max?: number;
}

const share = (target: number, lowerBound: number) =>
  ({ direction: 'at_least', unit: 'share', target, lowerBound }) as const;

/**
 * Defaults from criteria.md. The first key of each criterion is its headline measure (see
 * indicators/indicator-value.ts for how measures combine into one status).
 */
export const DEFAULT_TARGETS = {
  A1: { share: share(0.9, 0.6) },
  A2: {
    channel_count: { direction: 'at_least', unit: 'count', target: 3, lowerBound: 2 },
    // The spec gives no lower bound for concentration: ≥2 channels alone earns "partly".
    largest_channel_share: { direction: 'at_most', unit: 'share', target: 0.7, lowerBound: 1 },
  },
  A3: { share: share(1, 0.9) },
  A4: { share: share(1, 0.9) },
  A5: {
    share: share(0.9, 0.7),
    curriculum_coverage: {
      direction: 'at_least',
      unit: 'count',
      target: 10,
      lowerBound: 10,
      max: 10,
    },
  },
  B1: {
    channel_count: { direction: 'at_least', unit: 'count', target: 3, lowerBound: 2 },
    largest_channel_share: { direction: 'at_most', unit: 'share', target: 0.7, lowerBound: 1 },
    partner_count: { direction: 'at_least', unit: 'count', target: 3, lowerBound: 1 },
  },
  B2: { share: share(0.9, 0.6) },
  B3: { share: share(1, 0.9) },
  B4: { share: share(1, 0.9) },
  B5: { share: share(0.95, 0.75) },
  C1: { share: share(1, 0.9) },
  C2: { share: share(1, 1) },
  C3: { share: share(0.95, 0.8) },
  C4: { share: share(1, 0.9) },
  C5: { share: share(1, 0.9) },
  D1: {
    share: share(0.9, 0.7),
    planned_duration: { direction: 'at_least', unit: 'months', target: 6, lowerBound: 6 },
  },
  D2: { share: share(0.85, 0.65) },
  D3: { share: share(0.9, 0.7) },
  D4: {
    kinds_reviewed: { direction: 'at_least', unit: 'count', target: 4, lowerBound: 2, max: 4 },
  },
  D5: {
    share: share(1, 0.8),
    // "At least one workshop per 6 months" has one number only: every window, or not met.
    workshop_cadence: share(1, 1),
  },
  E1: { share: share(1, 0.9) },
  E2: { share: share(0.85, 0.6) },
  E3: { share: share(0.8, 0.5) },
} as const satisfies { readonly [C in CriterionId]: Readonly<Record<string, MeasureTarget>> };

export type TargetedMeasureKey<C extends CriterionId> = keyof (typeof DEFAULT_TARGETS)[C] & string;

/** The targets a programme is judged by: the defaults, or a network's merged overrides. */
export type IndicatorTargets = {
  readonly [C in CriterionId]: { readonly [K in TargetedMeasureKey<C>]: MeasureTarget };
};
