import type { CriterionId } from '../criteria/ids.ts';
import type { IndicatorTargets } from '../criteria/targets.ts';
import { DEFAULT_TARGETS } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { Period } from '../time/period.ts';
import { agreementIndicator } from './agreement.ts';
import { closingMeetingIndicator, earlyEndIndicator, evaluationIndicator } from './closure.ts';
import { coachFollowUpIndicator } from './coach-follow-up.ts';
import { contactFrequencyIndicator } from './contact-frequency.ts';
import { decisionMessageIndicator } from './decision-message.ts';
import { durationIndicator } from './duration.ts';
import { firstMeetingIndicator } from './first-meeting.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { infoSessionIndicator } from './info-session.ts';
import { interviewIndicator } from './interview.ts';
import { matchDecisionIndicator, matchScoreIndicator } from './match-decision.ts';
import { onwardReferralIndicator } from './onward-referral.ts';
import { menteeRecruitmentIndicator, mentorRecruitmentIndicator } from './recruitment-channels.ts';
import { resourcesIndicator } from './resources.ts';
import { trainingIndicator } from './training.ts';
import { validationIndicator } from './validation.ts';
import { workshopsIndicator } from './workshops.ts';

/**
 * The reference formula of every criterion: evidence + period + targets → indicator. These
 * define what the numbers mean; the SQL that computes them at scale is tested against them.
 */
export type IndicatorFormula = (
  evidence: ProgrammeEvidence,
  period: Period,
  targets: IndicatorTargets,
) => IndicatorValue;

export const INDICATOR_FORMULAS: { readonly [C in CriterionId]: IndicatorFormula } = {
  A1: (e, p, t) => infoSessionIndicator('A1', 'mentor', e, p, t.A1.share),
  A2: (e, p, t) => mentorRecruitmentIndicator(e, p, t.A2),
  A3: (e, p, t) => interviewIndicator('A3', 'mentor', e, p, t.A3.share),
  A4: (e, p, t) => decisionMessageIndicator('A4', 'mentor', e, p, t.A4.share),
  A5: (e, p, t) => trainingIndicator(e, p, t.A5),
  B1: (e, p, t) => menteeRecruitmentIndicator(e, p, t.B1),
  B2: (e, p, t) => infoSessionIndicator('B2', 'mentee', e, p, t.B2.share),
  B3: (e, p, t) => interviewIndicator('B3', 'mentee', e, p, t.B3.share),
  B4: (e, p, t) => decisionMessageIndicator('B4', 'mentee', e, p, t.B4.share),
  B5: (e, p, t) => onwardReferralIndicator(e, p, t.B5.share),
  C1: (e, p, t) => matchScoreIndicator(e, p, t.C1.share),
  C2: (e, p, t) => matchDecisionIndicator(e, p, t.C2.share),
  C3: (e, p, t) => firstMeetingIndicator(e, p, t.C3.share),
  C4: (e, p, t) => validationIndicator(e, p, t.C4.share),
  C5: (e, p, t) => agreementIndicator(e, p, t.C5.share),
  D1: (e, p, t) => durationIndicator(e, p, t.D1),
  D2: (e, p, t) => contactFrequencyIndicator(e, p, t.D2.share),
  D3: (e, p, t) => coachFollowUpIndicator(e, p, t.D3.share),
  D4: (e, p, t) => resourcesIndicator(e, p, t.D4.kinds_reviewed),
  D5: (e, p, t) => workshopsIndicator(e, p, t.D5),
  E1: (e, p, t) => earlyEndIndicator(e, p, t.E1.share),
  E2: (e, p, t) => closingMeetingIndicator(e, p, t.E2.share),
  E3: (e, p, t) => evaluationIndicator(e, p, t.E3.share),
};

export function computeIndicator(
  criterionId: CriterionId,
  evidence: ProgrammeEvidence,
  period: Period,
  targets: IndicatorTargets = DEFAULT_TARGETS,
): IndicatorValue {
  return INDICATOR_FORMULAS[criterionId](evidence, period, targets);
}

export function computeAllIndicators(
  evidence: ProgrammeEvidence,
  period: Period,
  targets: IndicatorTargets = DEFAULT_TARGETS,
): { readonly [C in CriterionId]: IndicatorValue } {
  const entries = Object.entries(INDICATOR_FORMULAS).map(
    ([id, formula]) => [id, formula(evidence, period, targets)] as const,
  );
  return Object.fromEntries(entries) as { readonly [C in CriterionId]: IndicatorValue };
}
