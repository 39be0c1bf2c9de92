import { describe, expect, it } from 'vitest';
import { type CaseloadFacts, caseloadNeed, compareByNeed } from '../src/index.ts';

const facts = (over: Partial<CaseloadFacts> = {}): CaseloadFacts => ({
  startDate: '2026-01-05',
  endedOn: null,
  contactIntervalDays: 14,
  lastContactOn: '2026-03-01',
  lastCheckInOn: '2026-02-20',
  pauses: [],
  lastCheckIn: { going: 'well', followUpNeeded: false },
  ...over,
});
const today = '2026-03-10';

describe('the caseload (D3)', () => {
  it('names nothing for a duo that is fine', () => {
    expect(caseloadNeed(facts(), today).reasons).toEqual([]);
  });

  it('names every reason a duo needs a call, weightiest first', () => {
    const need = caseloadNeed(
      facts({
        lastContactOn: '2026-02-01',
        lastCheckInOn: '2026-01-20',
        lastCheckIn: { going: 'difficult', followUpNeeded: true },
      }),
      today,
    );
    expect(need.reasons).toEqual([
      'contact_overdue',
      'check_in_due',
      'follow_up',
      'going_difficult',
    ]);
    expect(need.checkInDueBy).toBe('2026-03-02');
  });

  it('counts the 42 days from the start while there was no check-in', () => {
    const young = facts({ startDate: '2026-02-01', lastCheckInOn: null, lastCheckIn: null });
    expect(caseloadNeed(young, '2026-03-14').reasons).toEqual([]);
    expect(caseloadNeed(young, '2026-03-15').reasons).toEqual(['check_in_due']);
  });

  it('orders an overdue contact above everything else, then difficult above mixed', () => {
    const overdue = caseloadNeed(facts({ lastContactOn: '2026-02-01' }), today);
    const checkIn = caseloadNeed(facts({ lastCheckInOn: '2026-01-01' }), today);
    const difficult = caseloadNeed(
      facts({ lastCheckIn: { going: 'difficult', followUpNeeded: false } }),
      today,
    );
    const mixed = caseloadNeed(
      facts({ lastCheckIn: { going: 'mixed', followUpNeeded: false } }),
      today,
    );
    const flagged = caseloadNeed(
      facts({ lastCheckIn: { going: 'well', followUpNeeded: true } }),
      today,
    );
    const fine = caseloadNeed(facts(), today);
    const sorted = [fine, mixed, difficult, flagged, checkIn, overdue].sort(compareByNeed);
    expect(sorted).toEqual([overdue, checkIn, flagged, difficult, mixed, fine]);
  });

  it('puts the check-in that has waited longest first among equals', () => {
    const older = caseloadNeed(facts({ lastCheckInOn: '2026-01-01' }), today);
    const newer = caseloadNeed(facts({ lastCheckInOn: '2026-01-15' }), today);
    expect([newer, older].sort(compareByNeed)).toEqual([older, newer]);
  });
});
