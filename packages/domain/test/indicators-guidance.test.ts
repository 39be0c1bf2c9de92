import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../src/indicators/registry.ts';
import { makePeriod } from '../src/time/period.ts';
import {
  checkIn,
  coachAssignment,
  contact,
  duo,
  evidenceWith,
  pause,
  Q1_2025,
} from './fixtures/evidence.ts';

describe('D1 duration of ended duos', () => {
  it('counts six calendar months with the end day inclusive, or an early end with a reason', () => {
    const e = evidenceWith({
      duos: [
        duo('six-months', '2024-08-01', { on: '2025-01-31' }),
        duo('one-day-short', '2024-08-01', { on: '2025-01-30' }),
        duo('early-with-reason', '2024-12-01', {
          on: '2025-02-15',
          kind: 'early',
          reasonCode: 'found_work',
        }),
        duo('early-no-reason', '2024-12-01', { on: '2025-02-15', kind: 'early', reasonCode: null }),
        duo('still-active', '2024-06-01'),
        duo('ends-after-period', '2024-06-01', { on: '2025-04-01' }),
      ],
    });
    const d1 = computeIndicator('D1', e, Q1_2025);
    expect(d1).toMatchObject({
      numeratorIds: ['early-with-reason', 'six-months'],
      denominatorIds: ['early-no-reason', 'early-with-reason', 'one-day-short', 'six-months'],
    });
    expect(d1.measures[1]).toMatchObject({ key: 'planned_duration', value: 6, status: 'met' });
  });

  it('is not met when the programme plans fewer than six months', () => {
    const e = evidenceWith(
      { duos: [duo('ok', '2024-08-01', { on: '2025-01-31' })] },
      { plannedDurationMonths: 4 },
    );
    const d1 = computeIndicator('D1', e, Q1_2025);
    expect(d1.value).toBe(1);
    expect(d1.status).toBe('not_met');
  });

  it('has no data when no duo ended in the period', () => {
    expect(
      computeIndicator('D1', evidenceWith({ duos: [duo('active', '2024-06-01')] }), Q1_2025).status,
    ).toBe('no_data');
  });
});

describe('D2 contact in every duo-fortnight', () => {
  it('counts only whole fortnights, from the duo’s own start', () => {
    // Starts 1 Jan, ends 20 Jan: one whole fortnight (1–14 Jan); 15–20 Jan is a stub.
    const e = evidenceWith({
      duos: [duo('d', '2025-01-01', { on: '2025-01-20' })],
      contacts: [contact('d', '2025-01-03')],
    });
    expect(computeIndicator('D2', e, Q1_2025)).toMatchObject({
      denominatorIds: ['d/2025-01-01'],
      numerator: 1,
    });
  });

  it('attributes a fortnight to the period holding its last day, using contacts before the period start', () => {
    // Fortnight 25 Dec – 7 Jan ends in Q1; its only contact is on 28 Dec.
    const e = evidenceWith({
      duos: [duo('d', '2024-12-25', { on: '2025-01-07' })],
      contacts: [contact('d', '2024-12-28')],
    });
    expect(computeIndicator('D2', e, Q1_2025)).toMatchObject({
      numeratorIds: ['d/2024-12-25'],
      denominator: 1,
    });
    const q4 = makePeriod('2024-10-01', '2025-01-01');
    expect(computeIndicator('D2', e, q4).denominator).toBe(0);
  });

  it('gives a duo still active at the period end only its completed fortnights', () => {
    // From 10 Mar: fortnight 10–23 Mar completes in Q1; 24 Mar – 6 Apr is judged in Q2.
    const e = evidenceWith({
      duos: [duo('d', '2025-03-10')],
      contacts: [contact('d', '2025-03-30')],
    });
    expect(computeIndicator('D2', e, Q1_2025)).toMatchObject({
      denominatorIds: ['d/2025-03-10'],
      numerator: 0,
    });
    const q2 = makePeriod('2025-04-01', '2025-07-01');
    expect(computeIndicator('D2', e, q2).numeratorIds[0]).toBe('d/2025-03-24');
  });

  it('reports the median gap between distinct contact days ending in the period', () => {
    const e = evidenceWith({
      duos: [duo('d', '2025-01-01', { on: '2025-02-25' })],
      contacts: [
        contact('d', '2025-01-01'),
        contact('d', '2025-01-01', 'same-day'),
        contact('d', '2025-01-08'),
        contact('d', '2025-01-28'),
        contact('d', '2025-02-11'),
      ],
    });
    const d2 = computeIndicator('D2', e, Q1_2025);
    // Fortnights 1–14 Jan, 15–28 Jan, 29 Jan–11 Feb, 12–25 Feb: contacts in the first three.
    expect(d2).toMatchObject({ numerator: 3, denominator: 4, value: 0.75, status: 'partly' });
    // Gaps 7, 20, 14 → median 14.
    expect(d2.measures[1]).toMatchObject({
      key: 'median_contact_gap_days',
      value: 14,
      numerator: 3,
      status: null,
    });
  });
});

