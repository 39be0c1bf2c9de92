import { describe, expect, it } from 'vitest';
import {
  bothConfirmed,
  canStartDuo,
  type DuoStartState,
  duoDates,
  duoWaiting,
  latestAnswers,
} from '../src/duo/start.ts';

const base: DuoStartState = {
  matchStatus: 'proposed',
  firstMeetings: ['held'],
  validations: [],
  agreement: null,
};
const confirmedBoth = [
  { role: 'mentor' as const, answer: 'confirmed' as const, at: '2026-03-02T10:00:00Z' },
  { role: 'mentee' as const, answer: 'confirmed' as const, at: '2026-03-02T11:00:00Z' },
];

describe('duoWaiting', () => {
  it('waits on staff for the first meeting while none was held', () => {
    expect(duoWaiting({ ...base, firstMeetings: [] })).toEqual({
      step: 'first_meeting',
      on: 'staff',
    });
    expect(duoWaiting({ ...base, firstMeetings: ['planned', 'cancelled'] }).step).toBe(
      'first_meeting',
    );
  });

  it('waits on each side that has not confirmed', () => {
    expect(duoWaiting(base)).toEqual({ step: 'validation', on: ['mentor', 'mentee'] });
    expect(duoWaiting({ ...base, validations: confirmedBoth.slice(0, 1) })).toEqual({
      step: 'validation',
      on: ['mentee'],
    });
  });

  it('waits on staff for the agreement once both confirmed, then on who has not accepted', () => {
    expect(duoWaiting({ ...base, validations: confirmedBoth })).toEqual({
      step: 'agreement_issue',
      on: 'staff',
    });
    expect(
      duoWaiting({ ...base, validations: confirmedBoth, agreement: { acceptedBy: ['mentee'] } }),
    ).toEqual({ step: 'acceptance', on: ['mentor'] });
  });

  it('is ready to start when both accepted the current agreement, and closed otherwise', () => {
    const ready = {
      ...base,
      validations: confirmedBoth,
      agreement: { acceptedBy: ['mentee', 'mentor'] as const },
    };
    expect(duoWaiting(ready)).toEqual({ step: 'start', on: 'nobody' });
    expect(canStartDuo(ready)).toBe(true);
    expect(canStartDuo({ ...ready, matchStatus: 'started' })).toBe(false);
    expect(duoWaiting({ ...ready, matchStatus: 'declined' }).step).toBe('closed');
  });
});

describe('latestAnswers', () => {
  it('takes the latest answer per side, whatever the order given', () => {
    const validations = [
      { role: 'mentor' as const, answer: 'confirmed' as const, at: '2026-03-03T10:00:00Z' },
      { role: 'mentor' as const, answer: 'declined' as const, at: '2026-03-01T10:00:00Z' },
      { role: 'mentee' as const, answer: 'declined' as const, at: '2026-03-04T10:00:00Z' },
      { role: 'mentee' as const, answer: 'confirmed' as const, at: '2026-03-02T10:00:00Z' },
    ];
    expect(latestAnswers(validations)).toEqual({ mentor: 'confirmed', mentee: 'declined' });
    expect(bothConfirmed(validations)).toBe(false);
    expect(bothConfirmed(confirmedBoth)).toBe(true);
  });
});

describe('duoDates', () => {
  it('starts on the Brussels day and ends the agreed number of months later', () => {
    expect(duoDates('2026-01-31T23:30:00Z', 6)).toEqual({
      startDate: '2026-02-01',
      plannedEndDate: '2026-08-01',
    });
    expect(duoDates('2025-08-31T10:00:00Z', 6)).toEqual({
      startDate: '2025-08-31',
      plannedEndDate: '2026-02-28',
    });
  });
});
