import { applications, recruitmentChannels, type Transaction } from '@tandem/db';
import type { ApplicationStage, IntakeRole } from '@tandem/domain';
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { applicationFacts, containsPattern } from './intake.queries.ts';

export interface PipelineFilters {
  programmeId: string;
  role?: IntakeRole | undefined;
  stage?: ApplicationStage | undefined;
  channelId?: string | undefined;
  /** Part of the name or e-mail address, case-insensitive. */
  search?: string | undefined;
}

/**
 * A programme's applications with their channel and derived stage, newest first, filtered as
 * the pipeline page filters them. The one query behind the pipeline and its export.
 */
export async function queryPipeline(tx: Transaction, tenantId: string, filters: PipelineFilters) {
  const search = filters.search ? containsPattern(filters.search) : null;
  const rows = await tx
    .select({
      application: applications,
      channelName: recruitmentChannels.name,
      // Qualified by hand, as drizzle leaves the outer columns unqualified inside `sql`.
      pendingSubmissions: sql<number>`(select count(*)::int from application_submissions s
        where s.tenant_id = applications.tenant_id and s.application_id = applications.id
          and s.status = 'pending')`,
    })
    .from(applications)
    .innerJoin(
      recruitmentChannels,
      and(
        eq(recruitmentChannels.tenantId, applications.tenantId),
        eq(recruitmentChannels.id, applications.channelId),
      ),
    )
    .where(
      and(
        eq(applications.tenantId, tenantId),
        eq(applications.programmeId, filters.programmeId),
        filters.role ? eq(applications.role, filters.role) : undefined,
        filters.channelId ? eq(applications.channelId, filters.channelId) : undefined,
        search
          ? or(ilike(applications.name, search), ilike(applications.email, search))
          : undefined,
      ),
    )
    .orderBy(desc(applications.submittedAt), asc(applications.name));
  const facts = await applicationFacts(
    tx,
    tenantId,
    rows.map((r) => r.application),
  );
  return rows
    .map(({ application, channelName, pendingSubmissions }) => {
      const fact = facts.get(application.id);
      return {
        application,
        channelName,
        pendingSubmissions: Number(pendingSubmissions),
        stage: fact?.stage ?? ('applied' as ApplicationStage),
        decision: fact?.decision ?? null,
      };
    })
    .filter((row) => !filters.stage || row.stage === filters.stage);
}
