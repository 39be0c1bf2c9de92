import type { MeasureTarget } from '../criteria/targets.ts';
import type { TrainingTopicId } from '../criteria/training-topics.ts';
import { TRAINING_TOPIC_IDS } from '../criteria/training-topics.ts';
import type { Duo } from '../evidence/duo.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import { brusselsDate } from '../time/brussels-date.ts';
import { addDays } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { countMeasure, indicatorValue, shareMeasure } from './indicator-value.ts';
import { duosStartedIn, groupBy, indexById } from './period-units.ts';

/** "At the start" of the relationship, read generously: the first two weeks still count. */
export const TRAINING_GRACE_DAYS = 14;

/**
 * A5: share of mentors whose duo started in the period who had covered all ten training
 * topics by that start date + 14 days.
 *
 * - Unit: the mentor, counted once per period at their first duo start in it; ID = that
 *   duo's ID (the record that places the mentor in the period).
 * - Coverage is the union of topics of training sessions the mentor attended (attended =
 *   true) up to and including the grace day; topics may come from several sessions.
 * - curriculum_coverage: how many of the ten topics the programme's curriculum maps to
 *   (numeratorIds = covered topic IDs, denominatorIds = the ten). A curriculum short of a
 *   topic makes A5 "not met" even when mentors attended everything on offer.
 */
export function trainingIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  targets: { readonly share: MeasureTarget; readonly curriculum_coverage: MeasureTarget },
): IndicatorValue {
  const sessions = indexById(evidence.trainingSessions);
  const attendedByPerson = groupBy(
    evidence.trainingAttendances.filter((a) => a.attended),
    (a) => a.personId,
  );

  const firstStartByMentor = new Map<RecordId, Duo>();
  for (const duo of duosStartedIn(evidence, period)) {
    const known = firstStartByMentor.get(duo.mentorId);
    if (
      known === undefined ||
      duo.startDate < known.startDate ||
      (duo.startDate === known.startDate && duo.id < known.id)
    ) {
      firstStartByMentor.set(duo.mentorId, duo);
    }
  }

  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const [mentorId, duo] of firstStartByMentor) {
    denominator.push(duo.id);
    const deadline = addDays(duo.startDate, TRAINING_GRACE_DAYS);
    const covered = new Set<TrainingTopicId>();
    for (const attendance of attendedByPerson.get(mentorId) ?? []) {
      const session = sessions.get(attendance.trainingSessionId);
      if (session === undefined || brusselsDate(session.at) > deadline) continue;
      for (const topic of session.topicsCovered) covered.add(topic);
    }
    if (TRAINING_TOPIC_IDS.every((topic) => covered.has(topic))) numerator.push(duo.id);
  }

  const curriculum = TRAINING_TOPIC_IDS.filter((topic) =>
    evidence.programme.curriculumTopics.includes(topic),
  );
  return indicatorValue('A5', [
    shareMeasure('share', numerator, denominator, targets.share),
    countMeasure(
      'curriculum_coverage',
      curriculum,
      TRAINING_TOPIC_IDS,
      targets.curriculum_coverage,
    ),
  ]);
}
