import { queryRows, type Transaction } from '@tandem/db';
import { CRITERION_IDS, type Measure } from '@tandem/domain';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import {
  computeIntakeIndicators,
  INTAKE_CRITERION_IDS,
  type IntakeCriterionId,
} from '../../indicators/intake-indicators.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { requireProgramme } from '../intake/intake.queries.ts';
import { DrillDownInput, IndicatorsInput } from './quality.schema.ts';

const COMPUTED: ReadonlySet<string> = new Set(INTAKE_CRITERION_IDS);

/** What each indicator's units are, so a drill-down knows which records to show. */
function unitOf(
  criterionId: IntakeCriterionId,
  measure: Measure['key'],
  side: 'numerator' | 'denominator',
): 'application' | 'decision' | 'channel' | 'partner' | 'training_topic' | 'duo' {
  if (criterionId === 'A4' || criterionId === 'B4') return 'decision';
  if (criterionId === 'A5') return measure === 'curriculum_coverage' ? 'training_topic' : 'duo';
  if (measure === 'channel_count') return side === 'numerator' ? 'channel' : 'application';
  if (measure === 'partner_count') return 'partner';
  return 'application';
}

/** One parameter for any number of IDs. */
const idList = (ids: readonly string[]): SQL => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

async function applicationRecords(tx: Transaction, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await queryRows<{
    id: string;
    name: string;
    role: 'mentor' | 'mentee';
    channel_name: string;
    submitted_at: Date | string;
    outcome: 'accepted' | 'refused' | null;
    decided_at: Date | string | null;
    info_session_at: Date | string | null;
    interview_at: Date | string | null;
  }>(
    tx,
    sql`
    select a.id::text as id, a.name, a.role, c.name as channel_name, a.submitted_at,
      d.outcome, d.decided_at,
      (select max(s.starts_at) from info_session_registrations r
        join info_sessions s on s.tenant_id = r.tenant_id and s.id = r.info_session_id
        where r.tenant_id = a.tenant_id and s.programme_id = a.programme_id
          and s.audience = a.role and r.email = a.email and r.attended) as info_session_at,
      (select max(i.scheduled_at) from interviews i
        where i.tenant_id = a.tenant_id and i.application_id = a.id
          and i.completed_at is not null) as interview_at
    from applications a
    join recruitment_channels c on c.tenant_id = a.tenant_id and c.id = a.channel_id
    left join decisions d on d.tenant_id = a.tenant_id and d.application_id = a.id
    where a.tenant_id = ${tenantId} and a.id = any(${idList(ids)})
    order by a.name, a.id`,
  );
  return rows.map((r) => ({
    kind: 'application' as const,
    id: r.id,
    applicationId: r.id,
    name: r.name,
    role: r.role,
    channel: r.channel_name,
    outcome: r.outcome,
    dates: {
      submittedAt: iso(r.submitted_at),
      decidedAt: iso(r.decided_at),
      /** The last info session for their role the person attended, whichever topics. */
      infoSessionAt: iso(r.info_session_at),
      /** The last completed interview (when it was held). */
      interviewAt: iso(r.interview_at),
      messageSentAt: null,
    },
  }));
}

async function decisionRecords(tx: Transaction, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await queryRows<{
    id: string;
    application_id: string;
    name: string;
    role: 'mentor' | 'mentee';
    channel_name: string;
    submitted_at: Date | string;
    outcome: 'accepted' | 'refused';
    decided_at: Date | string;
    message_sent_at: Date | string | null;
  }>(
    tx,
    sql`
    select d.id::text as id, a.id::text as application_id, a.name, a.role,
      c.name as channel_name, a.submitted_at, d.outcome, d.decided_at,
      (select min(m.sent_at) from outbox_messages m
        where m.tenant_id = d.tenant_id and m.decision_id = d.id
          and m.kind = case d.outcome when 'accepted' then 'confirmation' else 'refusal' end
      ) as message_sent_at
    from decisions d
    join applications a on a.tenant_id = d.tenant_id and a.id = d.application_id
    join recruitment_channels c on c.tenant_id = a.tenant_id and c.id = a.channel_id
    where d.tenant_id = ${tenantId} and d.id = any(${idList(ids)})
    order by a.name, d.id`,
  );
  return rows.map((r) => ({
    kind: 'decision' as const,
    id: r.id,
    applicationId: r.application_id,
    name: r.name,
    role: r.role,
    channel: r.channel_name,
    outcome: r.outcome,
    dates: {
      submittedAt: iso(r.submitted_at),
      decidedAt: iso(r.decided_at),
      infoSessionAt: null,
      interviewAt: null,
      /** The first sending of the message the decision owes (confirmation or refusal). */
      messageSentAt: iso(r.message_sent_at),
    },
  }));
}

