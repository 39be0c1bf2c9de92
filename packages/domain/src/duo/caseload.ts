import type { CalendarDate } from '../time/calendar-date.ts';
import {
  checkInDueBy,
  contactDueBy,
  type DuoFollowUpFacts,
  isCheckInDue,
  isContactOverdue,
} from './follow-up.ts';
import type { CHECK_IN_GOING } from './guidance-values.ts';
import { isOutcomeFollowUpCallDue } from './outcome-follow-up.ts';

/**
 * A coach's caseload (D3): which of their duos need a call first, and why. The reasons come
 * from the one rule of what a duo owes next (`follow-up.ts`) and from the last check-in.
 */

export type CheckInGoing = (typeof CHECK_IN_GOING)[number];

export interface CaseloadFacts extends DuoFollowUpFacts {
  /** How it went and whether follow-up was asked for, at the latest check-in. */
  readonly lastCheckIn: { readonly going: CheckInGoing; readonly followUpNeeded: boolean } | null;
  /** An ended duo: the day its mentee was asked the +6-month questions, while unanswered. */
  readonly outcomeFollowUpAskedOn?: CalendarDate | null;
}

/** In the order of need: a reason earlier in the list weighs more than any later one. */
export const CASELOAD_REASONS = [
  'contact_overdue',
  'check_in_due',
  'follow_up',
  'going_difficult',
  'going_mixed',
  'outcome_follow_up_call',
] as const;
export type CaseloadReason = (typeof CASELOAD_REASONS)[number];

export interface CaseloadNeed {
  readonly reasons: readonly CaseloadReason[];
  readonly contactDueBy: CalendarDate | null;
  readonly checkInDueBy: CalendarDate | null;
}

export function caseloadNeed(facts: CaseloadFacts, today: CalendarDate): CaseloadNeed {
  const reasons: CaseloadReason[] = [];
  if (isContactOverdue(facts, today)) reasons.push('contact_overdue');
  if (isCheckInDue(facts, today)) reasons.push('check_in_due');
  if (facts.lastCheckIn?.followUpNeeded) reasons.push('follow_up');
  if (facts.lastCheckIn?.going === 'difficult') reasons.push('going_difficult');
  if (facts.lastCheckIn?.going === 'mixed') reasons.push('going_mixed');
  if (isOutcomeFollowUpCallDue(facts.outcomeFollowUpAskedOn ?? null, today))
    reasons.push('outcome_follow_up_call');
  return { reasons, contactDueBy: contactDueBy(facts), checkInDueBy: checkInDueBy(facts) };
}

const weight = (need: CaseloadNeed) =>
  CASELOAD_REASONS.reduce(
    (sum, reason, i) =>
      need.reasons.includes(reason) ? sum + 2 ** (CASELOAD_REASONS.length - 1 - i) : sum,
    0,
  );

const compareDates = (a: CalendarDate | null, b: CalendarDate | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * Most in need first: by the weightiest reasons, then by the check-in that has waited
 * longest, then by the contact that is due first.
 */
export function compareByNeed(a: CaseloadNeed, b: CaseloadNeed): number {
  return (
    weight(b) - weight(a) ||
    compareDates(a.checkInDueBy, b.checkInDueBy) ||
    compareDates(a.contactDueBy, b.contactDueBy)
  );
}
