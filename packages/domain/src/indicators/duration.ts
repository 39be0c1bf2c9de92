import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import { addDays, addMonths } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure, valueMeasure } from './indicator-value.ts';
import { duosEndedIn } from './period-units.ts';

/**
 * D1: the programme lasts at least six months.
 *
 * - share (headline): duos that ended in the period (ID = duo ID) that lasted at least the
 *   planned_duration target (6 months by default), or that ended early with a recorded
 *   reason. Ending early is allowed (E1); ending early without saying why is not evidence of
 *   a six-month programme, so it stays out of the numerator.
 * - "Lasted six months" counts calendar months with the end day inclusive: 1 January to
 *   30 June is six months.
 * - A duo still active at the end of the period has not ended in it and is not counted.
 * - planned_duration: the programme's planned duo duration in months; numerator = that
 *   value, denominator = 1, both ID lists = the programme's ID.
 */
export function durationIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  targets: { readonly share: MeasureTarget; readonly planned_duration: MeasureTarget },
): IndicatorValue {
  const minimumMonths = targets.planned_duration.target;
  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const duo of duosEndedIn(evidence, period)) {
    if (duo.end === null) continue;
    denominator.push(duo.id);
    const lastedLongEnough = addDays(duo.end.on, 1) >= addMonths(duo.startDate, minimumMonths);
    const earlyWithReason = duo.end.kind === 'early' && duo.end.reasonCode !== null;
    if (lastedLongEnough || earlyWithReason) numerator.push(duo.id);
  }
  const programme = evidence.programme;
  return indicatorValue('D1', [
    shareMeasure('share', numerator, denominator, targets.share),
    valueMeasure({
      key: 'planned_duration',
      unit: 'months',
      value: programme.plannedDurationMonths,
      numerator: programme.plannedDurationMonths,
      denominator: 1,
      numeratorIds: [programme.id],
      denominatorIds: [programme.id],
      target: targets.planned_duration,
    }),
  ]);
}
