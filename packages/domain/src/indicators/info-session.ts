import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { DuoRole, RecordId } from '../evidence/record.ts';
import { coversAllInfoSessionTopics } from '../intake/rules.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { acceptancesInPeriod, groupBy, indexById } from './period-units.ts';

/**
 * A1 (mentors) and B2 (mentees): share of applications accepted in the period whose
 * applicant attended, before the acceptance, an info session for their audience that
 * covered all three topics.
 *
 * - Unit: the accepted application (ID = application ID), placed in the period by the
 *   Brussels date of its acceptance.
 * - A person accepted without any info session stays in the denominator: the criterion is
 *   that they were informed, and they were not.
 * - One session must cover all three topics; pieces from several sessions do not add up,
 *   because the paper asks for an info session that gives this information.
 * - A session attended after the acceptance does not count: the information is meant to
 *   inform the decision to commit. A session for the other audience does not count either.
 */
export function infoSessionIndicator(
  criterionId: 'A1' | 'B2',
  role: DuoRole,
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const sessions = indexById(evidence.infoSessions);
  const attended = groupBy(
    evidence.infoSessionAttendances.filter((a) => a.attended),
    (a) => a.personId,
  );
  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const { application, decision } of acceptancesInPeriod(evidence, role, period)) {
    denominator.push(application.id);
    const acceptedAt = Date.parse(decision.decidedAt);
    const informed = (attended.get(application.personId) ?? []).some((attendance) => {
      const session = sessions.get(attendance.infoSessionId);
      return (
        session !== undefined &&
        session.audience === role &&
        Date.parse(session.startsAt) <= acceptedAt &&
        coversAllInfoSessionTopics(session.topicsCovered)
      );
    });
    if (informed) numerator.push(application.id);
  }
  return indicatorValue(criterionId, [shareMeasure('share', numerator, denominator, target)]);
}
