import type { RecordId } from '../evidence/record.ts';
import {
  type CriterionStatus,
  countMeasure,
  type IndicatorValue,
  indicatorValue,
  type Measure,
  type MeasureKey,
  shareMeasure,
  statusAgainst,
} from './indicator-value.ts';

/**
 * How one measure of several programmes becomes the organisation's (ADR 0018):
 * - `union`: the measure counts records that belong to one programme (applications, duos,
 *   fortnights, channels) or things that are the same across programmes (a partner, a
 *   mentor's e-mail): the organisation counts the union of the ID lists, so a thing met in
 *   two programmes counts once, and value and status are recomputed against the target.
 * - `largest`: the largest channel's share. Channels belong to one programme, so the
 *   organisation's largest channel is the largest of the programmes' largest, over all the
 *   organisation's applications.
 * - `weakest`: a setting or an offer every programme must have for itself (the planned
 *   duration, the training curriculum, the library's four kinds, a workshop every six
 *   months). Adding programmes up would let one programme's curriculum cover for another's;
 *   the organisation shows its weakest programme, with the programmes' range.
 * - `range`: a median cannot be recomposed from medians. The organisation's value is known
 *   only when one programme has any; otherwise it is left empty and the range is shown.
 */
export type MeasureMergeRule = 'union' | 'largest' | 'weakest' | 'range';

export const MEASURE_MERGE_RULES: { readonly [K in MeasureKey]: MeasureMergeRule } = {
  share: 'union',
  channel_count: 'union',
  largest_channel_share: 'largest',
  partner_count: 'union',
  curriculum_coverage: 'weakest',
  planned_duration: 'weakest',
  median_contact_gap_days: 'range',
  kinds_reviewed: 'weakest',
  workshop_cadence: 'weakest',
  workshop_attendance: 'union',
  mentor_response_rate: 'union',
  mentee_response_rate: 'union',
};

/** The lowest and highest value among the programmes that have one, when two or more do. */
export interface MeasureRange {
  readonly low: number;
  readonly high: number;
}

export type OrganisationMeasure = Measure & { readonly range?: MeasureRange };

/** The organisation's indicator with, per measure, the range its programmes span. */
export interface OrganisationIndicatorValue extends IndicatorValue {
  readonly measures: readonly OrganisationMeasure[];
}

/**
 * One criterion's indicator for the organisation, from its programmes' indicators for the
 * same period and targets. Programmes without data add nothing to a union; the status comes
 * from the merged measures by the same rule as a programme's (`indicatorValue`).
 */
export function organisationIndicator(
  programmeValues: readonly [IndicatorValue, ...IndicatorValue[]],
): OrganisationIndicatorValue {
  const [first] = programmeValues;
  for (const value of programmeValues) {
    if (value.criterionId !== first.criterionId)
      throw new Error(`cannot merge ${value.criterionId} into ${first.criterionId}`);
  }
  const merged = first.measures.map((template) => {
    const measures = programmeValues.map((value) => {
      const measure = value.measures.find((m) => m.key === template.key);
      if (measure === undefined) throw new Error(`${value.criterionId} lacks ${template.key}`);
      return measure;
    });
    return mergeMeasure(measures as [Measure, ...Measure[]]);
  });
  const value = indicatorValue(first.criterionId, merged as [Measure, ...Measure[]]);
  return { ...value, measures: merged };
}

function mergeMeasure(measures: readonly [Measure, ...Measure[]]): OrganisationMeasure {
  const [first] = measures;
  switch (MEASURE_MERGE_RULES[first.key]) {
    case 'union':
      return unionMeasure(measures);
    case 'largest':
      return largestMeasure(measures);
    case 'weakest':
      return weakestMeasure(measures);
    case 'range':
      return rangeMeasure(measures);
  }
}

const union = (lists: readonly (readonly RecordId[])[]) => new Set(lists.flat());

function unionMeasure(measures: readonly [Measure, ...Measure[]]): Measure {
  const { key, unit, target } = measures[0];
  const numerator = union(measures.map((m) => m.numeratorIds));
  const denominator = union(measures.map((m) => m.denominatorIds));
  if (unit === 'count') return countMeasure(key, numerator, denominator, target);
  if (unit === 'share') return shareMeasure(key, numerator, denominator, target);
  throw new Error(`${key}: a ${unit} measure has no union`);
}

function largestMeasure(measures: readonly [Measure, ...Measure[]]): Measure {
  const { key, target } = measures[0];
  // On a tie the channel whose applications sort first is named: the share is the same.
  const largest = measures.reduce((best, m) =>
    m.numerator > best.numerator ||
    (m.numerator === best.numerator &&
      m.numerator > 0 &&
      (m.numeratorIds[0] as RecordId) < (best.numeratorIds[0] as RecordId))
      ? m
      : best,
  );
  return shareMeasure(
    key,
    largest.numeratorIds,
    union(measures.map((m) => m.denominatorIds)),
    target,
  );
}

const STATUS_ORDER: readonly (CriterionStatus | null)[] = ['not_met', 'partly', 'met', null];

/**
 * The programme measure that holds the organisation back: the weakest status, then the
 * value furthest from the target's side (the smallest for "at least" and for measures
 * without a target). Programmes without a value are passed over unless none has one.
 */
function weakestMeasure(measures: readonly [Measure, ...Measure[]]): OrganisationMeasure {
  const valued = measures.filter((m) => m.value !== null);
  if (valued.length === 0) return measures[0];
  const worse = (a: Measure, b: Measure) => {
    const rank = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
    if (rank !== 0) return rank < 0;
    const atMost = a.target?.direction === 'at_most';
    return atMost
      ? (a.value as number) > (b.value as number)
      : (a.value as number) < (b.value as number);
  };
  const weakest = valued.reduce((found, m) => (worse(m, found) ? m : found));
  return valued.length < 2 ? weakest : { ...weakest, range: rangeOf(valued) };
}

function rangeMeasure(measures: readonly [Measure, ...Measure[]]): OrganisationMeasure {
  const valued = measures.filter((m) => m.value !== null);
  const ids = union(measures.map((m) => m.numeratorIds));
  const sorted = [...ids].sort();
  const count = measures.reduce((sum, m) => sum + m.numerator, 0);
  const [only] = valued;
  const value = valued.length === 1 && only ? only.value : null;
  const { target } = measures[0];
  return {
    ...measures[0],
    value,
    numerator: count,
    denominator: count,
    numeratorIds: sorted,
    denominatorIds: sorted,
    status: target === null ? null : value === null ? 'no_data' : statusAgainst(value, target),
    ...(valued.length < 2 ? {} : { range: rangeOf(valued) }),
  };
}

function rangeOf(valued: readonly Measure[]): MeasureRange {
  const values = valued.map((m) => m.value as number);
  return { low: Math.min(...values), high: Math.max(...values) };
}
