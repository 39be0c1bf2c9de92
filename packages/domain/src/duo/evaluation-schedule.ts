import { addDays, type CalendarDate } from '../time/calendar-date.ts';

/**
 * When the evaluation of an ended duo (E3) is sent and reminded. The job sends it for a duo
 * whose end was recorded within EVALUATION_SEND_WITHIN_DAYS, so a duo that ended long before
 * evaluations existed is not asked about it years on; an open evaluation is reminded on each
 * of EVALUATION_REMINDER_DAYS after it was sent, and then no more.
 */
export const EVALUATION_SEND_WITHIN_DAYS = 30;

export const EVALUATION_REMINDER_DAYS = [7, 14] as const;

/**
 * The reminder due today for an evaluation sent on `sentOn`: the day of the latest step that
 * has come (a job that missed the first step sends the second only), or null before the
 * first. Keyed to that day, not to the run, so every run that sees it names the same one.
 */
export function evaluationReminderDueOn(
  sentOn: CalendarDate,
  today: CalendarDate,
): CalendarDate | null {
  let due: CalendarDate | null = null;
  for (const days of EVALUATION_REMINDER_DAYS) {
    const day = addDays(sentOn, days);
    if (today >= day) due = day;
  }
  return due;
}
