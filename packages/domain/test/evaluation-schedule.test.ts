import { describe, expect, it } from 'vitest';
import { evaluationReminderDueOn } from '../src/index.ts';

describe('the evaluation reminders (E3)', () => {
  const sentOn = '2026-03-02';

  it('reminds nobody in the first week', () => {
    expect(evaluationReminderDueOn(sentOn, '2026-03-02')).toBeNull();
    expect(evaluationReminderDueOn(sentOn, '2026-03-08')).toBeNull();
  });

  it('names the first reminder from day 7 and the second from day 14, then no third', () => {
    expect(evaluationReminderDueOn(sentOn, '2026-03-09')).toBe('2026-03-09');
    expect(evaluationReminderDueOn(sentOn, '2026-03-15')).toBe('2026-03-09');
    expect(evaluationReminderDueOn(sentOn, '2026-03-16')).toBe('2026-03-16');
    expect(evaluationReminderDueOn(sentOn, '2026-06-30')).toBe('2026-03-16');
  });

  it('crosses a month end by calendar days', () => {
    expect(evaluationReminderDueOn('2026-02-25', '2026-03-04')).toBe('2026-03-04');
  });
});
