import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { ResourceKind } from '../evidence/support.ts';
import { RESOURCE_KINDS } from '../evidence/support.ts';
import { addMonths } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { countMeasure, indicatorValue } from './indicator-value.ts';

export const REVIEW_WINDOW_MONTHS = 12;

/**
 * D4: how many of the four kinds of supporting material (guidelines, coaching tools,
 * processes, social map) the library holds at the period's end with a review in the
 * 12 months before that end.
 *
 * - Counted per kind: numeratorIds = the kinds that qualify, denominatorIds = the four kinds
 *   (stable IDs, like topic IDs); the resources themselves are found by kind.
 * - A resource withdrawn on or before the period's last day is gone; one never reviewed
 *   does not count as reviewed.
 * - An empty library is 0 of 4, "not met" — never "no data": the criterion is about the
 *   offer itself.
 */
export function resourcesIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const reviewedSince = addMonths(period.end, -REVIEW_WINDOW_MONTHS);
  const qualifying = new Set<ResourceKind>();
  for (const resource of evidence.resources) {
    const present = resource.withdrawnOn === null || resource.withdrawnOn >= period.end;
    const reviewed =
      resource.reviewedOn !== null &&
      resource.reviewedOn >= reviewedSince &&
      resource.reviewedOn < period.end;
    if (present && reviewed) qualifying.add(resource.kind);
  }
  return indicatorValue('D4', [countMeasure('kinds_reviewed', qualifying, RESOURCE_KINDS, target)]);
}
