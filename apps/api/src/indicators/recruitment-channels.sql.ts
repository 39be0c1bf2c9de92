import { queryRows, type Transaction } from '@tandem/db';
import {
  countMeasure,
  type IndicatorTargets,
  type IntakeRole,
  indicatorValue,
  shareMeasure,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, perPeriodFamily } from './indicator-family.ts';
import type { IndicatorScope } from './indicator-scope.ts';
import { byRole, inPeriod } from './sql-fragments.ts';

interface ChannelRow extends Record<string, unknown> {
  role: IntakeRole;
  application_ids: string[];
  channel_ids: string[];
  largest_ids: string[];
}

/**
 * Per role: the applications submitted (first submission) in the period, the channels that
 * brought one, and the largest channel's applications (on a tie the channel with the
 * smallest ID, as the reference).
 */
function channelIdSets(tx: Transaction, { tenantId, programmeId, period }: IndicatorScope) {
  return queryRows<ChannelRow>(
    tx,
    sql`
    with submitted as (
      select a.id, a.role, a.channel_id
      from applications a
      where a.tenant_id = ${tenantId} and a.programme_id = ${programmeId}
        and ${inPeriod(sql`a.submitted_at`, period)}
    ),
    per_channel as (
      select role, channel_id, count(*) as n, array_agg(id::text order by id) as ids
      from submitted
      group by role, channel_id
    ),
    largest as (
      select distinct on (role) role, ids
      from per_channel
      order by role, n desc, channel_id
    )
    select l.role,
      (select array_agg(s.id::text order by s.id) from submitted s where s.role = l.role)
        as application_ids,
      (select array_agg(c.channel_id::text order by c.channel_id) from per_channel c
        where c.role = l.role) as channel_ids,
      l.ids as largest_ids
    from largest l`,
  );
}

/** Partner referrals submitted in the period to this programme, and the partners that sent one. */
async function partnerIdSets(tx: Transaction, { tenantId, programmeId, period }: IndicatorScope) {
  const [row] = await queryRows<{ referral_ids: string[]; partner_ids: string[] }>(
    tx,
    sql`
    select coalesce(array_agg(r.id::text order by r.id), '{}') as referral_ids,
      coalesce(array_agg(distinct r.partner_id::text), '{}') as partner_ids
    from referrals r
    where r.tenant_id = ${tenantId} and r.programme_id = ${programmeId}
      and ${inPeriod(sql`r.submitted_at`, period)}`,
  );
  return { referrals: row?.referral_ids ?? [], partners: row?.partner_ids ?? [] };
}

/**
 * A2 (mentors) and B1 (mentees), the SQL twin of the domain's `recruitment-channels.ts`:
 * how many channels brought applications and how concentrated they are; for B1 also how
 * many partner organisations referred someone.
 */
export const recruitmentChannelsFamily = perPeriodFamily(
  'recruitment-channels',
  async (tx, scope) => ({
    channels: await channelIdSets(tx, scope),
    partners: await partnerIdSets(tx, scope),
  }),
);

type RecruitmentRows = FamilyRows<typeof recruitmentChannelsFamily>;

function channelMeasures(
  rows: RecruitmentRows,
  role: IntakeRole,
  targets: IndicatorTargets['A2'] | IndicatorTargets['B1'],
) {
  const row = byRole(rows.channels, role);
  const applications = row?.application_ids ?? [];
  return [
    countMeasure('channel_count', row?.channel_ids ?? [], applications, targets.channel_count),
    shareMeasure(
      'largest_channel_share',
      row?.largest_ids ?? [],
      applications,
      targets.largest_channel_share,
    ),
  ] as const;
}

export const mentorRecruitmentValue = (rows: RecruitmentRows, targets: IndicatorTargets) =>
  indicatorValue('A2', channelMeasures(rows, 'mentor', targets.A2));

export const menteeRecruitmentValue = (rows: RecruitmentRows, targets: IndicatorTargets) =>
  indicatorValue('B1', [
    ...channelMeasures(rows, 'mentee', targets.B1),
    countMeasure(
      'partner_count',
      rows.partners.partners,
      rows.partners.referrals,
      targets.B1.partner_count,
    ),
  ]);
