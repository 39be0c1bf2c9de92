import { describe, expect, it } from 'vitest';
import type { Outcome, OutcomeMoment, OutcomeSituation } from '../src/evidence/outcome.ts';
import { organisationOutcomes } from '../src/indicators/organisation-outcomes.ts';
import { computeOutcomeIndicators } from '../src/indicators/outcomes.ts';
import { duo, evidenceWith, Q1_2025 } from './fixtures/evidence.ts';

const outcome = (
  id: string,
  menteeId: string,
  duoId: string | null,
  moment: OutcomeMoment,
  situation: OutcomeSituation,
  confidence: number | null,
  recordedOn: string,
): Outcome => ({
  id,
  menteeId,
  duoId,
  moment,
  recordedOn,
  situation,
  contractKind: null,
  hoursPerWeek: null,
  confidence,
  autonomy: null,
});

describe('the organisation’s outcomes from its programmes', () => {
  it('pools the duos: shares over all duos, the mean change over every duo measured', () => {
    const p1 = evidenceWith({
      duos: [duo('a', '2024-08-01', { on: '2025-02-01' }, { menteeId: 'ann' })],
      outcomes: [
        outcome('ann-in', 'ann', null, 'intake', 'job_seeking', 1, '2024-07-15'),
        outcome('ann-end', 'ann', 'a', 'end', 'employed', 5, '2025-02-01'),
      ],
    });
    const p2 = evidenceWith({
      duos: [
        duo('b', '2024-08-01', { on: '2025-02-01' }, { menteeId: 'bob' }),
        duo('c', '2024-08-01', { on: '2025-02-01' }, { menteeId: 'cas' }),
      ],
      outcomes: [
        outcome('bob-in', 'bob', null, 'intake', 'job_seeking', 3, '2024-07-15'),
        outcome('bob-end', 'bob', 'b', 'end', 'job_seeking', 3, '2025-02-01'),
        outcome('cas-in', 'cas', null, 'intake', 'job_seeking', 3, '2024-07-15'),
        outcome('cas-end', 'cas', 'c', 'end', 'job_seeking', 2, '2025-02-01'),
      ],
    });
    const merged = organisationOutcomes([
      computeOutcomeIndicators(p1, Q1_2025),
      computeOutcomeIndicators(p2, Q1_2025),
      computeOutcomeIndicators(evidenceWith({}), Q1_2025),
    ]);
    expect(merged.workOrTrainingAtEnd).toMatchObject({
      numeratorIds: ['a'],
      denominatorIds: ['a', 'b', 'c'],
      value: 1 / 3,
    });
    // +4, 0 and −1 over three duos: +1, where the programmes' means (+4, −0.5) average +1.75.
    expect(merged.confidenceChange).toMatchObject({ numerator: 3, denominator: 3, value: 1 });
    expect(merged.workOrTrainingAtFollowUp).toMatchObject({ value: null, denominator: 0 });
  });

  it('has no figures without programmes', () => {
    expect(organisationOutcomes([]).confidenceChange).toMatchObject({ value: null, numerator: 0 });
  });
});
