import type { DuoRole } from '../evidence/record.ts';
import type { CalendarDate, Instant } from '../time/calendar-date.ts';
import type { FirstMeetingStatus, MatchStatus, ValidationAnswer } from './values.ts';

/**
 * Where a match stands on its way to an active duo, for the staff overview:
 * first meeting to plan → planned → held, waiting for both answers → validated, waiting for
 * the agreement → active; or declined / cancelled with the reason kept.
 */
export const DUO_STAGES = [
  'to_plan',
  'meeting_planned',
  'awaiting_validation',
  'awaiting_agreement',
  'active',
  'declined',
  'cancelled',
] as const;
export type DuoStageKey = (typeof DUO_STAGES)[number];

/** Whom a stage waits on: a participant, or staff (who still have to issue the agreement). */
export type StageWaitingOn = DuoRole | 'staff';

export type DuoStage =
  | { stage: 'to_plan' }
  | { stage: 'meeting_planned'; startsAt: Instant }
  | { stage: 'awaiting_validation'; heldAt: Instant; waitingOn: DuoRole[] }
  | { stage: 'awaiting_agreement'; waitingOn: StageWaitingOn[] }
  | { stage: 'active'; since: CalendarDate | null }
  | { stage: 'declined' | 'cancelled'; closedAt: Instant | null; reason: string | null };

export interface DuoStageEvidence {
  match: { status: MatchStatus; closedAt: Instant | null; closeReason: string | null };
  firstMeetings: readonly { status: FirstMeetingStatus; startsAt: Instant }[];
  validations: readonly { role: DuoRole; answer: ValidationAnswer; answeredAt: Instant }[];
  /** The current (not superseded) agreement and the roles that accepted it, if issued. */
  agreement: { acceptedBy: readonly DuoRole[] } | null;
  duo: { startDate: CalendarDate } | null;
}

const ROLES: readonly DuoRole[] = ['mentor', 'mentee'];

export function duoStage(evidence: DuoStageEvidence): DuoStage {
  const { match } = evidence;
  if (match.status === 'declined' || match.status === 'cancelled')
    return { stage: match.status, closedAt: match.closedAt, reason: match.closeReason };
  if (match.status === 'started' || evidence.duo)
    return { stage: 'active', since: evidence.duo?.startDate ?? null };

  const held = latest(evidence.firstMeetings.filter((m) => m.status === 'held'));
  if (!held) {
    const planned = evidence.firstMeetings.find((m) => m.status === 'planned');
    return planned
      ? { stage: 'meeting_planned', startsAt: planned.startsAt }
      : { stage: 'to_plan' };
  }

  const unconfirmed = ROLES.filter((role) => latestAnswer(evidence, role) !== 'confirmed');
  if (unconfirmed.length > 0)
    return { stage: 'awaiting_validation', heldAt: held.startsAt, waitingOn: unconfirmed };
  if (!evidence.agreement) return { stage: 'awaiting_agreement', waitingOn: ['staff'] };
  const accepted = evidence.agreement.acceptedBy;
  return { stage: 'awaiting_agreement', waitingOn: ROLES.filter((r) => !accepted.includes(r)) };
}

/** The answer of a role that holds: the latest given. */
function latestAnswer(evidence: DuoStageEvidence, role: DuoRole): ValidationAnswer | null {
  let found: DuoStageEvidence['validations'][number] | null = null;
  for (const v of evidence.validations) {
    if (v.role !== role) continue;
    if (!found || Date.parse(v.answeredAt) >= Date.parse(found.answeredAt)) found = v;
  }
  return found?.answer ?? null;
}

function latest<T extends { startsAt: Instant }>(meetings: readonly T[]): T | null {
  let found: T | null = null;
  for (const m of meetings)
    if (!found || Date.parse(m.startsAt) > Date.parse(found.startsAt)) found = m;
  return found;
}
