import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { DuoRole, RecordId } from '../evidence/record.ts';
import type { Decision } from '../evidence/selection.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { decisionsInPeriod, groupBy } from './period-units.ts';

/**
 * A4 (mentors) and B4 (mentees): share of decisions taken in the period that were
 * communicated — a sent confirmation for an acceptance, a sent refusal carrying a reason
 * for a refusal.
 *
 * - Unit: the decision (ID = decision ID). A mentee refused twice is two decisions, and each
 *   one owes the person a message.
 * - "Sent" means the outbox recorded delivery (`sentAt`); a queued message is not yet sent.
 * - A refusal carries a reason when it has a reason code, and for 'other' also a text —
 *   "other" alone tells the person nothing.
 */
export function decisionMessageIndicator(
  criterionId: 'A4' | 'B4',
  role: DuoRole,
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const messages = groupBy(
    evidence.decisionMessages.filter((m) => m.sentAt !== null),
    (m) => m.decisionId,
  );
  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const { decision } of decisionsInPeriod(evidence, role, period)) {
    denominator.push(decision.id);
    const sent = messages.get(decision.id) ?? [];
    const communicated =
      decision.outcome === 'accepted'
        ? sent.some((m) => m.kind === 'confirmation')
        : hasReason(decision) && sent.some((m) => m.kind === 'refusal');
    if (communicated) numerator.push(decision.id);
  }
  return indicatorValue(criterionId, [shareMeasure('share', numerator, denominator, target)]);
}

function hasReason(decision: Decision): boolean {
  if (decision.reasonCode === null) return false;
  return decision.reasonCode !== 'other' || (decision.reasonText ?? '').trim() !== '';
}
