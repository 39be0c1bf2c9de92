import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../src/indicators/registry.ts';
import { duo, evidenceWith, match, Q1_2025 } from './fixtures/evidence.ts';

describe('C1/C2 matches started in the period', () => {
  const e = evidenceWith({
    duos: [
      duo('a', '2025-01-10'),
      duo('b', '2025-02-10'),
      duo('c', '2025-03-10'),
      duo('before', '2024-12-20'),
    ],
    matches: [
      match('match-a'),
      match('match-b', { scoreBreakdown: null, decidedById: null }),
      match('match-c', { scoreBreakdown: [], decidedById: 'user-of-mentor-of-match-c' }),
      match('match-before', { scoreBreakdown: null }),
    ],
  });

  it('C1 counts matches whose duo started in the period that carry a score breakdown', () => {
    expect(computeIndicator('C1', e, Q1_2025)).toMatchObject({
      numeratorIds: ['match-a'],
      denominator: 3,
    });
  });

  it('C2 needs a staff decision, and a self-match does not count', () => {
    expect(computeIndicator('C2', e, Q1_2025)).toMatchObject({
      numeratorIds: ['match-a'],
      denominator: 3,
      status: 'not_met',
    });
  });
});

describe('C3 first meeting at a neutral location with staff present', () => {
  it('judges the earliest first meeting of each started duo', () => {
    const meeting = (
      id: string,
      matchId: string,
      on: string,
      locationKind: 'library' | 'mentee_home',
      staffPresentId: string | null,
    ) => ({
      id,
      matchId,
      on,
      locationKind,
      staffPresentId,
    });
    const e = evidenceWith({
      duos: [
        duo('ok', '2025-01-10'),
        duo('home', '2025-01-10'),
        duo('alone', '2025-01-10'),
        duo('none', '2025-01-10'),
      ],
      firstMeetings: [
        meeting('m1', 'match-ok', '2025-01-05', 'library', 'coach-1'),
        meeting('m2', 'match-home', '2025-01-04', 'mentee_home', 'coach-1'),
        meeting('m3', 'match-home', '2025-01-06', 'library', 'coach-1'),
        meeting('m4', 'match-alone', '2025-01-05', 'library', null),
      ],
    });
    expect(computeIndicator('C3', e, Q1_2025)).toMatchObject({
      numeratorIds: ['ok'],
      denominator: 4,
    });
  });
});

describe('C4 validation by both before the start', () => {
  const validation = (
    id: string,
    matchId: string,
    role: 'mentor' | 'mentee',
    answer: 'confirmed' | 'declined',
    at: string,
  ) => ({
    id,
    matchId,
    role,
    answer,
    at,
  });

  it('judges a re-match after a declined validation on the new match only', () => {
    // Same two people: the first proposal was declined by the mentee, then matched again.
    const e = evidenceWith({
      duos: [duo('d1', '2025-02-01', null, { matchId: 'second' })],
      validations: [
        validation('v1', 'first', 'mentor', 'confirmed', '2025-01-10T10:00:00Z'),
        validation('v2', 'first', 'mentee', 'declined', '2025-01-10T11:00:00Z'),
        validation('v3', 'second', 'mentor', 'confirmed', '2025-01-25T10:00:00Z'),
        validation('v4', 'second', 'mentee', 'confirmed', '2025-01-26T10:00:00Z'),
      ],
    });
    expect(computeIndicator('C4', e, Q1_2025)).toMatchObject({
      numeratorIds: ['d1'],
      status: 'met',
    });
  });

  it('does not borrow a confirmation from the earlier match', () => {
    const e = evidenceWith({
      duos: [duo('d1', '2025-02-01', null, { matchId: 'second' })],
      validations: [
        validation('v1', 'first', 'mentee', 'confirmed', '2025-01-10T10:00:00Z'),
        validation('v3', 'second', 'mentor', 'confirmed', '2025-01-25T10:00:00Z'),
      ],
    });
    expect(computeIndicator('C4', e, Q1_2025).numerator).toBe(0);
  });

  it('takes the latest answer per role on or before the start day, Brussels time', () => {
    const e = evidenceWith({
      duos: [
        duo('changed', '2025-02-01', null, { matchId: 'm1' }),
        duo('late', '2025-02-01', null, { matchId: 'm2' }),
      ],
      validations: [
        validation('a', 'm1', 'mentor', 'declined', '2025-01-20T10:00:00Z'),
        validation('b', 'm1', 'mentor', 'confirmed', '2025-01-21T10:00:00Z'),
        validation('c', 'm1', 'mentee', 'confirmed', '2025-01-31T23:30:00Z'),
        validation('d', 'm2', 'mentor', 'confirmed', '2025-01-20T10:00:00Z'),
        validation('e', 'm2', 'mentee', 'confirmed', '2025-02-01T23:30:00Z'),
      ],
    });
    expect(computeIndicator('C4', e, Q1_2025).numeratorIds).toEqual(['changed']);
  });

  it('lets the higher ID hold between two answers given at the same instant, in any order', () => {
    const answers = [
      validation('a', 'm1', 'mentor', 'declined', '2025-01-20T10:00:00Z'),
      validation('b', 'm1', 'mentor', 'confirmed', '2025-01-20T10:00:00Z'),
      validation('c', 'm1', 'mentee', 'confirmed', '2025-01-20T10:00:00Z'),
    ];
    const duos = [duo('d1', '2025-02-01', null, { matchId: 'm1' })];
    for (const validations of [answers, [...answers].reverse()]) {
      expect(
        computeIndicator('C4', evidenceWith({ duos, validations }), Q1_2025).numeratorIds,
      ).toEqual(['d1']);
    }
  });
});

describe('C5 agreement accepted by both', () => {
  const agreement = (
    duoId: string,
    mentorAcceptedAt: string | null,
    menteeAcceptedAt: string | null,
  ) => ({
    id: `agreement-${duoId}`,
    duoId,
    mentorAcceptedAt,
    menteeAcceptedAt,
  });

  it('covers duos active in the period, including those still active at its end, and needs both acceptances before the end', () => {
    const e = evidenceWith({
      duos: [
        duo('both', '2024-11-01'),
        duo('one', '2025-01-10'),
        duo('late', '2025-01-10'),
        duo('ended-before', '2024-06-01', { on: '2024-12-31' }),
        duo('starts-after', '2025-04-01'),
      ],
      agreements: [
        agreement('both', '2024-11-01T10:00:00Z', '2024-11-02T10:00:00Z'),
        agreement('one', '2025-01-10T10:00:00Z', null),
        agreement('late', '2025-01-10T10:00:00Z', '2025-03-31T22:30:00Z'),
      ],
    });
    expect(computeIndicator('C5', e, Q1_2025)).toMatchObject({
      numeratorIds: ['both'],
      denominatorIds: ['both', 'late', 'one'],
    });
  });
});
