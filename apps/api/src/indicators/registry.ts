import type { Transaction } from '@tandem/db';
import {
  DEFAULT_TARGETS,
  type IndicatorTargets,
  type IndicatorValue,
  type MeasureKey,
  type WorkflowCriterionId,
} from '@tandem/domain';
import { agreementFamily, agreementValue } from './agreement.sql.ts';
import { closingMeetingFamily, closingMeetingValue } from './closing-meeting.sql.ts';
import { coachFollowUpFamily, coachFollowUpValue } from './coach-follow-up.sql.ts';
import { contactFrequencyFamily, contactFrequencyValue } from './contact-frequency.sql.ts';
import { decisionMessageFamily } from './decision-message.sql.ts';
import { durationFamily, durationValue } from './duration.sql.ts';
import { earlyEndFamily, earlyEndValue } from './early-end.sql.ts';
import { evaluationFamily, evaluationValue } from './evaluation.sql.ts';
import { firstMeetingFamily, firstMeetingValue } from './first-meeting.sql.ts';
import type { IndicatorFamily } from './indicator-family.ts';
import { type IndicatorScope, onePeriod, type PeriodsScope } from './indicator-scope.ts';
import { infoSessionFamily } from './info-session.sql.ts';
import { interviewFamily } from './interview.sql.ts';
import { matchDecisionFamily, matchDecisionValue, matchScoreValue } from './match-decision.sql.ts';
import {
  onwardReferralFamily,
  onwardReferralLister,
  onwardReferralValue,
} from './onward-referral.sql.ts';
import { roleShareValue } from './period-units.sql.ts';
import { applicationLister } from './records/application-records.ts';
import { channelLister } from './records/channel-records.ts';
import { duoClosingMeetingLister, duoEndLister } from './records/closure-records.ts';
import { decisionLister } from './records/decision-records.ts';
import { contactLister, duoSpanLister, fortnightLister } from './records/duo-life-records.ts';
import { duoLister } from './records/duo-records.ts';
import { duoEvaluationLister, evaluationLister } from './records/evaluation-records.ts';
import { matchLister } from './records/match-records.ts';
import type { RecordLister } from './records/record-lister.ts';
import { resourceKindLister } from './records/resource-records.ts';
import { topicLister, unlistedRecords } from './records/unlisted-records.ts';
import {
  workshopInvitationLister,
  workshopMentorLister,
  workshopWindowLister,
} from './records/workshop-records.ts';
import {
  menteeRecruitmentValue,
  mentorRecruitmentValue,
  recruitmentChannelsFamily,
} from './recruitment-channels.sql.ts';
import { resourcesFamily, resourcesValue } from './resources.sql.ts';
import { trainingFamily, trainingValue } from './training.sql.ts';
import { validationFamily, validationValue } from './validation.sql.ts';
import { workshopsFamily, workshopsValue } from './workshops.sql.ts';

/**
 * The criterion registry: for every criterion whose workflow exists, the set-based query
 * family that loads its evidence, how its indicator is made from that, and which records a
 * drill-down lists behind each measure. The quality router, the drill-down, the equivalence
 * test (SQL = the domain's reference function) and the bad-input catalogue all read it, so a
 * criterion is added here once (ADR 0007).
 */

type Listed = Awaited<
  ReturnType<
    (
      | typeof applicationLister
      | typeof decisionLister
      | typeof channelLister
      | typeof topicLister
      | typeof resourceKindLister
      | typeof matchLister
      | ReturnType<typeof duoLister>
      | typeof duoSpanLister
      | typeof duoEndLister
      | typeof duoClosingMeetingLister
      | typeof duoEvaluationLister
      | typeof evaluationLister
      | typeof fortnightLister
      | typeof contactLister
      | typeof workshopMentorLister
      | typeof workshopWindowLister
      | typeof workshopInvitationLister
    )['list']
  >
>;

interface MeasureRecords {
  readonly numerator: RecordLister<Listed>;
  readonly denominator: RecordLister<Listed>;
}

export interface CriterionIndicator {
  readonly family: IndicatorFamily<unknown>;
  compute(rows: unknown, targets: IndicatorTargets): IndicatorValue;
  readonly records: Partial<Record<MeasureKey, MeasureRecords>>;
}

/** Ties an entry's formula to its family's rows; the registry then holds them alike. */
function criterion<Rows>(
  family: IndicatorFamily<Rows>,
  compute: (rows: Rows, targets: IndicatorTargets) => IndicatorValue,
  records: Partial<Record<MeasureKey, MeasureRecords>>,
): CriterionIndicator {
  return { family, compute: compute as CriterionIndicator['compute'], records };
}

const both = (lister: RecordLister<Listed>): MeasureRecords => ({
  numerator: lister,
  denominator: lister,
});

const channelRecords = {
  channel_count: { numerator: channelLister, denominator: applicationLister },
  largest_channel_share: both(applicationLister),
};

