import { addDays, addMonths, type CalendarDate } from '../time/calendar-date.ts';
import { OUTCOME_FOLLOW_UP_MONTHS } from './closure-values.ts';

/**
 * The day the mentee's +6-month follow-up is asked: OUTCOME_FOLLOW_UP_MONTHS calendar months
 * after the duo's last day, clamped to the month's end as every month count here is (a duo
 * that ended on 31 August is asked on 28 or 29 February). The job asks from this day on, the
 * portal offers the questions from it.
 */
export function outcomeFollowUpDueOn(endedOn: CalendarDate): CalendarDate {
  return addMonths(endedOn, OUTCOME_FOLLOW_UP_MONTHS);
}

export function isOutcomeFollowUpDue(endedOn: CalendarDate | null, today: CalendarDate): boolean {
  return endedOn !== null && today >= outcomeFollowUpDueOn(endedOn);
}

/**
 * The job asks within this many days from the due day and not later: a duo that ended long
 * before the follow-up existed is not asked about "six months ago" years on.
 */
export const OUTCOME_FOLLOW_UP_ASK_DAYS = 28;

export function isOutcomeFollowUpToAsk(endedOn: CalendarDate, today: CalendarDate): boolean {
  const due = outcomeFollowUpDueOn(endedOn);
  return today >= due && today < addDays(due, OUTCOME_FOLLOW_UP_ASK_DAYS);
}

/** Without an answer this many days after the ask, the coach calls the mentee instead. */
export const OUTCOME_FOLLOW_UP_CALL_AFTER_DAYS = 14;

/** Whether a follow-up asked on `askedOn` and still unanswered now asks for a call. */
export function isOutcomeFollowUpCallDue(askedOn: CalendarDate | null, today: CalendarDate) {
  return askedOn !== null && today >= addDays(askedOn, OUTCOME_FOLLOW_UP_CALL_AFTER_DAYS);
}
