/**
 * Dates in Tandem's domain come in two kinds, and each record field says which:
 *
 * - `CalendarDate` — a day as people in the programme write it, `YYYY-MM-DD`, meaning the
 *   calendar day in Europe/Brussels (a duo's start, a contact, a check-in, a review date).
 * - `Instant` — a moment the system recorded, ISO 8601 with `Z` or an offset
 *   (a message sent, an agreement accepted, a decision taken).
 *
 * Both are plain strings so records travel through JSON and SQL unchanged. Zero-padded
 * `YYYY-MM-DD` strings sort like the days they name, so comparisons use string order.
 */
export type CalendarDate = string;
export type Instant = string;

const MS_PER_DAY = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const parts = CALENDAR_DATE.exec(value);
  if (parts === null) return false;
  return fromDayNumber(dayNumber(value)) === value;
}

/** Days since 1970-01-01; lets day arithmetic ignore time zones entirely. */
export function dayNumber(date: CalendarDate): number {
  const parts = CALENDAR_DATE.exec(date);
  if (parts === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) / MS_PER_DAY;
}

export function fromDayNumber(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February),
 * so "six months after 31 August" is 28 February, not 3 March.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const parts = CALENDAR_DATE.exec(date);
  if (parts === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  const monthIndex = Number(parts[1]) * 12 + Number(parts[2]) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(parts[3]), lastDay);
  return fromDayNumber(Date.UTC(year, month, day) / MS_PER_DAY);
}

export function instantMs(instant: Instant): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${instant}`);
  return ms;
}
