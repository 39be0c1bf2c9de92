import { describe, expect, it } from 'vitest';
import {
  afterActiveDays,
  checkInDueBy,
  contactDueBy,
  type DuoFollowUpFacts,
  isCheckInDue,
  isContactOverdue,
} from '../src/index.ts';

const facts = (over: Partial<DuoFollowUpFacts> = {}): DuoFollowUpFacts => ({
  startDate: '2026-01-05',
  endedOn: null,
  contactIntervalDays: 14,
  lastContactOn: null,
  lastCheckInOn: null,
  pauses: [],
  ...over,
});

describe('contact due (D2)', () => {
  it('is due 14 days after the last contact and overdue the day after', () => {
    const duo = facts({ lastContactOn: '2026-02-01' });
    expect(contactDueBy(duo)).toBe('2026-02-15');
    expect(isContactOverdue(duo, '2026-02-15')).toBe(false);
    expect(isContactOverdue(duo, '2026-02-16')).toBe(true);
  });

  it('counts from the start while nobody logged a contact', () => {
    expect(contactDueBy(facts())).toBe('2026-01-19');
  });

  it('does not count paused days, and is never overdue during a pause', () => {
    const paused = facts({
      lastContactOn: '2026-02-01',
      pauses: [{ from: '2026-02-10', until: '2026-02-20' }],
    });
    expect(contactDueBy(paused)).toBe('2026-02-25');
    expect(isContactOverdue(paused, '2026-02-16')).toBe(false);
    const open = facts({
      lastContactOn: '2026-02-01',
      pauses: [{ from: '2026-02-10', until: null }],
    });
    expect(contactDueBy(open)).toBeNull();
    expect(isContactOverdue(open, '2026-06-01')).toBe(false);
  });

  it('ignores a pause that ended before the last contact or starts after the due day', () => {
    const duo = facts({
      lastContactOn: '2026-02-01',
      pauses: [
        { from: '2026-01-10', until: '2026-01-20' },
        { from: '2026-02-15', until: '2026-03-01' },
      ],
    });
    expect(contactDueBy(duo)).toBe('2026-02-15');
  });

  it('extends across two pauses in a row', () => {
    expect(
      afterActiveDays('2026-02-01', 14, [
        { from: '2026-02-12', until: '2026-02-14' },
        { from: '2026-02-03', until: '2026-02-05' },
      ]),
    ).toBe('2026-02-19');
  });

  it('owes nothing once the duo has ended', () => {
    expect(isContactOverdue(facts({ endedOn: '2026-03-01' }), '2026-06-01')).toBe(false);
  });
});

describe('check-in due (D3)', () => {
  it('is due within 42 days of the last check-in, pauses or not', () => {
    const duo = facts({
      lastCheckInOn: '2026-02-01',
      pauses: [{ from: '2026-02-02', until: '2026-02-20' }],
    });
    expect(checkInDueBy(duo)).toBe('2026-03-14');
    expect(isCheckInDue(duo, '2026-03-14')).toBe(false);
    expect(isCheckInDue(duo, '2026-03-15')).toBe(true);
  });
});
