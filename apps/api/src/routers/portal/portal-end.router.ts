import { closingMeetings, duos } from '@tandem/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { endDuo } from '../../duos/end-duo.ts';
import { AppError } from '../../errors.ts';
import { kickEvaluations } from '../../jobs/evaluations.ts';
import { router } from '../../trpc/init.ts';
import { participantProcedure } from '../../trpc/procedures.ts';
import { PortalDuoEndInput, PortalEndDuoInput } from './portal-end.schema.ts';

/**
 * The end of a duo in the portal (E1): a mentor or mentee ends their own running duo, and
 * both see that it ended and its closing meeting (E2). The reason goes to the organisation
 * only: neither participant gets it back, so the other side never reads why.
 */
export const portalEndRouter = router({
  duo: participantProcedure.input(PortalDuoEndInput).query(async ({ ctx, input }) => {
    const [duo] = await ctx.tx.select().from(duos).where(eq(duos.id, input.duoId));
    if (!duo) throw new AppError('not_found');
    const meetings = await ctx.tx
      .select()
      .from(closingMeetings)
      .where(
        and(
          eq(closingMeetings.duoId, duo.id),
          inArray(closingMeetings.status, ['planned', 'held']),
        ),
      )
      .orderBy(asc(closingMeetings.startsAt));
    const meeting = meetings.find((m) => m.status === 'planned') ?? meetings.at(-1) ?? null;
    const role = ctx.applicationIds.includes(duo.mentorApplicationId) ? 'mentor' : 'mentee';
    return {
      duoId: duo.id,
      role,
      startDate: duo.startDate,
      plannedEndDate: duo.plannedEndDate,
      endedOn: duo.endedOn,
      endedByMe: duo.endedBy === role,
      closingMeeting: meeting && {
        startsAt: meeting.startsAt.toISOString(),
        durationMinutes: meeting.durationMinutes,
        mode: meeting.mode,
        place: meeting.place,
        onlineUrl: meeting.onlineUrl,
        status: meeting.status,
        heldOn: meeting.heldOn,
      },
    };
  }),

  end: participantProcedure.input(PortalEndDuoInput).mutation(async ({ ctx, input }) => {
    const [own] = await ctx.tx
      .select({ id: duos.id, tenantId: duos.tenantId, mentor: duos.mentorApplicationId })
      .from(duos)
      .where(eq(duos.id, input.duoId));
    if (!own) throw new AppError('not_found');
    const { duo } = await endDuo(ctx.tx, own.tenantId, own.id, {
      lastDay: input.lastDay,
      reasonCode: input.reasonCode,
      reasonText: input.reasonText || null,
      endedBy: ctx.applicationIds.includes(own.mentor) ? 'mentor' : 'mentee',
      recordedBy: ctx.user.id,
    });
    kickEvaluations(ctx);
    return { duoId: duo.id, lastDay: duo.endedOn, kind: duo.endKind };
  }),
});
