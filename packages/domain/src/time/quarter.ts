import { addDays, addMonths, type CalendarDate } from './calendar-date.ts';
import type { Period } from './period.ts';

/** How many quarters a trend shows: the last two years. */
export const TREND_QUARTERS = 8;

/**
 * A calendar quarter as a reporting period (Brussels days, end exclusive). The current one
 * ends after today: a quarter not over yet is judged on what has happened so far, never on
 * days still to come (a fortnight without contact that has not been lived is no miss).
 */
export interface Quarter extends Period {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  /** Whether the quarter is cut at today because it is not over yet. */
  readonly soFar: boolean;
}

function quarterStart(year: number, quarter: number): CalendarDate {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * The last `count` calendar quarters ending with the one that holds `today` (a Brussels
 * calendar day), oldest first.
 */
export function lastQuarters(today: CalendarDate, count: number = TREND_QUARTERS): Quarter[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`quarters: ${count}`);
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters: Quarter[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const index = year * 4 + (current - 1) - back;
    const quarterYear = Math.floor(index / 4);
    const quarter = ((index % 4) + 1) as Quarter['quarter'];
    const start = quarterStart(quarterYear, quarter);
    const end = addMonths(start, 3);
    const soFar = back === 0 && addDays(today, 1) < end;
    quarters.push({
      year: quarterYear,
      quarter,
      start,
      end: soFar ? addDays(today, 1) : end,
      soFar,
    });
  }
  return quarters;
}
