import { describe, expect, it } from 'vitest';
import { brusselsDate } from '../src/time/brussels-date.ts';
import { addDays, addMonths, daysBetween, isCalendarDate } from '../src/time/calendar-date.ts';
import { isDateInPeriod, isInstantInPeriod, makePeriod } from '../src/time/period.ts';

describe('brusselsDate', () => {
  it('maps a winter instant (UTC+1) to the Brussels calendar day', () => {
    expect(brusselsDate('2024-12-31T22:59:59Z')).toBe('2024-12-31');
    expect(brusselsDate('2024-12-31T23:00:00Z')).toBe('2025-01-01');
  });

  it('maps a summer instant (UTC+2) to the Brussels calendar day', () => {
    expect(brusselsDate('2025-06-30T21:59:59Z')).toBe('2025-06-30');
    expect(brusselsDate('2025-06-30T22:00:00Z')).toBe('2025-07-01');
  });

  it('follows the spring DST switch (last Sunday of March, 02:00 → 03:00)', () => {
    // 30 March 2025 starts at 23:00 UTC on the 29th (still UTC+1)…
    expect(brusselsDate('2025-03-29T22:59:59Z')).toBe('2025-03-29');
    expect(brusselsDate('2025-03-29T23:00:00Z')).toBe('2025-03-30');
    // …and 31 March starts at 22:00 UTC on the 30th (now UTC+2).
    expect(brusselsDate('2025-03-30T21:59:59Z')).toBe('2025-03-30');
    expect(brusselsDate('2025-03-30T22:00:00Z')).toBe('2025-03-31');
  });

  it('follows the autumn DST switch (last Sunday of October, 03:00 → 02:00)', () => {
    // 26 October 2025 starts at 22:00 UTC on the 25th (UTC+2)…
    expect(brusselsDate('2025-10-25T21:59:59Z')).toBe('2025-10-25');
    expect(brusselsDate('2025-10-25T22:00:00Z')).toBe('2025-10-26');
    // …and 27 October at 23:00 UTC on the 26th (back to UTC+1): that day has 25 hours.
    expect(brusselsDate('2025-10-26T22:59:59Z')).toBe('2025-10-26');
    expect(brusselsDate('2025-10-26T23:00:00Z')).toBe('2025-10-27');
  });

  it('honours an explicit offset in the instant', () => {
    expect(brusselsDate('2025-01-01T00:30:00+01:00')).toBe('2025-01-01');
    expect(brusselsDate('2025-01-01T00:30:00-05:00')).toBe('2025-01-01');
  });

  it('rejects a string that is not an instant', () => {
    expect(() => brusselsDate('yesterday')).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('clamps months to the last day of the target month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
  });

  it('counts days without time-zone effects across DST', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('recognises only real YYYY-MM-DD days', () => {
    expect(isCalendarDate('2025-02-28')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-2-28')).toBe(false);
  });
});

describe('periods: start inclusive, end exclusive, Brussels days', () => {
  const q1 = makePeriod('2025-01-01', '2025-04-01');

  it('includes the first day and excludes the end day', () => {
    expect(isDateInPeriod('2025-01-01', q1)).toBe(true);
    expect(isDateInPeriod('2025-03-31', q1)).toBe(true);
    expect(isDateInPeriod('2025-04-01', q1)).toBe(false);
    expect(isDateInPeriod('2024-12-31', q1)).toBe(false);
  });

  it('places instants by their Brussels day, not their UTC day', () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Brussels.
    expect(isInstantInPeriod('2024-12-31T23:30:00Z', q1)).toBe(true);
    // 22:30 UTC on 31 March is 00:30 on 1 April in Brussels (summer time): next quarter.
    expect(isInstantInPeriod('2025-03-31T22:30:00Z', q1)).toBe(false);
    expect(isInstantInPeriod('2025-03-31T21:59:59Z', q1)).toBe(true);
  });

  it('refuses an empty or reversed period', () => {
    expect(() => makePeriod('2025-04-01', '2025-04-01')).toThrow(RangeError);
    expect(() => makePeriod('2025-04-01', '2025-01-01')).toThrow(RangeError);
  });
});
