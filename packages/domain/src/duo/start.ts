import type { DuoRole } from '../evidence/record.ts';
import { brusselsDate } from '../time/brussels-date.ts';
import { addMonths, type CalendarDate, type Instant } from '../time/calendar-date.ts';
import {
  DUO_ROLES,
  type FirstMeetingStatus,
  type MatchStatus,
  type ValidationAnswer,
} from './values.ts';

/**
 * The rules from a decided match to a started duo (C3–C5): who has to do what next, and
 * when the duo may start. The API, the portal and the staff screens all read these.
 */

export interface SideAnswer {
  role: DuoRole;
  answer: ValidationAnswer;
  at: Instant;
}

export interface DuoStartState {
  matchStatus: MatchStatus;
  /** Statuses of the match's first meetings (a cancelled one may sit beside its replacement). */
  firstMeetings: readonly FirstMeetingStatus[];
  validations: readonly SideAnswer[];
  /** The current (not superseded) agreement, with the sides that accepted this version. */
  agreement: { acceptedBy: readonly DuoRole[] } | null;
}

/** What the match waits for next, and on whom. */
export type DuoWaiting =
  | { step: 'first_meeting'; on: 'staff' }
  | { step: 'validation'; on: DuoRole[] }
  | { step: 'agreement_issue'; on: 'staff' }
  | { step: 'acceptance'; on: DuoRole[] }
  | { step: 'start'; on: 'nobody' }
  | { step: 'closed'; on: 'nobody' };

/** The latest answer per side (an answer may be changed; the last one holds). */
export function latestAnswers(
  validations: readonly SideAnswer[],
): Record<DuoRole, ValidationAnswer | null> {
  const latest: Record<DuoRole, SideAnswer | null> = { mentor: null, mentee: null };
  for (const v of validations) {
    const current = latest[v.role];
    if (current === null || Date.parse(v.at) >= Date.parse(current.at)) latest[v.role] = v;
  }
  return { mentor: latest.mentor?.answer ?? null, mentee: latest.mentee?.answer ?? null };
}

/** Validation comes after the first meeting took place (C4 follows C3). */
export function firstMeetingHeld(state: Pick<DuoStartState, 'firstMeetings'>): boolean {
  return state.firstMeetings.includes('held');
}

export function bothConfirmed(validations: readonly SideAnswer[]): boolean {
  const answers = latestAnswers(validations);
  return answers.mentor === 'confirmed' && answers.mentee === 'confirmed';
}

export function duoWaiting(state: DuoStartState): DuoWaiting {
  if (state.matchStatus !== 'proposed') return { step: 'closed', on: 'nobody' };
  if (!firstMeetingHeld(state)) return { step: 'first_meeting', on: 'staff' };
  const answers = latestAnswers(state.validations);
  const unanswered = DUO_ROLES.filter((side) => answers[side] !== 'confirmed');
  if (unanswered.length > 0) return { step: 'validation', on: unanswered };
  if (state.agreement === null) return { step: 'agreement_issue', on: 'staff' };
  const accepted = state.agreement.acceptedBy;
  const pending = DUO_ROLES.filter((side) => !accepted.includes(side));
  if (pending.length > 0) return { step: 'acceptance', on: pending };
  return { step: 'start', on: 'nobody' };
}

/** Both validated after a held first meeting, and both accepted the current agreement. */
export function canStartDuo(state: DuoStartState): boolean {
  return duoWaiting(state).step === 'start';
}

/** The duo's first day (Brussels) and its planned end, the agreement's duration later (D1). */
export function duoDates(
  startedAt: Instant,
  durationMonths: number,
): { startDate: CalendarDate; plannedEndDate: CalendarDate } {
  const startDate = brusselsDate(startedAt);
  return { startDate, plannedEndDate: addMonths(startDate, durationMonths) };
}
