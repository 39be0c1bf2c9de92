import type { MeasureTarget } from '../criteria/targets.ts';
import type { Duo } from '../evidence/duo.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import type { CalendarDate } from '../time/calendar-date.ts';
import { addDays, addMonths } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import { isDateInPeriod } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { duosActiveDuring, isActiveOn, lastDayOf, lastDayOfPeriod } from './period-units.ts';

export const ACTIVE_MONTHS_BEFORE_INVITATION = 3;
export const WORKSHOP_CADENCE_MONTHS = 6;

/**
 * A mentor is owed workshop invitations once a duo has run three calendar months: from its
 * first active day `from` to `to`, both inclusive. The indicator and the invitation list
 * both judge by this.
 */
export function hasBeenActiveLongEnough(from: CalendarDate, to: CalendarDate): boolean {
  return addDays(to, 1) >= addMonths(from, ACTIVE_MONTHS_BEFORE_INVITATION);
}

/** Whether the mentor of `duo` should be invited to a workshop held on `on`. */
export function isOwedWorkshopInvitation(duo: Duo, on: CalendarDate): boolean {
  return isActiveOn(duo, on) && hasBeenActiveLongEnough(duo.startDate, on);
}

/**
 * D5: mentors can join workshops during their mentoring period.
 *
 * - share (headline): mentors active at least three months within the period who were
 *   invited to a workshop held in the period (ID = mentor's person ID). "Active three
 *   months" = one of their duos, clipped to the period, spans three calendar months
 *   (end day inclusive); mentors newer than that are not yet owed an invitation.
 * - workshop_cadence: "at least one workshop per six months" as the share of six-month
 *   windows, counted back from the period's end, that hold a workshop. Windows are whole:
 *   the part of a long period before the earliest whole window is not judged, and a period
 *   shorter than six months looks back before its start. Window ID: `<first day>/<end>`
 *   (end exclusive).
 * - workshop_attendance (no target, "attendance shown"): invitations to workshops in the
 *   period that were attended.
 */
export function workshopsIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  targets: { readonly share: MeasureTarget; readonly workshop_cadence: MeasureTarget },
): IndicatorValue {
  const periodLast = lastDayOfPeriod(period);
  const eligibleMentors = new Set<RecordId>();
  for (const duo of duosActiveDuring(evidence, period)) {
    // biome-ignore lint/complexity/useMathMinMax: these are YYYY-MM-DD strings, not numbers
    const from = duo.startDate > period.start ? duo.startDate : period.start;
    const duoLast = lastDayOf(duo);
    const to = duoLast !== null && duoLast < periodLast ? duoLast : periodLast;
    if (hasBeenActiveLongEnough(from, to)) eligibleMentors.add(duo.mentorId);
  }

  const workshopsInPeriod = evidence.workshops.filter((w) => isDateInPeriod(w.on, period));
  const workshopIds = new Set(workshopsInPeriod.map((w) => w.id));
  const invitations = evidence.workshopInvitations.filter((i) => workshopIds.has(i.workshopId));
  const invited = invitations.map((i) => i.mentorId).filter((id) => eligibleMentors.has(id));

  const windows: RecordId[] = [];
  const windowsWithWorkshop: RecordId[] = [];
  for (let k = 1; ; k++) {
    const windowStart = addMonths(period.end, -WORKSHOP_CADENCE_MONTHS * k);
    const windowEnd = addMonths(period.end, -WORKSHOP_CADENCE_MONTHS * (k - 1));
    if (k > 1 && windowStart < period.start) break;
    const id = `${windowStart}/${windowEnd}`;
    windows.push(id);
    if (evidence.workshops.some((w) => w.on >= windowStart && w.on < windowEnd))
      windowsWithWorkshop.push(id);
  }

  return indicatorValue('D5', [
    shareMeasure('share', invited, eligibleMentors, targets.share),
    shareMeasure('workshop_cadence', windowsWithWorkshop, windows, targets.workshop_cadence),
    shareMeasure(
      'workshop_attendance',
      invitations.filter((i) => i.attended).map((i) => i.id),
      invitations.map((i) => i.id),
      null,
    ),
  ]);
}
