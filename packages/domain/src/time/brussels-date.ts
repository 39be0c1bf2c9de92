import type { CalendarDate, Instant } from './calendar-date.ts';
import { instantMs } from './calendar-date.ts';

/**
 * The programme's calendar is Belgian: a message sent at 23:30 UTC on 31 December counts
 * for 1 January. Intl carries the tz database, so summer time needs no table of our own.
 */
const BRUSSELS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function brusselsDate(instant: Instant): CalendarDate {
  let year = '';
  let month = '';
  let day = '';
  for (const part of BRUSSELS.formatToParts(instantMs(instant))) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}
