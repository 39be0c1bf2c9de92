import type { MeasureTarget } from '../criteria/targets.ts';
import type { Match } from '../evidence/match.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { duosStartedIn, indexById } from './period-units.ts';

/**
 * C1 and C2 look at the same units: the matches that started in the period, i.e. whose duo
 * started in it (ID = match ID). Proposals that never became a duo are not matches yet.
 */
function startedMatches(evidence: ProgrammeEvidence, period: Period): Match[] {
  const matches = indexById(evidence.matches);
  const started: Match[] = [];
  for (const duo of duosStartedIn(evidence, period)) {
    const match = matches.get(duo.matchId);
    if (match !== undefined) started.push(match);
  }
  return started;
}

/** C1: share of started matches that carry a stored score breakdown (at least one part). */
export function matchScoreIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const matches = startedMatches(evidence, period);
  const numerator: RecordId[] = matches
    .filter((m) => m.scoreBreakdown !== null && m.scoreBreakdown.length > 0)
    .map((m) => m.id);
  return indicatorValue('C1', [
    shareMeasure(
      'share',
      numerator,
      matches.map((m) => m.id),
      target,
    ),
  ]);
}

/**
 * C2: share of started matches with a recorded staff decision. A decision recorded by the
 * match's own mentor or mentee is a self-match, which the criterion rules out, so it does
 * not count even if that person also holds a staff role. The decider is a user, so they are
 * compared with the mentor's and mentee's user accounts.
 */
export function matchDecisionIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const matches = startedMatches(evidence, period);
  const numerator: RecordId[] = matches
    .filter(
      (m) =>
        m.decidedById !== null &&
        m.decidedById !== m.mentorUserId &&
        m.decidedById !== m.menteeUserId,
    )
    .map((m) => m.id);
  return indicatorValue('C2', [
    shareMeasure(
      'share',
      numerator,
      matches.map((m) => m.id),
      target,
    ),
  ]);
}
