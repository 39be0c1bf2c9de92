import { brusselsDate } from './brussels-date.ts';
import type { CalendarDate, Instant } from './calendar-date.ts';
import { isCalendarDate } from './calendar-date.ts';

/**
 * A reporting period: from `start` (inclusive) to `end` (exclusive), both Brussels calendar
 * days. Half-open periods tile: a quarter ends where the next begins, so every record
 * falls in exactly one of consecutive periods.
 */
export interface Period {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

export function makePeriod(start: CalendarDate, end: CalendarDate): Period {
  if (!isCalendarDate(start) || !isCalendarDate(end)) {
    throw new RangeError(`period bounds must be YYYY-MM-DD: ${start} … ${end}`);
  }
  if (start >= end) throw new RangeError(`period must end after it starts: ${start} … ${end}`);
  return { start, end };
}

export function isDateInPeriod(date: CalendarDate, period: Period): boolean {
  return date >= period.start && date < period.end;
}

export function isInstantInPeriod(instant: Instant, period: Period): boolean {
  return isDateInPeriod(brusselsDate(instant), period);
}
