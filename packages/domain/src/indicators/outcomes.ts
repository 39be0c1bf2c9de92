import type { Duo } from '../evidence/duo.ts';
import type { Outcome, OutcomeMoment } from '../evidence/outcome.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import type { Period } from '../time/period.ts';
import { duosEndedIn, groupBy } from './period-units.ts';

/**
 * Outcomes are the goal the criteria serve ("duurzame inclusie"), reported beside the
 * criteria and never inside a criterion status: a programme can run every step well for
 * people the labour market still turns away. So these have no target and no status.
 */
export interface OutcomeMeasure {
  readonly key: 'work_or_training_at_end' | 'work_or_training_at_follow_up' | 'confidence_change';
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  readonly numeratorIds: readonly RecordId[];
  readonly denominatorIds: readonly RecordId[];
}

export interface OutcomeIndicators {
  readonly workOrTrainingAtEnd: OutcomeMeasure;
  readonly workOrTrainingAtFollowUp: OutcomeMeasure;
  readonly confidenceChange: OutcomeMeasure;
}

/**
 * One cohort — the duos that ended in the period — followed through time:
 * - work_or_training_at_end / _at_follow_up: of those duos with an outcome recorded at that
 *   moment (IDs = duo IDs), the share whose mentee was employed or in training. Duos with
 *   nothing recorded yet are left out rather than counted as failures; the denominator
 *   shows how many were recorded. The +6 months figure fills in as follow-ups arrive.
 * - confidence_change: mean of (confidence at end − confidence at intake) on the 1–5 scale,
 *   for duos with both; intake is the mentee's latest intake outcome on or before the duo's
 *   start. numerator = sum of changes, denominator = duos measured.
 * If several outcomes exist for one duo and moment, the latest recorded one holds.
 */
export function computeOutcomeIndicators(
  evidence: ProgrammeEvidence,
  period: Period,
): OutcomeIndicators {
  const ended = duosEndedIn(evidence, period);
  const byDuo = groupBy(
    evidence.outcomes.filter((o) => o.duoId !== null),
    (o) => o.duoId as RecordId,
  );
  const intakes = groupBy(
    evidence.outcomes.filter((o) => o.moment === 'intake'),
    (o) => o.menteeId,
  );

  const workOrTraining = (moment: OutcomeMoment, key: OutcomeMeasure['key']): OutcomeMeasure => {
    const recorded: RecordId[] = [];
    const working: RecordId[] = [];
    for (const duo of ended) {
      const outcome = latest((byDuo.get(duo.id) ?? []).filter((o) => o.moment === moment));
      if (outcome === null) continue;
      recorded.push(duo.id);
      if (outcome.situation === 'employed' || outcome.situation === 'training')
        working.push(duo.id);
    }
    return ratio(key, working, recorded);
  };

  let changeSum = 0;
  const measured: RecordId[] = [];
  for (const duo of ended) {
    const atEnd = latest((byDuo.get(duo.id) ?? []).filter((o) => o.moment === 'end'));
    const atIntake = intakeFor(duo, intakes.get(duo.menteeId) ?? []);
    if (atEnd?.confidence == null || atIntake?.confidence == null) continue;
    changeSum += atEnd.confidence - atIntake.confidence;
    measured.push(duo.id);
  }

  return {
    workOrTrainingAtEnd: workOrTraining('end', 'work_or_training_at_end'),
    workOrTrainingAtFollowUp: workOrTraining('follow_up_6m', 'work_or_training_at_follow_up'),
    confidenceChange: {
      key: 'confidence_change',
      value: measured.length === 0 ? null : changeSum / measured.length,
      numerator: changeSum,
      denominator: measured.length,
      numeratorIds: [...measured].sort(),
      denominatorIds: [...measured].sort(),
    },
  };
}

function ratio(
  key: OutcomeMeasure['key'],
  numeratorIds: RecordId[],
  denominatorIds: RecordId[],
): OutcomeMeasure {
  return {
    key,
    value: denominatorIds.length === 0 ? null : numeratorIds.length / denominatorIds.length,
    numerator: numeratorIds.length,
    denominator: denominatorIds.length,
    numeratorIds: [...numeratorIds].sort(),
    denominatorIds: [...denominatorIds].sort(),
  };
}

function latest(outcomes: readonly Outcome[]): Outcome | null {
  let found: Outcome | null = null;
  for (const outcome of outcomes) {
    if (
      found === null ||
      outcome.recordedOn > found.recordedOn ||
      (outcome.recordedOn === found.recordedOn && outcome.id > found.id)
    ) {
      found = outcome;
    }
  }
  return found;
}

function intakeFor(duo: Duo, intakes: readonly Outcome[]): Outcome | null {
  return latest(intakes.filter((o) => o.recordedOn <= duo.startDate));
}
