import type { OutcomeIndicators, OutcomeMeasure } from './outcomes.ts';

/**
 * The organisation's outcomes from its programmes' (ADR 0018). Duos belong to one programme:
 * the shares take the union of duos, the confidence change sums the programmes' changes over
 * all duos measured — the mean over every duo, not a mean of the programmes' means.
 */
export function organisationOutcomes(programmes: readonly OutcomeIndicators[]): OutcomeIndicators {
  const merge = (pick: (o: OutcomeIndicators) => OutcomeMeasure, key: OutcomeMeasure['key']) => {
    const measures = programmes.map(pick);
    const numeratorIds = [...new Set(measures.flatMap((m) => m.numeratorIds))].sort();
    const denominatorIds = [...new Set(measures.flatMap((m) => m.denominatorIds))].sort();
    const numerator =
      key === 'confidence_change'
        ? measures.reduce((sum, m) => sum + m.numerator, 0)
        : numeratorIds.length;
    return {
      key,
      value: denominatorIds.length === 0 ? null : numerator / denominatorIds.length,
      numerator,
      denominator: denominatorIds.length,
      numeratorIds,
      denominatorIds,
    };
  };
  return {
    workOrTrainingAtEnd: merge((o) => o.workOrTrainingAtEnd, 'work_or_training_at_end'),
    workOrTrainingAtFollowUp: merge(
      (o) => o.workOrTrainingAtFollowUp,
      'work_or_training_at_follow_up',
    ),
    confidenceChange: merge((o) => o.confidenceChange, 'confidence_change'),
  };
}
