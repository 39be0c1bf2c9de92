import {
  applications,
  decisions,
  type Transaction,
  trainingAttendances,
  trainingModules,
  trainingSessions,
} from '@tandem/db';
import { and, asc, eq } from 'drizzle-orm';
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