async function channelRecords(
  tx: Transaction,
  tenantId: string,
  ids: readonly string[],
  applicationIds: readonly string[],
) {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string; name: string; kind: string; applications: number }>(
    tx,
    sql`
    select c.id::text as id, c.name, c.kind,
      (select count(*)::int from applications a
        where a.tenant_id = c.tenant_id and a.channel_id = c.id
          and a.id = any(${idList(applicationIds)})) as applications
    from recruitment_channels c
    where c.tenant_id = ${tenantId} and c.id = any(${idList(ids)})
    order by c.name, c.id`,
  );
  return rows.map((r) => ({
    kind: 'channel' as const,
    id: r.id,
    name: r.name,
    channelKind: r.kind,
    /** Applications in the period that came through this channel. */
    applications: Number(r.applications),
  }));
}

/**
 * A programme's quality criteria over a period: the intake indicators (A1–A5, B1–B5)
 * computed in the database, the others listed as not computed yet; and, for staff of the
 * organisation, the records behind any number shown.
 */
export const qualityRouter = router({
  indicators: organisationProcedure('quality.read')
    .input(IndicatorsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const computed = await computeIntakeIndicators(ctx.tx, {
        tenantId: ctx.organisationId,
        programmeId: input.programmeId,
        period: input.period,
      });
      return {
        programmeId: input.programmeId,
        period: input.period,
        criteria: CRITERION_IDS.map((criterionId) =>
          COMPUTED.has(criterionId)
            ? { computed: true as const, ...computed[criterionId as IntakeCriterionId] }
            : { computed: false as const, criterionId, status: 'not_computed' as const },
        ),
      };
    }),

  drillDown: organisationProcedure('quality.read')
    .input(DrillDownInput)
    .query(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      await requireProgramme(ctx.tx, tenantId, input.programmeId);
      const indicators = await computeIntakeIndicators(ctx.tx, {
        tenantId,
        programmeId: input.programmeId,
        period: input.period,
      });
      const value = indicators[input.criterionId];
      const measure = input.measure
        ? value.measures.find((m) => m.key === input.measure)
        : value.measures[0];
      if (!measure) throw new AppError('not_found');
      const ids = input.side === 'numerator' ? measure.numeratorIds : measure.denominatorIds;
      const unit = unitOf(input.criterionId, measure.key, input.side);
      const base = {
        criterionId: input.criterionId,
        measure: measure.key,
        side: input.side,
        unit,
        count: ids.length,
      };
      switch (unit) {
        case 'application':
          if (input.criterionId === 'B5') {
            // B5 counts mentees (by e-mail): show their "needs other support" applications.
            const refused = await queryRows<{ id: string }>(
              ctx.tx,
              sql`select a.id::text as id from applications a
                  join decisions d on d.tenant_id = a.tenant_id and d.application_id = a.id
                  where a.tenant_id = ${tenantId} and a.programme_id = ${input.programmeId}
                    and a.role = 'mentee' and d.refusal_reason = 'needs_other_support'
                    and a.email = any(string_to_array(${ids.join('\n')}, ${'\n'}))`,
            );
            return {
              ...base,
              records: await applicationRecords(
                ctx.tx,
                tenantId,
                refused.map((r) => r.id),
              ),
            };
          }
          return { ...base, records: await applicationRecords(ctx.tx, tenantId, ids) };
        case 'decision':
          return { ...base, records: await decisionRecords(ctx.tx, tenantId, ids) };
        case 'channel':
          return {
            ...base,
            records: await channelRecords(ctx.tx, tenantId, ids, measure.denominatorIds),
          };
        case 'partner':
          // No partner referrals are recorded yet (B1): nothing to show.
          return { ...base, records: [] };
        case 'training_topic':
          // A5's curriculum coverage counts topics, not records: the topic IDs themselves.
          return { ...base, records: [], topics: ids };
        case 'duo':
          // A5's share counts duos, which are not recorded yet: nothing to show.
          return { ...base, records: [] };
      }
    }),
});
