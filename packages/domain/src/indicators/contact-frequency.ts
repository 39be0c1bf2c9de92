import type { MeasureTarget } from '../criteria/targets.ts';
import type { Contact } from '../evidence/duo.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import { D2_MAX_CONTACT_INTERVAL_DAYS } from '../programme/programme-rules.ts';
import { dayNumber, fromDayNumber } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure, valueMeasure } from './indicator-value.ts';
import { groupBy } from './period-units.ts';

/** The criterion's fortnight, whatever stricter rhythm a programme sets for itself. */
const FORTNIGHT_DAYS = D2_MAX_CONTACT_INTERVAL_DAYS;

/**
 * D2: share of active duo-fortnights that contain at least one contact, and the median gap
 * between contacts.
 *
 * Duo-fortnights: each duo's time is cut into 14-day windows from its own start day (days
 * 0–13, 14–27, …), because "at least fortnightly" is a rhythm of the duo, not of the
 * calendar.
 * - Only whole windows count: a duo that ends (or stops being observed) partway through a
 *   fortnight owes no contact for the stub, otherwise ending a duo would cost compliance.
 * - A window belongs to the period that contains its last day. Consecutive periods then
 *   share no window, and a window is judged only once it is complete; its contacts count
 *   even when some fall before the period's start.
 * - A duo still active at the period end contributes the windows completed by then.
 * - A window that overlaps a pause by even one day is not owed: it is neither in the
 *   denominator nor in the numerator, whatever contact it holds. A pause says "no contact
 *   expected now", and a fortnight that was only half lived cannot fairly be judged; windows
 *   keep their places from the duo's start, so the first whole window after the pause
 *   counts again.
 * - ID of a window: `<duo ID>/<first day of the window>`.
 *
 * median_contact_gap_days (no target): days between consecutive distinct contact days of a
 * duo, for gaps that end inside the period; several contacts on one day are one contact
 * day; a gap across a pause counts its calendar days. Median of all such gaps pooled across duos (mean of the middle two for an even count).
 * numerator = denominator = number of gaps; the ID lists hold, per gap, the contact that
 * ends it. No gaps: value null.
 */
export function contactFrequencyIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const periodStart = dayNumber(period.start);
  const periodEnd = dayNumber(period.end);
  const contactsByDuo = groupBy(evidence.contacts, (c) => c.duoId);
  const pausesByDuo = groupBy(evidence.pauses, (p) => p.duoId);
  const windows: RecordId[] = [];
  const windowsWithContact: RecordId[] = [];
  const gaps: number[] = [];
  const gapContactIds: RecordId[] = [];

  for (const duo of evidence.duos) {
    const start = dayNumber(duo.startDate);
    const last = duo.end === null ? Number.POSITIVE_INFINITY : dayNumber(duo.end.on);
    if (start >= periodEnd || last < periodStart) continue;
    const days = contactDays(contactsByDuo.get(duo.id) ?? [], start, last);
    const pauses = (pausesByDuo.get(duo.id) ?? []).map((p) => ({
      from: dayNumber(p.from),
      until: p.until === null ? Number.POSITIVE_INFINITY : dayNumber(p.until),
    }));

    const firstWindow = Math.max(
      0,
      Math.ceil((periodStart - (FORTNIGHT_DAYS - 1) - start) / FORTNIGHT_DAYS),
    );
    let cursor = 0;
    for (let k = firstWindow; ; k++) {
      const windowStart = start + k * FORTNIGHT_DAYS;
      const windowLast = windowStart + FORTNIGHT_DAYS - 1;
      if (windowLast >= periodEnd || windowLast > last) break;
      if (pauses.some((p) => p.from <= windowLast && p.until > windowStart)) continue;
      const id = `${duo.id}/${fromDayNumber(windowStart)}`;
      windows.push(id);
      while (cursor < days.length && (days[cursor] as ContactDay).day < windowStart) cursor++;
      if (cursor < days.length && (days[cursor] as ContactDay).day <= windowLast)
        windowsWithContact.push(id);
    }

    for (let i = 1; i < days.length; i++) {
      const current = days[i] as ContactDay;
      if (current.day >= periodStart && current.day < periodEnd) {
        gaps.push(current.day - (days[i - 1] as ContactDay).day);
        gapContactIds.push(current.contactId);
      }
    }
  }

  return indicatorValue('D2', [
    shareMeasure('share', windowsWithContact, windows, target),
    valueMeasure({
      key: 'median_contact_gap_days',
      unit: 'days',
      value: median(gaps),
      numerator: gaps.length,
      denominator: gaps.length,
      numeratorIds: gapContactIds,
      denominatorIds: gapContactIds,
      target: null,
    }),
  ]);
}

interface ContactDay {
  readonly day: number;
  /** The contact with the smallest ID that day, so the choice is reproducible in SQL. */
  readonly contactId: RecordId;
}

/** Distinct contact days within the duo's active time, ascending. */
function contactDays(contacts: readonly Contact[], start: number, last: number): ContactDay[] {
  const byDay = new Map<number, RecordId>();
  for (const contact of contacts) {
    const day = dayNumber(contact.on);
    if (day < start || day > last) continue;
    const known = byDay.get(day);
    if (known === undefined || contact.id < known) byDay.set(day, contact.id);
  }
  return [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, contactId]) => ({ day, contactId }));
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
