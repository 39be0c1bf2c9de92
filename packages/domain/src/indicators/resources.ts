import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { ResourceKind } from '../evidence/support.ts';
import { RESOURCE_KINDS } from '../evidence/support.ts';
import { addDays, addMonths, type CalendarDate } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { countMeasure, indicatorValue } from './indicator-value.ts';

export const REVIEW_WINDOW_MONTHS = 12;

/** Whether a review counts for a period ending (exclusively) on `end`: in the 12 months before it. */
function reviewedInWindow(reviewedOn: CalendarDate | null, end: CalendarDate): boolean {
  return (
    reviewedOn !== null && reviewedOn >= addMonths(end, -REVIEW_WINDOW_MONTHS) && reviewedOn < end
  );
}

/**
 * A resource whose review would not count for D4 if the period ended today: never reviewed,
 * or last reviewed before the window. The library page flags it so staff review it in time.
 */
export function isReviewDue(reviewedOn: CalendarDate | null, today: CalendarDate): boolean {
  return !reviewedInWindow(reviewedOn, addDays(today, 1));
}

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
  const qualifying = new Set<ResourceKind>();
  for (const resource of evidence.resources) {
    const present = resource.withdrawnOn === null || resource.withdrawnOn >= period.end;
    if (present && reviewedInWindow(resource.reviewedOn, period.end)) qualifying.add(resource.kind);
  }
  return indicatorValue('D4', [countMeasure('kinds_reviewed', qualifying, RESOURCE_KINDS, target)]);
}
