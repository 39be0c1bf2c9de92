import { describe, expect, it } from 'vitest';
import type { Outcome } from '../src/evidence/outcome.ts';
import { computeOutcomeIndicators } from '../src/indicators/outcomes.ts';
import { computeIndicator } from '../src/indicators/registry.ts';
import {
  closingMeeting,
  closure,
  duo,
  evaluation,
  evidenceWith,
  Q1_2025,
} from './fixtures/evidence.ts';

const ended = [
  duo('planned', '2024-08-01', { on: '2025-02-01' }),
  duo('early-ok', '2024-12-01', { on: '2025-02-01', kind: 'early', reasonCode: 'mentee_withdrew' }),
  duo('early-no-reason', '2024-12-01', { on: '2025-02-01', kind: 'early', reasonCode: null }),
  duo('early-no-closure', '2024-12-01', { on: '2025-02-01', kind: 'early', reasonCode: 'moved' }),
  duo('active', '2024-12-01'),
];

describe('E1 early endings', () => {
  it('needs a reason and the closure steps started; an early end with no reason never counts', () => {
    const e = evidenceWith({
      duos: ended,
      closures: [closure('early-ok'), closure('early-no-reason'), closure('planned')],
    });
    expect(computeIndicator('E1', e, Q1_2025)).toMatchObject({
      numeratorIds: ['early-ok'],
      denominatorIds: ['early-no-closure', 'early-no-reason', 'early-ok'],
    });
  });
});

describe('E2 closing meeting', () => {
  it('covers every duo ended in the period, not the ones still active', () => {
    const e = evidenceWith({
      duos: ended,
      closingMeetings: [closingMeeting('planned'), closingMeeting('active')],
    });
    expect(computeIndicator('E2', e, Q1_2025)).toMatchObject({
      numeratorIds: ['planned'],
      denominator: 4,
    });
  });
});

describe('E3 evaluation', () => {
  it('needs one completed evaluation per ended duo and shows the response rate per role', () => {
    const e = evidenceWith({
      duos: ended,
      evaluations: [
        evaluation('planned', 'mentor', '2025-02-10T10:00:00Z'),
        evaluation('planned', 'mentee', null),
        evaluation('early-ok', 'mentee', '2025-02-10T10:00:00Z'),
        evaluation('early-no-reason', 'mentor', null),
      ],
    });
    const e3 = computeIndicator('E3', e, Q1_2025);
    expect(e3).toMatchObject({
      numeratorIds: ['early-ok', 'planned'],
      denominator: 4,
      value: 0.5,
      status: 'partly',
    });
    expect(e3.measures.slice(1).map((m) => [m.key, m.numerator, m.denominator, m.status])).toEqual([
      ['mentor_response_rate', 1, 2, null],
      ['mentee_response_rate', 1, 2, null],
    ]);
  });
});

describe('outcomes beside the criteria', () => {
  const outcome = (
    id: string,
    menteeId: string,
    duoId: string | null,
    moment: Outcome['moment'],
    situation: Outcome['situation'],
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

  it('follows the cohort of duos ended in the period at the end and six months later', () => {
    const duos = [
      duo('a', '2024-08-01', { on: '2025-02-01' }, { menteeId: 'ann' }),
      duo('b', '2024-08-01', { on: '2025-02-01' }, { menteeId: 'bob' }),
      duo('c', '2024-08-01', { on: '2025-02-01' }, { menteeId: 'cas' }),
    ];
    const outcomes = [
      outcome('ann-in-old', 'ann', null, 'intake', 'job_seeking', 1, '2023-01-01'),
      outcome('ann-in', 'ann', null, 'intake', 'job_seeking', 2, '2024-07-15'),
      outcome('ann-in-after', 'ann', null, 'intake', 'job_seeking', 5, '2024-09-01'),
      outcome('ann-end', 'ann', 'a', 'end', 'employed', 4, '2025-02-01'),
      outcome('bob-in', 'bob', null, 'intake', 'job_seeking', 3, '2024-07-15'),
      outcome('bob-end', 'bob', 'b', 'end', 'job_seeking', 3, '2025-02-01'),
      outcome('ann-6m', 'ann', 'a', 'follow_up_6m', 'training', null, '2025-08-01'),
    ];
    const result = computeOutcomeIndicators(evidenceWith({ duos, outcomes }), Q1_2025);
    expect(result.workOrTrainingAtEnd).toMatchObject({
      numeratorIds: ['a'],
      denominatorIds: ['a', 'b'],
      value: 0.5,
    });
    expect(result.workOrTrainingAtFollowUp).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 1,
    });
    // Ann +2 (intake 2 on or before her start), Bob 0.
    expect(result.confidenceChange).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
  });

  it('never enters a criterion status: outcomes are not in the indicator registry', () => {
    const result = computeOutcomeIndicators(evidenceWith({}), Q1_2025);
    expect(result.workOrTrainingAtEnd.value).toBeNull();
    expect(Object.keys(result.confidenceChange)).not.toContain('status');
  });
});
