import { applications, duos, type Transaction, workshopInvitations, workshops } from '@tandem/db';
import { brusselsDate, isOwedWorkshopInvitation } from '@tandem/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';

type Workshop = typeof workshops.$inferSelect;

/** Any fixed number; with the workshop's ID it names the lock its registrations take. */
const REGISTRATION_LOCK_CLASS = 7_274_005;

/** The workshop in the unit's tenant, or "not found". */
export async function requireWorkshop(tx: Transaction, tenantId: string, workshopId: string) {
  const [row] = await tx
    .select()
    .from(workshops)
    .where(and(eq(workshops.tenantId, tenantId), eq(workshops.id, workshopId)));
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * Registrations of one workshop one after the other (staff and portal alike), so two people
 * cannot take its last seat at once.
 */
export const lockRegistrations = (tx: Transaction, workshopId: string) =>
  tx.execute(
    sql`select pg_advisory_xact_lock(${REGISTRATION_LOCK_CLASS}::int, hashtext(${workshopId}::text))`,
  );

/** Mentor applications owed an invitation to the workshop (the domain's rule), by name. */
export async function eligibleMentors(tx: Transaction, workshop: Workshop) {
  const on = brusselsDate(workshop.startsAt.toISOString());
  const rows = await tx
    .select({
      duo: duos,
      name: applications.name,
      email: applications.email,
    })
    .from(duos)
    .innerJoin(
      applications,
      and(eq(applications.tenantId, duos.tenantId), eq(applications.id, duos.mentorApplicationId)),
    )
    .where(and(eq(duos.tenantId, workshop.tenantId), eq(duos.programmeId, workshop.programmeId)))
    .orderBy(asc(applications.name), asc(applications.id));
  const owed = new Map<string, { applicationId: string; name: string; email: string }>();
  for (const { duo, name, email } of rows) {
    const judged = isOwedWorkshopInvitation(
      {
        id: duo.id,
        matchId: duo.matchId,
        mentorId: duo.mentorApplicationId,
        menteeId: duo.menteeApplicationId,
        startDate: duo.startDate,
        end:
          duo.endedOn === null || duo.endKind === null || duo.endedBy === null
            ? null
            : {
                on: duo.endedOn,
                kind: duo.endKind,
                reasonCode: duo.endReasonCode,
                endedBy: duo.endedBy,
              },
      },
      on,
    );
    if (judged)
      owed.set(duo.mentorApplicationId, { applicationId: duo.mentorApplicationId, name, email });
  }
  return [...owed.values()];
}

/** How many mentors registered for the workshop (those the unit can see). */
export async function registeredCount(tx: Transaction, workshop: Workshop) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(workshopInvitations)
    .where(
      and(
        eq(workshopInvitations.tenantId, workshop.tenantId),
        eq(workshopInvitations.workshopId, workshop.id),
        sql`${workshopInvitations.registeredAt} is not null`,
      ),
    );
  return Number(row?.n ?? 0);
}
