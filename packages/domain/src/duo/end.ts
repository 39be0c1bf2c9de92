import type { CalendarDate } from '../time/calendar-date.ts';
import { addDays } from '../time/calendar-date.ts';
import type { DUO_END_KINDS } from './guidance-values.ts';

/**
 * E1: whether a duo's end is planned or early, and which last days can be recorded.
 *
 * A duo's planned end date is its start plus the agreement's months (the day after six full
 * months). An end whose last day falls within two weeks before that date is the planned end:
 * people round "the end of the six months" to the last meeting, a holiday or a week-end, and
 * calling such an end early would ask for a reason nobody has. Anything earlier is early.
 */
export const PLANNED_END_TOLERANCE_DAYS = 14;

export type DuoEndKind = (typeof DUO_END_KINDS)[number];

export function duoEndKind(lastDay: CalendarDate, plannedEndDate: CalendarDate): DuoEndKind {
  return lastDay >= addDays(plannedEndDate, -PLANNED_END_TOLERANCE_DAYS) ? 'planned' : 'early';
}

export type DuoEndRefusal = 'already_ended' | 'before_start' | 'in_future' | 'reason_required';

/**
 * Why an end cannot be recorded, or null. The last day is a day of the duo's life that has
 * come: today or earlier, never before its start, since an end is written down when it has
 * happened (a planned end still to come shows on the caseload, not as an end). An early end
 * needs a reason from the list; a planned end needs none.
 */
export function duoEndRefusal(
  duo: { readonly startDate: CalendarDate; readonly endedOn: CalendarDate | null },
  end: { readonly lastDay: CalendarDate; readonly kind: DuoEndKind; readonly hasReason: boolean },
  today: CalendarDate,
): DuoEndRefusal | null {
  if (duo.endedOn !== null) return 'already_ended';
  if (end.lastDay < duo.startDate) return 'before_start';
  if (end.lastDay > today) return 'in_future';
  if (end.kind === 'early' && !end.hasReason) return 'reason_required';
  return null;
}
