import { CHECK_IN_WINDOW_DAYS } from '../indicators/coach-follow-up.ts';
import { addDays, type CalendarDate, dayNumber, fromDayNumber } from '../time/calendar-date.ts';

/**
 * What a duo owes next, day by day: the contact the agreement's rhythm asks for (D2) and the
 * coach's check-in (D3). The caseload page orders duos by these and the reminder jobs send
 * from them, so both read one rule.
 */

export interface DuoPauseSpan {
  readonly from: CalendarDate;
  /** Exclusive; null while the pause lasts. */
  readonly until: CalendarDate | null;
}

export interface DuoFollowUpFacts {
  readonly startDate: CalendarDate;
  /** Last day of the duo (inclusive); null while active. */
  readonly endedOn: CalendarDate | null;
  /** The longest gap the duo's agreement allows between two contacts. */
  readonly contactIntervalDays: number;
  readonly lastContactOn: CalendarDate | null;
  readonly lastCheckInOn: CalendarDate | null;
  readonly pauses: readonly DuoPauseSpan[];
}

export function isPausedOn(pauses: readonly DuoPauseSpan[], day: CalendarDate): boolean {
  return pauses.some((p) => p.from <= day && (p.until === null || day < p.until));
}

/**
 * The day `days` active days after `from`: days inside a pause do not count, so a duo that
 * paused for two weeks owes its next contact two weeks later. Null when an open pause
 * swallows the rest.
 */
export function afterActiveDays(
  from: CalendarDate,
  days: number,
  pauses: readonly DuoPauseSpan[],
): CalendarDate | null {
  const sorted = [...pauses].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let due = dayNumber(from) + days;
  for (const pause of sorted) {
    const start = Math.max(dayNumber(pause.from), dayNumber(from));
    if (start >= due) break;
    if (pause.until === null) return null;
    const end = dayNumber(pause.until);
    if (end > start) due += end - start;
  }
  return fromDayNumber(due);
}

/**
 * The last day by which the next contact is due: the last contact (or the start) plus the
 * agreement's interval in active days. Null once the duo has ended or while a pause lasts
 * without an end.
 */
export function contactDueBy(facts: DuoFollowUpFacts): CalendarDate | null {
  if (facts.endedOn !== null) return null;
  const from = facts.lastContactOn ?? facts.startDate;
  return afterActiveDays(from, facts.contactIntervalDays, facts.pauses);
}

/** Overdue from the day after `contactDueBy`, unless the duo is paused that day. */
export function isContactOverdue(facts: DuoFollowUpFacts, today: CalendarDate): boolean {
  const due = contactDueBy(facts);
  return due !== null && today > due && !isPausedOn(facts.pauses, today);
}

/**
 * The last day by which the coach's next check-in is due: the last check-in (or the start)
 * plus D3's 42-day window. Pauses do not move it: a coach calls a paused duo too.
 */
export function checkInDueBy(facts: DuoFollowUpFacts): CalendarDate | null {
  if (facts.endedOn !== null) return null;
  return addDays(facts.lastCheckInOn ?? facts.startDate, CHECK_IN_WINDOW_DAYS - 1);
}

export function isCheckInDue(facts: DuoFollowUpFacts, today: CalendarDate): boolean {
  const due = checkInDueBy(facts);
  return due !== null && today > due;
}
