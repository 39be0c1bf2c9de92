import { applications, type Transaction, trainingAttendances, trainingSessions } from '@tandem/db';
import { trainingCoverage } from '@tandem/domain';
import { and, eq, inArray } from 'drizzle-orm';

/**
 * The topics of the training sessions each application attended (attended = true), sessions
 * of the application's own programme only: one query for any number of applications.
 */
export async function attendedTopics(
  tx: Transaction,
  tenantId: string,
  applicationIds: readonly string[],
): Promise<Map<string, { sessions: number; topics: string[][] }>> {
  const result = new Map<string, { sessions: number; topics: string[][] }>();
  if (applicationIds.length === 0) return result;
  const rows = await tx
    .select({
      applicationId: trainingAttendances.applicationId,
      topics: trainingSessions.topicsCovered,
    })
    .from(trainingAttendances)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.tenantId, trainingAttendances.tenantId),
        eq(trainingSessions.id, trainingAttendances.trainingSessionId),
      ),
    )
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, trainingAttendances.tenantId),
        eq(applications.id, trainingAttendances.applicationId),
        eq(applications.programmeId, trainingSessions.programmeId),
      ),
    )
    .where(
      and(
        eq(trainingAttendances.tenantId, tenantId),
        inArray(trainingAttendances.applicationId, [...applicationIds]),
        eq(trainingAttendances.attended, true),
      ),
    );
  for (const row of rows) {
    const entry = result.get(row.applicationId) ?? { sessions: 0, topics: [] };
    entry.sessions++;
    entry.topics.push(row.topics);
    result.set(row.applicationId, entry);
  }
  return result;
}

/** A mentor's coverage of the ten A5 topics, as the API returns it. */
export function coverageOf(entry: { sessions: number; topics: string[][] } | undefined) {
  const coverage = trainingCoverage(entry?.topics ?? []);
  return {
    sessionsAttended: entry?.sessions ?? 0,
    covered: coverage.covered,
    missing: coverage.missing,
    coveredCount: coverage.covered.length,
    ready: coverage.complete,
  };
}