export const CRITERION_INDICATORS: { readonly [C in WorkflowCriterionId]: CriterionIndicator } = {
  A1: criterion(infoSessionFamily, (rows, t) => roleShareValue('A1', 'mentor', rows, t.A1.share), {
    share: both(applicationLister),
  }),
  A2: criterion(recruitmentChannelsFamily, mentorRecruitmentValue, channelRecords),
  A3: criterion(interviewFamily, (rows, t) => roleShareValue('A3', 'mentor', rows, t.A3.share), {
    share: both(applicationLister),
  }),
  A4: criterion(
    decisionMessageFamily,
    (rows, t) => roleShareValue('A4', 'mentor', rows, t.A4.share),
    { share: both(decisionLister) },
  ),
  A5: criterion(trainingFamily, trainingValue, {
    share: both(duoLister('training')),
    curriculum_coverage: both(topicLister),
  }),
  B1: criterion(recruitmentChannelsFamily, menteeRecruitmentValue, {
    ...channelRecords,
    partner_count: both(unlistedRecords('partner')),
  }),
  B2: criterion(infoSessionFamily, (rows, t) => roleShareValue('B2', 'mentee', rows, t.B2.share), {
    share: both(applicationLister),
  }),
  B3: criterion(interviewFamily, (rows, t) => roleShareValue('B3', 'mentee', rows, t.B3.share), {
    share: both(applicationLister),
  }),
  B4: criterion(
    decisionMessageFamily,
    (rows, t) => roleShareValue('B4', 'mentee', rows, t.B4.share),
    { share: both(decisionLister) },
  ),
  B5: criterion(onwardReferralFamily, onwardReferralValue, { share: both(onwardReferralLister) }),
  C1: criterion(matchDecisionFamily, matchScoreValue, { share: both(matchLister) }),
  C2: criterion(matchDecisionFamily, matchDecisionValue, { share: both(matchLister) }),
  C3: criterion(firstMeetingFamily, firstMeetingValue, { share: both(duoLister('first_meeting')) }),
  C4: criterion(validationFamily, validationValue, { share: both(duoLister('validation')) }),
  C5: criterion(agreementFamily, agreementValue, { share: both(duoLister('agreement')) }),
  // The planned duration is the programme's own setting: nothing to list behind it.
  D1: criterion(durationFamily, durationValue, { share: both(duoSpanLister) }),
  D2: criterion(contactFrequencyFamily, contactFrequencyValue, {
    share: both(fortnightLister),
    median_contact_gap_days: both(contactLister),
  }),
  D3: criterion(coachFollowUpFamily, coachFollowUpValue, {
    share: both(duoLister('coach_follow_up')),
  }),
  D4: criterion(resourcesFamily, resourcesValue, { kinds_reviewed: both(resourceKindLister) }),
  D5: criterion(workshopsFamily, workshopsValue, {
    share: both(workshopMentorLister),
    workshop_cadence: both(workshopWindowLister),
    workshop_attendance: both(workshopInvitationLister),
  }),
  E1: criterion(earlyEndFamily, earlyEndValue, { share: both(duoEndLister) }),
  E2: criterion(closingMeetingFamily, closingMeetingValue, {
    share: both(duoClosingMeetingLister),
  }),
  E3: criterion(evaluationFamily, evaluationValue, {
    share: both(duoEvaluationLister),
    mentor_response_rate: both(evaluationLister),
    mentee_response_rate: both(evaluationLister),
  }),
};

type Indicators<C extends WorkflowCriterionId> = { readonly [K in C]: IndicatorValue };

/**
 * The indicators of the given criteria for each period of the scope, in the periods' order:
 * each family's query run once however many of the criteria it serves and however many
 * periods are asked.
 */
export async function computeIndicatorsByPeriod<C extends WorkflowCriterionId>(
  tx: Transaction,
  scope: PeriodsScope,
  criterionIds: readonly C[],
  targets: IndicatorTargets = DEFAULT_TARGETS,
): Promise<Indicators<C>[]> {
  const loaded = new Map<IndicatorFamily<unknown>, Promise<readonly unknown[]>>();
  const load = (family: IndicatorFamily<unknown>) => {
    let rows = loaded.get(family);
    if (!rows) {
      rows = family.load(tx, scope);
      loaded.set(family, rows);
    }
    return rows;
  };
  const values = scope.periods.map((): [C, IndicatorValue][] => []);
  // One family after the other: a transaction runs one statement at a time anyway.
  for (const id of criterionIds) {
    const entry = CRITERION_INDICATORS[id];
    const rows = await load(entry.family);
    for (const [index, periodValues] of values.entries())
      periodValues.push([id, entry.compute(rows[index], targets)]);
  }
  return values.map((periodValues) => Object.fromEntries(periodValues) as Indicators<C>);
}

/** The indicators of the given criteria for one period: the one-period case of the above. */
export async function computeIndicators<C extends WorkflowCriterionId>(
  tx: Transaction,
  scope: IndicatorScope,
  criterionIds: readonly C[],
  targets: IndicatorTargets = DEFAULT_TARGETS,
): Promise<Indicators<C>> {
  const [values] = await computeIndicatorsByPeriod(tx, onePeriod(scope), criterionIds, targets);
  if (!values) throw new Error('one period asked, none computed');
  return values;
}
