import {
  type applications,
  decisions,
  infoSessionRegistrations,
  infoSessions,
  interviews,
  type Transaction,
} from '@tandem/db';
import {
  type ApplicationFacts,
  type ApplicationStage,
  derivePipelineStage,
  isInterviewComplete,
} from '@tandem/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { attendedTopics } from '../../queries/training-attendance.queries.ts';

type ApplicationRow = typeof applications.$inferSelect;

/**
 * The evidence each application's stage is derived from, in four set-based queries for any
 * number of applications: attendance at an info session of the same programme and audience
 * (matched by e-mail), interviews (judged by the domain's `isInterviewComplete`), the
 * decision and, for mentors, the topics of the training sessions attended (A5).
 */
export async function applicationFacts(
  tx: Transaction,
  tenantId: string,
  rows: readonly ApplicationRow[],
): Promise<Map<string, ApplicationFacts & { stage: ApplicationStage }>> {
  const facts = new Map<string, ApplicationFacts & { stage: ApplicationStage }>();
  if (rows.length === 0) return facts;
  const ids = rows.map((r) => r.id);
  const programmeIds = [...new Set(rows.map((r) => r.programmeId))];
  const attended = await tx
    .selectDistinct({
      programmeId: infoSessions.programmeId,
      audience: infoSessions.audience,
      email: infoSessionRegistrations.email,
    })
    .from(infoSessionRegistrations)
    .innerJoin(
      infoSessions,
      and(
        eq(infoSessions.tenantId, infoSessionRegistrations.tenantId),
        eq(infoSessions.id, infoSessionRegistrations.infoSessionId),
      ),
    )
    .where(
      and(
        eq(infoSessionRegistrations.tenantId, tenantId),
        inArray(infoSessions.programmeId, programmeIds),
        eq(infoSessionRegistrations.attended, true),
      ),
    );
  const attendedKeys = new Set(attended.map((a) => `${a.programmeId}|${a.audience}|${a.email}`));
  const interviewRows = await tx
    .select()
    .from(interviews)
    .where(and(eq(interviews.tenantId, tenantId), inArray(interviews.applicationId, ids)));
  const decisionRows = await tx
    .select({ applicationId: decisions.applicationId, outcome: decisions.outcome })
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), inArray(decisions.applicationId, ids)));
  // Mentor training (A5): topics of the sessions each mentor attended.
  const trained = await attendedTopics(
    tx,
    tenantId,
    rows.filter((r) => r.role === 'mentor').map((r) => r.id),
  );
  for (const row of rows) {
    const fact: ApplicationFacts = {
      attendedInfoSession: attendedKeys.has(`${row.programmeId}|${row.role}|${row.email}`),
      hasCompleteInterview: interviewRows.some(
        (i) => i.applicationId === row.id && isInterviewComplete(i),
      ),
      decision: decisionRows.find((d) => d.applicationId === row.id)?.outcome ?? null,
    };
    const stage = derivePipelineStage({
      ...fact,
      role: row.role,
      trainingTopicsCovered: trained.get(row.id)?.topics.flat() ?? [],
    });
    facts.set(row.id, { ...fact, stage });
  }
  return facts;
}

/** `%` and `_` typed by a person are searched for literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
