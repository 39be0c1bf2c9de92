import {
  applications,
  queryRows,
  type Transaction,
  workshopInvitations,
  workshops,
} from '@tandem/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { hasStarted } from '../../sessions/scheduled-session.ts';
import { router } from '../../trpc/init.ts';
import { participantProcedure } from '../../trpc/procedures.ts';
import {
  PortalAnswerInvitationInput,
  PortalInvitationInput,
  PortalWorkshopsInput,
} from './portal-workshop.schema.ts';
import { answerInvitation, invitationStatus } from './workshop-answer.ts';
import { workshopCalendar } from './workshop-notices.ts';

type Workshop = typeof workshops.$inferSelect;

/**
 * Seats taken by everyone, which the participant's own rows cannot show: the database counts
 * them (`workshop_seats_taken`, for the session's tenant only).
 */
async function seatsTaken(tx: Transaction, workshopId: string) {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select workshop_seats_taken(${workshopId}::uuid) as n`,
  );
  return Number(row?.n ?? 0);
}

/** The person's invitation with its workshop; the policies show no one else's. */
async function ownInvitation(tx: Transaction, invitationId: string) {
  const [row] = await tx
    .select({ invitation: workshopInvitations, workshop: workshops })
    .from(workshopInvitations)
    .innerJoin(
      workshops,
      and(
        eq(workshops.tenantId, workshopInvitations.tenantId),
        eq(workshops.id, workshopInvitations.workshopId),
      ),
    )
    .where(eq(workshopInvitations.id, invitationId));
  if (!row) throw new AppError('not_found');
  return row;
}

const summary = async (tx: Transaction, workshop: Workshop) => {
  const taken = await seatsTaken(tx, workshop.id);
  return {
    workshopId: workshop.id,
    startsAt: workshop.startsAt.toISOString(),
    durationMinutes: workshop.durationMinutes,
    theme: workshop.theme,
    kind: workshop.kind,
    place: workshop.place,
    onlineUrl: workshop.onlineUrl,
    seatsLeft: Math.max(0, workshop.capacity - taken),
    cancelled: workshop.cancelledAt !== null,
    held: hasStarted(workshop),
  };
};

/**
 * A mentor's workshop invitations in the portal (D5): what they were invited to, their
 * answer, and the event for their calendar. Registering holds the capacity as staff's
 * answers do, counted by the database across everyone's registrations.
 */
export const portalWorkshopsRouter = router({
  list: participantProcedure.input(PortalWorkshopsInput).query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select({ invitation: workshopInvitations, workshop: workshops })
      .from(workshopInvitations)
      .innerJoin(
        workshops,
        and(
          eq(workshops.tenantId, workshopInvitations.tenantId),
          eq(workshops.id, workshopInvitations.workshopId),
        ),
      )
      .orderBy(asc(workshops.startsAt), asc(workshops.id));
    const result = [];
    for (const { invitation, workshop } of rows)
      result.push({
        invitationId: invitation.id,
        status: invitationStatus(invitation),
        ...(await summary(ctx.tx, workshop)),
      });
    return result;
  }),

  answer: participantProcedure
    .input(PortalAnswerInvitationInput)
    .mutation(async ({ ctx, input }) => {
      const { invitation, workshop } = await ownInvitation(ctx.tx, input.invitationId);
      return answerInvitation(ctx.tx, workshop, invitation, input.answer, () =>
        seatsTaken(ctx.tx, workshop.id),
      );
    }),

  /** The event as an .ics file in the mentor's language; a called-off one as a cancellation. */
  calendar: participantProcedure.input(PortalInvitationInput).query(async ({ ctx, input }) => {
    const { invitation, workshop } = await ownInvitation(ctx.tx, input.invitationId);
    const [mentor] = await ctx.tx
      .select({
        name: applications.name,
        email: applications.email,
        locale: applications.preferredLocale,
      })
      .from(applications)
      .where(eq(applications.id, invitation.applicationId));
    if (!mentor) throw new AppError('not_found');
    const { calendar } = workshopCalendar(
      workshop,
      { name: ctx.organisationName },
      ctx.config.mailFrom,
      mentor,
      workshop.cancelledAt === null ? 'invitation' : 'cancellation',
    );
    return { fileName: `workshop-${workshop.startsAt.toISOString().slice(0, 10)}.ics`, calendar };
  }),
});
