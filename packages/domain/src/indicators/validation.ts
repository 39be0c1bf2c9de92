import type { MeasureTarget } from '../criteria/targets.ts';
import type { Validation } from '../evidence/match.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { DuoRole, RecordId } from '../evidence/record.ts';
import { brusselsDate } from '../time/brussels-date.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { duosStartedIn, groupBy } from './period-units.ts';

/**
 * C4: share of duos started in the period that both mentor and mentee validated before the
 * start (ID = duo ID).
 *
 * - Validations belong to a match. A declined match ends the proposal; a re-match is a new
 *   match with its own validations, so an earlier decline never counts against the new duo
 *   and an earlier confirmation never counts for it — even when the same two people are
 *   matched again.
 * - Per role the latest answer dated on or before the start day (Brussels) is the one that
 *   holds; it must be "confirmed". An answer given after the start is not a validation.
 */
export function validationIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const byMatch = groupBy(evidence.validations, (v) => v.matchId);
  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const duo of duosStartedIn(evidence, period)) {
    denominator.push(duo.id);
    const answers = (byMatch.get(duo.matchId) ?? []).filter(
      (v) => brusselsDate(v.at) <= duo.startDate,
    );
    if (
      latestAnswer(answers, 'mentor') === 'confirmed' &&
      latestAnswer(answers, 'mentee') === 'confirmed'
    ) {
      numerator.push(duo.id);
    }
  }
  return indicatorValue('C4', [shareMeasure('share', numerator, denominator, target)]);
}

function latestAnswer(
  validations: readonly Validation[],
  role: DuoRole,
): Validation['answer'] | null {
  let latest: Validation | null = null;
  for (const validation of validations) {
    if (validation.role !== role) continue;
    if (latest === null) {
      latest = validation;
      continue;
    }
    const at = Date.parse(validation.at);
    const latestAt = Date.parse(latest.at);
    // Two answers recorded at the same instant: the higher ID holds, whatever the list order.
    if (at > latestAt || (at === latestAt && validation.id > latest.id)) latest = validation;
  }
  return latest === null ? null : latest.answer;
}
