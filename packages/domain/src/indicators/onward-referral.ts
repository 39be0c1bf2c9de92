import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import { requiresOnwardReferral } from '../intake/rules.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { decisionsInPeriod, groupBy } from './period-units.ts';

/**
 * B5: share of mentees refused as unsuitable ("needs other support") in the period who
 * received an onward referral.
 *
 * - Unit: the mentee (ID = person ID), because the criterion is about people: a mentee
 *   refused twice as unsuitable in the period counts once.
 * - That mentee counts as referred only when *each* of those refusals has a sent onward
 *   referral: someone who comes back and is turned away again is owed a new pointer.
 * - "Sent" is enough; receipt is recorded where the partner uses the platform but many
 *   partners do not, so it cannot be required.
 */
export function onwardReferralIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const referred = new Set(
    evidence.onwardReferrals.filter((r) => r.sentAt !== null).map((r) => r.decisionId),
  );
  const unsuitable = decisionsInPeriod(evidence, 'mentee', period).filter(
    ({ decision, application }) =>
      decision.outcome === 'refused' &&
      requiresOnwardReferral(application.role, decision.reasonCode),
  );
  const byMentee = groupBy(unsuitable, ({ application }) => application.personId);
  const numerator: RecordId[] = [];
  for (const [menteeId, refusals] of byMentee) {
    if (refusals.every(({ decision }) => referred.has(decision.id))) numerator.push(menteeId);
  }
  return indicatorValue('B5', [shareMeasure('share', numerator, byMentee.keys(), target)]);
}
