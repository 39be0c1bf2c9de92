import { describe, expect, it } from 'vitest';
import { duoEndKind, duoEndRefusal, PLANNED_END_TOLERANCE_DAYS } from '../src/index.ts';

describe('planned or early end (E1)', () => {
  it('is planned from two weeks before the planned end date on, early a day before that', () => {
    expect(PLANNED_END_TOLERANCE_DAYS).toBe(14);
    expect(duoEndKind('2026-03-01', '2026-03-01')).toBe('planned');
    expect(duoEndKind('2026-02-28', '2026-03-01')).toBe('planned');
    expect(duoEndKind('2026-02-15', '2026-03-01')).toBe('planned');
    expect(duoEndKind('2026-02-14', '2026-03-01')).toBe('early');
    expect(duoEndKind('2026-05-01', '2026-03-01')).toBe('planned');
  });
});

describe('which ends can be recorded', () => {
  const running = { startDate: '2026-01-05', endedOn: null };
  const end = { lastDay: '2026-02-10', kind: 'early' as const, hasReason: true };
  it('takes today or an earlier day of the duo’s life', () => {
    expect(duoEndRefusal(running, end, '2026-02-10')).toBeNull();
    expect(duoEndRefusal(running, { ...end, lastDay: '2026-01-05' }, '2026-02-10')).toBeNull();
  });
  it('refuses tomorrow, a day before the start and a duo already ended', () => {
    expect(duoEndRefusal(running, end, '2026-02-09')).toBe('in_future');
    expect(duoEndRefusal(running, { ...end, lastDay: '2026-01-04' }, '2026-02-10')).toBe(
      'before_start',
    );
    expect(duoEndRefusal({ ...running, endedOn: '2026-02-01' }, end, '2026-02-10')).toBe(
      'already_ended',
    );
  });
  it('asks a reason of an early end only', () => {
    expect(duoEndRefusal(running, { ...end, hasReason: false }, '2026-02-10')).toBe(
      'reason_required',
    );
    expect(
      duoEndRefusal(running, { ...end, kind: 'planned', hasReason: false }, '2026-02-10'),
    ).toBeNull();
  });
});
