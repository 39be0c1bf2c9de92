import { describe, expect, it } from 'vitest';
import {
  caseloadNeed,
  isOutcomeFollowUpCallDue,
  isOutcomeFollowUpDue,
  isOutcomeFollowUpToAsk,
  outcomeFollowUpDueOn,
} from '../src/index.ts';

describe('the +6-month outcome follow-up', () => {
  it('is asked six calendar months after the last day, clamped at month ends', () => {
    expect(outcomeFollowUpDueOn('2026-01-15')).toBe('2026-07-15');
    expect(outcomeFollowUpDueOn('2025-08-31')).toBe('2026-02-28');
    expect(outcomeFollowUpDueOn('2027-08-31')).toBe('2028-02-29');
    expect(outcomeFollowUpDueOn('2025-12-31')).toBe('2026-06-30');
    expect(outcomeFollowUpDueOn('2026-02-28')).toBe('2026-08-28');
  });

  it('is due from that day on, never for a running duo', () => {
    expect(isOutcomeFollowUpDue('2025-08-31', '2026-02-27')).toBe(false);
    expect(isOutcomeFollowUpDue('2025-08-31', '2026-02-28')).toBe(true);
    expect(isOutcomeFollowUpDue('2025-08-31', '2026-03-01')).toBe(true);
    expect(isOutcomeFollowUpDue(null, '2030-01-01')).toBe(false);
  });

  it('is asked from the due day for four weeks, not years later', () => {
    expect(isOutcomeFollowUpToAsk('2025-08-31', '2026-02-27')).toBe(false);
    expect(isOutcomeFollowUpToAsk('2025-08-31', '2026-02-28')).toBe(true);
    expect(isOutcomeFollowUpToAsk('2025-08-31', '2026-03-27')).toBe(true);
    expect(isOutcomeFollowUpToAsk('2025-08-31', '2026-03-28')).toBe(false);
  });

  it('asks the coach to call 14 days after an unanswered ask', () => {
    expect(isOutcomeFollowUpCallDue('2026-02-28', '2026-03-13')).toBe(false);
    expect(isOutcomeFollowUpCallDue('2026-02-28', '2026-03-14')).toBe(true);
    expect(isOutcomeFollowUpCallDue(null, '2026-03-14')).toBe(false);
  });

  it('puts the call on the caseload of the ended duo, after the reasons of running duos', () => {
    const ended = {
      startDate: '2025-03-01',
      endedOn: '2025-08-31',
      contactIntervalDays: 14,
      lastContactOn: null,
      lastCheckInOn: null,
      pauses: [],
      lastCheckIn: null,
    };
    expect(caseloadNeed({ ...ended, outcomeFollowUpAskedOn: '2026-02-28' }, '2026-03-14')).toEqual({
      reasons: ['outcome_follow_up_call'],
      contactDueBy: null,
      checkInDueBy: null,
    });
    expect(
      caseloadNeed({ ...ended, outcomeFollowUpAskedOn: '2026-02-28' }, '2026-03-13').reasons,
    ).toEqual([]);
    expect(caseloadNeed(ended, '2026-03-14').reasons).toEqual([]);
  });
});
