import { randomUUID } from 'node:crypto';
import { applications, type Transaction, workshopInvitations, workshops } from '@tandem/db';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { domainOf } from '../../jobs/mailer.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { attendanceRecord, hasStarted } from '../../sessions/scheduled-session.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { eligibleMentors, requireWorkshop } from './workshop.queries.ts';
import {
  AnswerInvitationInput,
  CancelWorkshopInput,
  EditWorkshopInput,
  GetWorkshopInput,
  InviteMentorsInput,
  ListWorkshopsInput,
  PlanWorkshopInput,
  RecordWorkshopAttendanceInput,
} from './workshop.schema.ts';
import { answerInvitation, invitationStatus } from './workshop-answer.ts';
import { queueWorkshopNotices } from './workshop-notices.ts';

type Workshop = typeof workshops.$inferSelect;

const toWorkshop = (w: Workshop) => ({
  id: w.id,
  programmeId: w.programmeId,
  startsAt: w.startsAt.toISOString(),
  durationMinutes: w.durationMinutes,
  theme: w.theme,
  kind: w.kind,
  place: w.place,
  onlineUrl: w.onlineUrl,
  capacity: w.capacity,
  icsUid: w.icsUid,
  icsSequence: w.icsSequence,
  cancelled: w.cancelledAt !== null,
  held: hasStarted(w),
});

const planValues = (input: {
  startsAt: Date;
  durationMinutes: number;
  theme: string;
  kind: Workshop['kind'];
  place: string;
  onlineUrl: string;
  capacity: number;
}) => ({
  startsAt: input.startsAt,
  durationMinutes: input.durationMinutes,
  theme: input.theme,
  kind: input.kind,
  place: input.place || null,
  onlineUrl: input.onlineUrl || null,
  capacity: input.capacity,
});

/** The workshop locked for the rest of the unit, so two changes apply one after the other. */
async function lockWorkshop(tx: Transaction, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(workshops)
    .where(and(eq(workshops.tenantId, tenantId), eq(workshops.id, id)))
    .for('update');
  if (!row) throw new AppError('not_found');
  return row;
}

/** Mentors who have not declined: they get updates and cancellations. */
async function invitedApplicationIds(tx: Transaction, workshop: Workshop) {
  const rows = await tx
    .select({ id: workshopInvitations.applicationId })
    .from(workshopInvitations)
    .where(
      and(
        eq(workshopInvitations.tenantId, workshop.tenantId),
        eq(workshopInvitations.workshopId, workshop.id),
        isNull(workshopInvitations.declinedAt),
      ),
    );
  return rows.map((r) => r.id);
}

