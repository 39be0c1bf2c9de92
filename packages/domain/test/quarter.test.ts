import { describe, expect, it } from 'vitest';
import { brusselsDate } from '../src/time/brussels-date.ts';
import { lastQuarters, TREND_QUARTERS } from '../src/time/quarter.ts';

describe('lastQuarters', () => {
  it('gives the last two years of quarters by default, oldest first, the current one so far', () => {
    const quarters = lastQuarters('2026-08-14');
    expect(quarters).toHaveLength(TREND_QUARTERS);
    expect(quarters.map((q) => `${q.year} Q${q.quarter}`)).toEqual([
      '2024 Q4',
      '2025 Q1',
      '2025 Q2',
      '2025 Q3',
      '2025 Q4',
      '2026 Q1',
      '2026 Q2',
      '2026 Q3',
    ]);
    expect(quarters[0]).toEqual({
      year: 2024,
      quarter: 4,
      start: '2024-10-01',
      end: '2025-01-01',
      soFar: false,
    });
    // The current quarter ends after today: the days still to come are not judged.
    expect(quarters[7]).toEqual({
      year: 2026,
      quarter: 3,
      start: '2026-07-01',
      end: '2026-08-15',
      soFar: true,
    });
  });

  it('tiles: each quarter starts where the one before ends', () => {
    const quarters = lastQuarters('2026-02-03', 12);
    for (let i = 1; i < quarters.length; i++) expect(quarters[i]?.start).toBe(quarters[i - 1]?.end);
  });

  it('counts the quarter whole on its last day, and a new one from its first', () => {
    expect(lastQuarters('2026-03-31', 1)).toEqual([
      { year: 2026, quarter: 1, start: '2026-01-01', end: '2026-04-01', soFar: false },
    ]);
    expect(lastQuarters('2026-04-01', 2).map((q) => [q.start, q.end, q.soFar])).toEqual([
      ['2026-01-01', '2026-04-01', false],
      ['2026-04-01', '2026-04-02', true],
    ]);
  });

  it('follows the Brussels day: 31 December 23:30 UTC is already the new year', () => {
    const [quarter] = lastQuarters(brusselsDate('2025-12-31T23:30:00Z'), 1);
    expect(quarter).toMatchObject({ year: 2026, quarter: 1, start: '2026-01-01' });
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => lastQuarters('2026-01-01', 0)).toThrow(RangeError);
    expect(() => lastQuarters('2026-01-01', 1.5)).toThrow(RangeError);
  });
});