describe('D2 with pauses', () => {
  it('does not owe a fortnight that overlaps a pause, and counts again after the resumption', () => {
    // Paused 20 Jan up to 10 Feb (exclusive): 15–28 Jan and 29 Jan – 11 Feb overlap it.
    const e = evidenceWith({
      duos: [duo('d', '2025-01-01', { on: '2025-03-11' })],
      pauses: [pause('d', '2025-01-20', '2025-02-10')],
      contacts: [
        contact('d', '2025-01-05'),
        contact('d', '2025-02-03'),
        contact('d', '2025-02-20'),
      ],
    });
    expect(computeIndicator('D2', e, Q1_2025)).toMatchObject({
      denominatorIds: ['d/2025-01-01', 'd/2025-02-12', 'd/2025-02-26'],
      numeratorIds: ['d/2025-01-01', 'd/2025-02-12'],
    });
  });

  it('owes nothing while a pause lasts without an end', () => {
    const e = evidenceWith({
      duos: [duo('d', '2025-01-01')],
      pauses: [pause('d', '2025-02-01', null)],
      contacts: [contact('d', '2025-01-02')],
    });
    expect(computeIndicator('D2', e, Q1_2025)).toMatchObject({
      denominatorIds: ['d/2025-01-01', 'd/2025-01-15'],
      numeratorIds: ['d/2025-01-01'],
    });
  });

  it('a pause that ends the day a fortnight starts leaves that fortnight owed', () => {
    // Paused 1–14 Jan (until 15 Jan exclusive): the first fortnight only.
    const e = evidenceWith({
      duos: [duo('d', '2025-01-01', { on: '2025-01-28' })],
      pauses: [pause('d', '2025-01-01', '2025-01-15')],
    });
    expect(computeIndicator('D2', e, Q1_2025).denominatorIds).toEqual(['d/2025-01-15']);
  });

  it('counts contacts exactly 14 days apart in every fortnight, with a median gap of 14', () => {
    const e = evidenceWith({
      duos: [duo('d', '2025-01-01', { on: '2025-02-11' })],
      contacts: [
        contact('d', '2025-01-01'),
        contact('d', '2025-01-15'),
        contact('d', '2025-01-29'),
      ],
    });
    const d2 = computeIndicator('D2', e, Q1_2025);
    expect(d2).toMatchObject({ numerator: 3, denominator: 3 });
    expect(d2.measures[1]).toMatchObject({ value: 14, numerator: 2 });
  });

  it('cuts the fortnights of a duo started mid-window from its own start', () => {
    // Started 10 Jan: 10–23 Jan and 24 Jan – 6 Feb; ended 12 Feb inside the third.
    const e = evidenceWith({
      duos: [duo('d', '2025-01-10', { on: '2025-02-12' })],
      contacts: [contact('d', '2025-01-23'), contact('d', '2025-02-07')],
    });
    expect(computeIndicator('D2', e, Q1_2025)).toMatchObject({
      denominatorIds: ['d/2025-01-10', 'd/2025-01-24'],
      numeratorIds: ['d/2025-01-10'],
    });
  });
});