export const workshopRouter = router({
  /** A programme's workshops, earliest first, with how many were invited, registered, came. */
  list: organisationProcedure('duo.read')
    .input(ListWorkshopsInput)
    .query(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      await requireProgramme(ctx.tx, tenantId, input.programmeId);
      const rows = await ctx.tx
        .select({
          workshop: workshops,
          invited: sql<number>`(select count(*)::int from workshop_invitations i where i.tenant_id = workshops.tenant_id and i.workshop_id = workshops.id)`,
          registered: sql<number>`(select count(*)::int from workshop_invitations i where i.tenant_id = workshops.tenant_id and i.workshop_id = workshops.id and i.registered_at is not null)`,
          attended: sql<number>`(select count(*)::int from workshop_invitations i where i.tenant_id = workshops.tenant_id and i.workshop_id = workshops.id and i.attended)`,
        })
        .from(workshops)
        .where(and(eq(workshops.tenantId, tenantId), eq(workshops.programmeId, input.programmeId)))
        .orderBy(asc(workshops.startsAt), asc(workshops.id));
      return rows.map((r) => ({
        ...toWorkshop(r.workshop),
        invited: Number(r.invited),
        registered: Number(r.registered),
        attended: Number(r.attended),
      }));
    }),

  /** The workshop with every invitation and its answer or attendance. */
  get: organisationProcedure('duo.read')
    .input(GetWorkshopInput)
    .query(async ({ ctx, input }) => {
      const workshop = await requireWorkshop(ctx.tx, ctx.organisationId, input.workshopId);
      const invitations = await ctx.tx
        .select({
          invitation: workshopInvitations,
          name: applications.name,
          email: applications.email,
        })
        .from(workshopInvitations)
        .innerJoin(
          applications,
          and(
            eq(applications.tenantId, workshopInvitations.tenantId),
            eq(applications.id, workshopInvitations.applicationId),
          ),
        )
        .where(
          and(
            eq(workshopInvitations.tenantId, ctx.organisationId),
            eq(workshopInvitations.workshopId, workshop.id),
          ),
        )
        .orderBy(asc(applications.name), asc(workshopInvitations.id));
      return {
        ...toWorkshop(workshop),
        invitations: invitations.map(({ invitation, name, email }) => ({
          id: invitation.id,
          applicationId: invitation.applicationId,
          name,
          email,
          invitedAt: invitation.invitedAt.toISOString(),
          status: invitationStatus(invitation),
        })),
      };
    }),

  plan: organisationProcedure('support.manage')
    .input(PlanWorkshopInput)
    .mutation(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const [row] = await ctx.tx
        .insert(workshops)
        .values({
          tenantId: ctx.organisationId,
          programmeId: input.programmeId,
          ...planValues(input),
          icsUid: `${randomUUID()}@${domainOf(ctx.config.mailFrom)}`,
          createdBy: ctx.user.id,
        })
        .returning();
      if (!row) throw new AppError('internal');
      return toWorkshop(row);
    }),

  /** The same event changed: same UID, a higher SEQUENCE, sent to everyone still invited. */
  edit: organisationProcedure('support.manage')
    .input(EditWorkshopInput)
    .mutation(async ({ ctx, input }) => {
      const existing = await lockWorkshop(ctx.tx, ctx.organisationId, input.workshopId);
      if (existing.cancelledAt !== null) throw new AppError('workshop.cancelled');
      const [row] = await ctx.tx
        .update(workshops)
        .set({ ...planValues(input), icsSequence: existing.icsSequence + 1, updatedAt: sql`now()` })
        .where(and(eq(workshops.tenantId, existing.tenantId), eq(workshops.id, existing.id)))
        .returning();
      if (!row) throw new AppError('internal');
      await queueWorkshopNotices(
        ctx.tx,
        ctx.config,
        row,
        await invitedApplicationIds(ctx.tx, row),
        'update',
      );
      return toWorkshop(row);
    }),

  /** Called off: METHOD:CANCEL with the same UID and a higher SEQUENCE. */
  cancel: organisationProcedure('support.manage')
    .input(CancelWorkshopInput)
    .mutation(async ({ ctx, input }) => {
      const existing = await lockWorkshop(ctx.tx, ctx.organisationId, input.workshopId);
      if (existing.cancelledAt !== null) throw new AppError('workshop.cancelled');
      const [row] = await ctx.tx
        .update(workshops)
        .set({
          cancelledAt: sql`now()`,
          icsSequence: existing.icsSequence + 1,
          updatedAt: sql`now()`,
        })
        .where(and(eq(workshops.tenantId, existing.tenantId), eq(workshops.id, existing.id)))
        .returning();
      if (!row) throw new AppError('internal');
      await queueWorkshopNotices(
        ctx.tx,
        ctx.config,
        row,
        await invitedApplicationIds(ctx.tx, row),
        'cancellation',
      );
      return toWorkshop(row);
    }),

  /** The mentors who should get the invitation (a duo active three months by its day). */
  eligible: organisationProcedure('support.manage')
    .input(GetWorkshopInput)
    .query(async ({ ctx, input }) => {
      const workshop = await requireWorkshop(ctx.tx, ctx.organisationId, input.workshopId);
      const invited = new Set(
        (
          await ctx.tx
            .select({ id: workshopInvitations.applicationId })
            .from(workshopInvitations)
            .where(
              and(
                eq(workshopInvitations.tenantId, workshop.tenantId),
                eq(workshopInvitations.workshopId, workshop.id),
              ),
            )
        ).map((r) => r.id),
      );
      return (await eligibleMentors(ctx.tx, workshop)).map((m) => ({
        ...m,
        invited: invited.has(m.applicationId),
      }));
    }),

  /** Invites the mentors staff confirmed (each must be eligible); one e-mail with ICS each. */
  invite: organisationProcedure('support.manage')
    .input(InviteMentorsInput)
    .mutation(async ({ ctx, input }) => {
      const workshop = await lockWorkshop(ctx.tx, ctx.organisationId, input.workshopId);
      if (workshop.cancelledAt !== null) throw new AppError('workshop.cancelled');
      if (hasStarted(workshop)) throw new AppError('workshop.started');
      const eligible = new Set(
        (await eligibleMentors(ctx.tx, workshop)).map((m) => m.applicationId),
      );
      const wanted = [...new Set(input.applicationIds)];
      if (wanted.some((id) => !eligible.has(id)))
        throw new AppError('workshop.mentor_not_eligible');
      const inserted = await ctx.tx
        .insert(workshopInvitations)
        .values(
          wanted.map((applicationId) => ({
            tenantId: workshop.tenantId,
            workshopId: workshop.id,
            applicationId,
          })),
        )
        .onConflictDoNothing()
        .returning({ applicationId: workshopInvitations.applicationId });
      const newly = inserted.map((r) => r.applicationId);
      await queueWorkshopNotices(ctx.tx, ctx.config, workshop, newly, 'invitation');
      return { invited: newly.length };
    }),

  /** An answer that reached staff by phone or e-mail. */
  answer: organisationProcedure('support.manage')
    .input(AnswerInvitationInput)
    .mutation(async ({ ctx, input }) => {
      const [invitation] = await ctx.tx
        .select()
        .from(workshopInvitations)
        .where(
          and(
            eq(workshopInvitations.tenantId, ctx.organisationId),
            eq(workshopInvitations.id, input.invitationId),
          ),
        );
      if (!invitation) throw new AppError('not_found');
      const workshop = await requireWorkshop(ctx.tx, ctx.organisationId, invitation.workshopId);
      return answerInvitation(ctx.tx, workshop, invitation, input.answer);
    }),

  /** Who came, once the workshop has started; null takes a record back. */
  recordAttendance: organisationProcedure('support.manage')
    .input(RecordWorkshopAttendanceInput)
    .mutation(async ({ ctx, input }) => {
      const workshop = await requireWorkshop(ctx.tx, ctx.organisationId, input.workshopId);
      if (!hasStarted(workshop)) throw new AppError('workshop.not_started');
      const ids = input.attendance.map((a) => a.invitationId);
      const own = await ctx.tx
        .select({ id: workshopInvitations.id })
        .from(workshopInvitations)
        .where(
          and(
            eq(workshopInvitations.tenantId, workshop.tenantId),
            eq(workshopInvitations.workshopId, workshop.id),
            inArray(workshopInvitations.id, ids),
          ),
        );
      if (own.length !== new Set(ids).size) throw new AppError('not_found');
      for (const entry of input.attendance)
        await ctx.tx
          .update(workshopInvitations)
          .set(attendanceRecord(entry.attended, ctx.user.id))
          .where(
            and(
              eq(workshopInvitations.tenantId, workshop.tenantId),
              eq(workshopInvitations.id, entry.invitationId),
            ),
          );
      return { recorded: input.attendance.length };
    }),
});
