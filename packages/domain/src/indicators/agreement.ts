import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import { brusselsDate } from '../time/brussels-date.ts';
import type { Instant } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { duosActiveDuring, groupBy } from './period-units.ts';

/**
 * C5: share of duos active during the period (at least one day) with an agreement accepted
 * by both mentor and mentee before the period's end (ID = duo ID).
 *
 * The acceptance must fall before the period ends — unlike most follow-up evidence — because
 * the question is whether the duo worked under an agreement in that period; one signed
 * months later does not answer it.
 */
export function agreementIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const agreements = groupBy(evidence.agreements, (a) => a.duoId);
  const acceptedInTime = (at: Instant | null) => at !== null && brusselsDate(at) < period.end;
  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const duo of duosActiveDuring(evidence, period)) {
    denominator.push(duo.id);
    const agreed = (agreements.get(duo.id) ?? []).some(
      (a) => acceptedInTime(a.mentorAcceptedAt) && acceptedInTime(a.menteeAcceptedAt),
    );
    if (agreed) numerator.push(duo.id);
  }
  return indicatorValue('C5', [shareMeasure('share', numerator, denominator, target)]);
}
