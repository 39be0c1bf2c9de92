import type { CriterionId } from '../criteria/ids.ts';
import type { MeasureTarget } from '../criteria/targets.ts';
import type { RecordId } from '../evidence/record.ts';

export const CRITERION_STATUSES = ['met', 'partly', 'not_met', 'no_data'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export const MEASURE_KEYS = [
  'share',
  'channel_count',
  'largest_channel_share',
  'partner_count',
  'curriculum_coverage',
  'planned_duration',
  'median_contact_gap_days',
  'kinds_reviewed',
  'workshop_cadence',
  'workshop_attendance',
  'mentor_response_rate',
  'mentee_response_rate',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export function isMeasureKey(value: string): value is MeasureKey {
  return (MEASURE_KEYS as readonly string[]).includes(value);
}

export type MeasureUnit = 'share' | 'count' | 'months' | 'days';

/**
 * One number of an indicator, with the records behind it.
 *
 * - share: value = numerator / denominator; `numeratorIds` ⊆ `denominatorIds`, one ID per
 *   unit counted; no value (null) and status `no_data` when the denominator is 0.
 * - count: value = numerator = how many distinct things (channels, partners, resource kinds);
 *   `numeratorIds` are those things, `denominator`/`denominatorIds` the records they were
 *   read from. A count of 0 is a result, not missing data.
 * - months / days: a setting or a statistic; each indicator documents its fields.
 *
 * Measures without a target are shown beside the status but never change it.
 */
export interface Measure {
  readonly key: MeasureKey;
  readonly unit: MeasureUnit;
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  readonly numeratorIds: readonly RecordId[];
  readonly denominatorIds: readonly RecordId[];
  readonly target: MeasureTarget | null;
  readonly status: CriterionStatus | null;
}

/**
 * A criterion's indicator for one programme and period. `numerator`, `denominator`, their
 * IDs and `value` repeat the headline measure (the first) for callers that show one number.
 */
export interface IndicatorValue {
  readonly criterionId: CriterionId;
  readonly status: CriterionStatus;
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  readonly numeratorIds: readonly RecordId[];
  readonly denominatorIds: readonly RecordId[];
  readonly measures: readonly Measure[];
}

export function shareMeasure(
  key: MeasureKey,
  numeratorIds: Iterable<RecordId>,
  denominatorIds: Iterable<RecordId>,
  target: MeasureTarget | null,
): Measure {
  const numerator = sortedUnique(numeratorIds);
  const denominator = sortedUnique(denominatorIds);
  const value = denominator.length === 0 ? null : numerator.length / denominator.length;
  return {
    key,
    unit: 'share',
    value,
    numerator: numerator.length,
    denominator: denominator.length,
    numeratorIds: numerator,
    denominatorIds: denominator,
    target,
    status: target === null ? null : value === null ? 'no_data' : statusAgainst(value, target),
  };
}

export function countMeasure(
  key: MeasureKey,
  countedIds: Iterable<RecordId>,
  sourceIds: Iterable<RecordId>,
  target: MeasureTarget | null,
): Measure {
  const counted = sortedUnique(countedIds);
  const source = sortedUnique(sourceIds);
  return {
    key,
    unit: 'count',
    value: counted.length,
    numerator: counted.length,
    denominator: source.length,
    numeratorIds: counted,
    denominatorIds: source,
    target,
    status: target === null ? null : statusAgainst(counted.length, target),
  };
}

/** For settings and statistics whose fields each indicator documents (D1, D2). */
export function valueMeasure(
  fields: Omit<Measure, 'status' | 'numeratorIds' | 'denominatorIds'> & {
    readonly numeratorIds: Iterable<RecordId>;
    readonly denominatorIds: Iterable<RecordId>;
  },
): Measure {
  const { target, value } = fields;
  return {
    ...fields,
    numeratorIds: sortedUnique(fields.numeratorIds),
    denominatorIds: sortedUnique(fields.denominatorIds),
    status: target === null ? null : value === null ? 'no_data' : statusAgainst(value, target),
  };
}

export function statusAgainst(value: number, target: MeasureTarget): CriterionStatus {
  // Shares are compared with a tolerance so that 9/10 meets a 90% target despite binary floats.
  const epsilon = target.unit === 'share' ? 1e-9 : 0;
  if (target.direction === 'at_least') {
    if (value >= target.target - epsilon) return 'met';
    return value >= target.lowerBound - epsilon ? 'partly' : 'not_met';
  }
  if (value <= target.target + epsilon) return 'met';
  return value <= target.lowerBound + epsilon ? 'partly' : 'not_met';
}

const STATUS_RANK: Readonly<Record<Exclude<CriterionStatus, 'no_data'>, number>> = {
  not_met: 0,
  partly: 1,
  met: 2,
};

/**
 * How a composite indicator (A2, A5, B1, D1, D5) gets one status:
 * - `no_data` when the headline measure (the first) has no data — without the people or
 *   records the criterion is about, settings alone do not make it met;
 * - otherwise the weakest status among the measures that have a target and data. So A2 is
 *   met only with ≥3 channels *and* the largest ≤70%, partly met with ≥2 channels.
 */
export function indicatorValue(
  criterionId: CriterionId,
  measures: readonly [Measure, ...Measure[]],
): IndicatorValue {
  const headline = measures[0];
  let status: CriterionStatus;
  if (headline.status === 'no_data' || (headline.unit !== 'share' && headline.denominator === 0)) {
    status = 'no_data';
  } else {
    let weakest: Exclude<CriterionStatus, 'no_data'> = 'met';
    for (const measure of measures) {
      if (measure.status === null || measure.status === 'no_data') continue;
      if (STATUS_RANK[measure.status] < STATUS_RANK[weakest]) weakest = measure.status;
    }
    status = weakest;
  }
  return {
    criterionId,
    status,
    value: headline.value,
    numerator: headline.numerator,
    denominator: headline.denominator,
    numeratorIds: headline.numeratorIds,
    denominatorIds: headline.denominatorIds,
    measures,
  };
}

/**
 * IDs in JavaScript's string order, once each. A list that arrives strictly ascending (the
 * SQL twins aggregate in the bytewise "C" order, which is the same for these ASCII IDs) is
 * taken as it is: a year's fortnights run to tens of thousands of IDs.
 */
function sortedUnique(ids: Iterable<RecordId>): RecordId[] {
  const list = Array.isArray(ids) ? (ids as RecordId[]) : [...ids];
  for (let i = 1; i < list.length; i++) {
    if (!((list[i - 1] as RecordId) < (list[i] as RecordId))) return [...new Set(list)].sort();
  }
  return [...list];
}
