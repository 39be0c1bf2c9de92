import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { DuoRole, RecordId } from '../evidence/record.ts';
import { isInterviewComplete } from '../intake/rules.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { acceptancesInPeriod, groupBy } from './period-units.ts';

/**
 * A3 (mentors) and B3 (mentees): share of applications accepted in the period with a
 * completed interview whose commitment and expectation fields are filled.
 *
 * - Unit: the accepted application, as in A1.
 * - The interview must be held at or before the acceptance: it is part of selection, and
 *   one recorded afterwards did not select anyone.
 * - "Filled" is intake's `isInterviewComplete`: held, a committed period (whole months ≥ 1),
 *   a committed contact interval and the yes/no on realistic expectations; the note is
 *   optional — "no" with no note still tells the story.
 */
export function interviewIndicator(
  criterionId: 'A3' | 'B3',
  role: DuoRole,
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const interviews = groupBy(evidence.interviews, (i) => i.applicationId);
  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const { application, decision } of acceptancesInPeriod(evidence, role, period)) {
    denominator.push(application.id);
    const acceptedAt = Date.parse(decision.decidedAt);
    const selected = (interviews.get(application.id) ?? []).some(
      (interview) => Date.parse(interview.at) <= acceptedAt && isInterviewComplete(interview),
    );
    if (selected) numerator.push(application.id);
  }
  return indicatorValue(criterionId, [shareMeasure('share', numerator, denominator, target)]);
}
