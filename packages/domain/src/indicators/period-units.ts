import type { Duo } from '../evidence/duo.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { DuoRole, RecordId } from '../evidence/record.ts';
import type { Application, Decision } from '../evidence/selection.ts';
import type { CalendarDate } from '../time/calendar-date.ts';
import { addDays } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import { isDateInPeriod, isInstantInPeriod } from '../time/period.ts';

/**
 * Which records a period is about. Every indicator places its units in the period by one
 * date (acceptance, start, end, …) on the Brussels calendar, start inclusive, end exclusive.
 * Evidence that follows a unit (a message, a referral, an evaluation) counts whenever it was
 * recorded, unless the criterion itself is about timing (A1, A3, A5, C4, C5, D3): late entries
 * improve a past period until a snapshot freezes it.
 */

export function groupBy<T>(items: readonly T[], key: (item: T) => RecordId): Map<RecordId, T[]> {
  const groups = new Map<RecordId, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

export function indexById<T extends { readonly id: RecordId }>(
  items: readonly T[],
): Map<RecordId, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export interface Acceptance {
  readonly application: Application;
  readonly decision: Decision;
}

/**
 * Applications of one role accepted in the period, one per application: if an application
 * was (wrongly) accepted twice, the earliest acceptance in the period is the one judged.
 */
export function acceptancesInPeriod(
  evidence: ProgrammeEvidence,
  role: DuoRole,
  period: Period,
): Acceptance[] {
  const applications = indexById(evidence.applications);
  const earliest = new Map<RecordId, Acceptance>();
  for (const decision of evidence.decisions) {
    if (decision.outcome !== 'accepted' || !isInstantInPeriod(decision.decidedAt, period)) continue;
    const application = applications.get(decision.applicationId);
    if (application === undefined || application.role !== role) continue;
    const known = earliest.get(application.id);
    if (
      known === undefined ||
      Date.parse(decision.decidedAt) < Date.parse(known.decision.decidedAt)
    ) {
      earliest.set(application.id, { application, decision });
    }
  }
  return [...earliest.values()];
}

export function decisionsInPeriod(
  evidence: ProgrammeEvidence,
  role: DuoRole,
  period: Period,
): { decision: Decision; application: Application }[] {
  const applications = indexById(evidence.applications);
  const result: { decision: Decision; application: Application }[] = [];
  for (const decision of evidence.decisions) {
    const application = applications.get(decision.applicationId);
    if (application === undefined || application.role !== role) continue;
    if (isInstantInPeriod(decision.decidedAt, period)) result.push({ decision, application });
  }
  return result;
}

/** The duo's last active day, or null while it runs. */
export function lastDayOf(duo: Duo): CalendarDate | null {
  return duo.end === null ? null : duo.end.on;
}

export function isActiveOn(duo: Duo, date: CalendarDate): boolean {
  const last = lastDayOf(duo);
  return duo.startDate <= date && (last === null || date <= last);
}

export function duosStartedIn(evidence: ProgrammeEvidence, period: Period): Duo[] {
  return evidence.duos.filter((duo) => isDateInPeriod(duo.startDate, period));
}

/**
 * Duos whose last day falls in the period. A duo that ends after the period (or has not
 * ended) is still active as far as this period is concerned, whatever today is.
 */
export function duosEndedIn(evidence: ProgrammeEvidence, period: Period): Duo[] {
  return evidence.duos.filter((duo) => duo.end !== null && isDateInPeriod(duo.end.on, period));
}

/** Duos active on at least one day of the period. */
export function duosActiveDuring(evidence: ProgrammeEvidence, period: Period): Duo[] {
  return evidence.duos.filter((duo) => {
    const last = lastDayOf(duo);
    return duo.startDate < period.end && (last === null || last >= period.start);
  });
}

export function lastDayOfPeriod(period: Period): CalendarDate {
  return addDays(period.end, -1);
}