describe('D3 coach and check-in in the last 42 days', () => {
  it('does not reset the clock on a coach change within the period', () => {
    const e = evidenceWith({
      duos: [duo('d', '2024-10-01')],
      coachAssignments: [
        coachAssignment('d', 'old', '2024-10-01', '2025-03-20'),
        coachAssignment('d', 'new', '2025-03-20'),
      ],
      checkIns: [checkIn('d', '2025-03-01', 'old')],
    });
    expect(computeIndicator('D3', e, Q1_2025)).toMatchObject({
      numeratorIds: ['d'],
      status: 'met',
    });
  });

  it('needs a coach assigned on the reference day and a check-in within 42 days of it', () => {
    const e = evidenceWith({
      duos: [
        duo('no-coach', '2024-10-01'),
        duo('stale', '2024-10-01'),
        duo('window-edge', '2024-10-01'),
      ],
      coachAssignments: [
        coachAssignment('no-coach', 'c', '2024-10-01', '2025-03-01'),
        coachAssignment('stale', 'c', '2024-10-01'),
        coachAssignment('window-edge', 'c', '2024-10-01'),
      ],
      checkIns: [
        checkIn('no-coach', '2025-03-20'),
        checkIn('stale', '2025-02-17'),
        checkIn('window-edge', '2025-02-18'),
      ],
    });
    // Reference day 31 Mar; the 42-day window starts 18 Feb.
    expect(computeIndicator('D3', e, Q1_2025).numeratorIds).toEqual(['window-edge']);
  });

  it('judges a duo that ended mid-period on its last day, and skips duos younger than 42 days', () => {
    const e = evidenceWith({
      duos: [duo('ended', '2024-10-01', { on: '2025-02-01' }), duo('new', '2025-03-01')],
      coachAssignments: [coachAssignment('ended', 'c', '2024-10-01')],
      checkIns: [checkIn('ended', '2025-01-15')],
    });
    expect(computeIndicator('D3', e, Q1_2025)).toMatchObject({
      numeratorIds: ['ended'],
      denominatorIds: ['ended'],
    });
  });
});

describe('D4 supporting material', () => {
  const resource = (
    id: string,
    kind: 'guidelines' | 'coaching_tools' | 'processes' | 'social_map',
    reviewedOn: string | null,
    withdrawnOn: string | null = null,
  ) => ({
    id,
    kind,
    title: id,
    reviewedOn,
    withdrawnOn,
  });

  it('counts kinds present at the period end and reviewed in the 12 months before it', () => {
    const e = evidenceWith({
      resources: [
        resource('g', 'guidelines', '2024-04-01'),
        resource('t', 'coaching_tools', '2024-03-31'),
        resource('p', 'processes', '2025-01-10', '2025-03-31'),
        resource('s', 'social_map', '2025-02-01'),
        resource('never', 'processes', null),
      ],
    });
    expect(computeIndicator('D4', e, Q1_2025)).toMatchObject({
      value: 2,
      numeratorIds: ['guidelines', 'social_map'],
      denominator: 4,
      status: 'partly',
    });
  });

  it('is not met, not "no data", with an empty library', () => {
    expect(computeIndicator('D4', evidenceWith({}), Q1_2025)).toMatchObject({
      value: 0,
      status: 'not_met',
    });
  });
});

describe('D5 workshops for mentors', () => {
  const workshop = (id: string, on: string) => ({
    id,
    on,
    theme: 'peer',
    kind: 'peer_exchange' as const,
  });
  const invitation = (workshopId: string, mentorId: string, attended: boolean) => ({
    id: `inv-${workshopId}-${mentorId}`,
    workshopId,
    mentorId,
    attended,
  });

  it('invites mentors active three months in the period, with a workshop in the six months to the period end', () => {
    const e = evidenceWith({
      duos: [
        duo('long', '2024-09-01', null, { mentorId: 'ann' }),
        duo('exactly-three', '2025-01-01', { on: '2025-03-31' }, { mentorId: 'bob' }),
        duo('too-new', '2025-02-01', null, { mentorId: 'cas' }),
      ],
      workshops: [workshop('w1', '2025-02-10'), workshop('old', '2024-12-01')],
      workshopInvitations: [
        invitation('w1', 'ann', true),
        invitation('w1', 'cas', false),
        invitation('old', 'bob', true),
      ],
    });
    const d5 = computeIndicator('D5', e, Q1_2025);
    expect(d5).toMatchObject({
      numeratorIds: ['ann'],
      denominatorIds: ['ann', 'bob'],
      status: 'not_met',
    });
    expect(d5.measures[1]).toMatchObject({
      key: 'workshop_cadence',
      denominatorIds: ['2024-10-01/2025-04-01'],
      value: 1,
    });
    expect(d5.measures[2]).toMatchObject({
      key: 'workshop_attendance',
      numerator: 1,
      denominator: 2,
      status: null,
    });
  });

  it('cuts a year into two six-month windows counted back from its end', () => {
    const year = makePeriod('2025-01-01', '2026-01-01');
    const e = evidenceWith({
      duos: [duo('d', '2024-01-01', null, { mentorId: 'ann' })],
      workshops: [workshop('w', '2025-09-01')],
      workshopInvitations: [invitation('w', 'ann', false)],
    });
    const d5 = computeIndicator('D5', e, year);
    expect(d5.measures[1]).toMatchObject({
      numeratorIds: ['2025-07-01/2026-01-01'],
      denominator: 2,
      status: 'not_met',
    });
    expect(d5.status).toBe('not_met');
  });
});
