import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { DuoRole, RecordId } from '../evidence/record.ts';
import type { Period } from '../time/period.ts';
import { isInstantInPeriod } from '../time/period.ts';
import type { IndicatorValue, Measure } from './indicator-value.ts';
import { countMeasure, indicatorValue, shareMeasure } from './indicator-value.ts';
import { groupBy } from './period-units.ts';

/**
 * A2 (mentors) and the channel half of B1 (mentees): a diversified recruitment strategy,
 * measured on the applications submitted in the period.
 *
 * - channel_count: channels (records, as configured per programme, not channel kinds) that
 *   brought at least one application; numeratorIds = channel IDs, denominatorIds = the
 *   applications. No applications means no data, not zero channels.
 * - largest_channel_share: the biggest channel's applications over all applications;
 *   numeratorIds = that channel's applications. On a tie the channel with the smallest ID
 *   is named, which changes the IDs shown but never the share.
 */
export function channelMeasures(
  evidence: ProgrammeEvidence,
  role: DuoRole,
  period: Period,
  targets: { readonly channel_count: MeasureTarget; readonly largest_channel_share: MeasureTarget },
): [Measure, Measure] {
  const applications = evidence.applications.filter(
    (a) => a.role === role && isInstantInPeriod(a.submittedAt, period),
  );
  const byChannel = groupBy(applications, (a) => a.channelId);
  let largest: RecordId[] = [];
  for (const channelId of [...byChannel.keys()].sort()) {
    const ids = (byChannel.get(channelId) ?? []).map((a) => a.id);
    if (ids.length > largest.length) largest = ids;
  }
  const applicationIds = applications.map((a) => a.id);
  return [
    countMeasure('channel_count', byChannel.keys(), applicationIds, targets.channel_count),
    shareMeasure('largest_channel_share', largest, applicationIds, targets.largest_channel_share),
  ];
}

export function mentorRecruitmentIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  targets: { readonly channel_count: MeasureTarget; readonly largest_channel_share: MeasureTarget },
): IndicatorValue {
  return indicatorValue('A2', channelMeasures(evidence, 'mentor', period, targets));
}

/**
 * B1: the mentee channels as in A2, plus partner_count: distinct partner organisations that
 * submitted a referral in the period (numeratorIds = partner organisation IDs,
 * denominatorIds = the referrals). Zero partners with mentee applications is "not met".
 */
export function menteeRecruitmentIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  targets: {
    readonly channel_count: MeasureTarget;
    readonly largest_channel_share: MeasureTarget;
    readonly partner_count: MeasureTarget;
  },
): IndicatorValue {
  const referrals = evidence.partnerReferrals.filter((r) =>
    isInstantInPeriod(r.submittedAt, period),
  );
  const partners = countMeasure(
    'partner_count',
    referrals.map((r) => r.partnerOrganisationId),
    referrals.map((r) => r.id),
    targets.partner_count,
  );
  return indicatorValue('B1', [...channelMeasures(evidence, 'mentee', period, targets), partners]);
}
