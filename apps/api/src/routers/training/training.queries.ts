import {
  applications,
  decisions,
  type Transaction,
  trainingAttendances,
  trainingModules,
  trainingSessions,
} from '@tandem/db';
import { trainingCoverage } from '@tandem/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { scheduledSessions } from '../../sessions/scheduled-session.ts';

/** The curriculum module, in the unit of work's tenant, or "not found". */
export async function requireModule(tx: Transaction, tenantId: string, moduleId: string) {
  const [row] = await tx
    .select()
    .from(trainingModules)
    .where(and(eq(trainingModules.tenantId, tenantId), eq(trainingModules.id, moduleId)));
  if (!row) throw new AppError('not_found');
  return row;
}

/** Training sessions as scheduled sessions, with the accepted mentors' attendance. */
export const trainingSessionQueries = scheduledSessions({
  sessions: trainingSessions,
  attendances: trainingAttendances,
  sessionIdOf: trainingAttendances.trainingSessionId,
});

/** A programme's accepted mentor applications: the people training is for. */
export async function acceptedMentors(tx: Transaction, tenantId: string, programmeId: string) {
  return tx
    .select({
      id: applications.id,
      name: applications.name,
      email: applications.email,
      acceptedAt: decisions.decidedAt,
    })
    .from(applications)
    .innerJoin(
      decisions,
      and(
        eq(decisions.tenantId, applications.tenantId),
        eq(decisions.applicationId, applications.id),
      ),
    )
    .where(
      and(
        eq(applications.tenantId, tenantId),
        eq(applications.programmeId, programmeId),
        eq(applications.role, 'mentor'),
        eq(decisions.outcome, 'accepted'),
      ),
    )
    .orderBy(asc(applications.name), asc(applications.id));
}

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
