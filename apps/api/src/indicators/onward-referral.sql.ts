import { queryRows } from '@tandem/db';
import { type IndicatorTargets, indicatorValue, shareMeasure } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, perPeriodFamily } from './indicator-family.ts';
import { applicationRecords } from './records/application-records.ts';
import type { RecordLister } from './records/record-lister.ts';
import { inPeriod } from './sql-fragments.ts';

/**
 * B5, the SQL twin of the domain's `onward-referral.ts`. Unit: a mentee (person = e-mail)
 * refused in the period as "needs other support"; referred: every such refusal of theirs in
 * the period has a sent onward referral.
 */
export const onwardReferralFamily = perPeriodFamily(
  'onward-referral',
  async (tx, { tenantId, programmeId, period }) => {
    const [row] = await queryRows<{ denominator_ids: string[]; numerator_ids: string[] }>(
      tx,
      sql`
      with unsuitable as (
        select a.email,
          exists (
            select 1 from onward_referrals o
            where o.tenant_id = d.tenant_id and o.decision_id = d.id and o.sent_at is not null
          ) as referred
        from decisions d
        join applications a on a.tenant_id = d.tenant_id and a.id = d.application_id
        where d.tenant_id = ${tenantId} and a.programme_id = ${programmeId}
          and a.role = 'mentee' and d.outcome = 'refused'
          and d.refusal_reason = 'needs_other_support'
          and ${inPeriod(sql`d.decided_at`, period)}
      ),
      per_mentee as (
        select email, bool_and(referred) as referred from unsuitable group by email
      )
      select coalesce(array_agg(email), '{}') as denominator_ids,
        coalesce(array_agg(email) filter (where referred), '{}') as numerator_ids
      from per_mentee`,
    );
    return { denominator: row?.denominator_ids ?? [], numerator: row?.numerator_ids ?? [] };
  },
);

export const onwardReferralValue = (
  rows: FamilyRows<typeof onwardReferralFamily>,
  targets: IndicatorTargets,
) =>
  indicatorValue('B5', [shareMeasure('share', rows.numerator, rows.denominator, targets.B5.share)]);

/** B5 counts mentees by e-mail: the drill-down shows their "needs other support" applications. */
export const onwardReferralLister: RecordLister<{
  records: Awaited<ReturnType<typeof applicationRecords>>;
}> = {
  unit: 'application',
  async list(tx, { scope, ids }) {
    const refused = await queryRows<{ id: string }>(
      tx,
      sql`select a.id::text as id from applications a
          join decisions d on d.tenant_id = a.tenant_id and d.application_id = a.id
          where a.tenant_id = ${scope.tenantId} and a.programme_id = ${scope.programmeId}
            and a.role = 'mentee' and d.refusal_reason = 'needs_other_support'
            and a.email = any(string_to_array(${ids.join('\n')}, ${'\n'}))`,
    );
    return {
      records: await applicationRecords(
        tx,
        scope.tenantId,
        refused.map((r) => r.id),
      ),
    };
  },
};
