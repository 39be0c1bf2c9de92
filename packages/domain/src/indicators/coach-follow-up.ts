import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import { addDays, daysBetween } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { duosActiveDuring, groupBy, lastDayOf, lastDayOfPeriod } from './period-units.ts';

export const CHECK_IN_WINDOW_DAYS = 42;

/**
 * D3: share of active duos with an assigned coach and a check-in in the last 42 days.
 *
 * - Each duo active during the period is judged on its reference day: the period's last day,
 *   or the duo's last day if it ended earlier — so a duo that ended mid-period is judged on
 *   how it was followed while it ran.
 * - A duo younger than 42 days on its reference day is left out: it cannot yet have missed a
 *   check-in.
 * - Coach: an assignment covering the reference day (from ≤ day < until).
 * - Check-in: any check-in dated in the 42 days up to and including the reference day, by
 *   whichever coach. A coach change within the period does not reset the clock: the
 *   criterion is that the duo is followed, and the handover keeps the history.
 */
export function coachFollowUpIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const assignments = groupBy(evidence.coachAssignments, (a) => a.duoId);
  const checkIns = groupBy(evidence.checkIns, (c) => c.duoId);
  const periodLast = lastDayOfPeriod(period);
  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const duo of duosActiveDuring(evidence, period)) {
    const duoLast = lastDayOf(duo);
    const reference = duoLast !== null && duoLast < periodLast ? duoLast : periodLast;
    if (daysBetween(duo.startDate, reference) + 1 < CHECK_IN_WINDOW_DAYS) continue;
    denominator.push(duo.id);
    const windowStart = addDays(reference, -(CHECK_IN_WINDOW_DAYS - 1));
    const coached = (assignments.get(duo.id) ?? []).some(
      (a) => a.from <= reference && (a.until === null || reference < a.until),
    );
    const checkedIn = (checkIns.get(duo.id) ?? []).some(
      (c) => c.on >= windowStart && c.on <= reference,
    );
    if (coached && checkedIn) numerator.push(duo.id);
  }
  return indicatorValue('D3', [shareMeasure('share', numerator, denominator, target)]);
}
