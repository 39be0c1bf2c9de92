import { applications, duos, programmes } from '@tandem/db';
import { addDays } from '@tandem/domain';
import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import {
  brusselsToday,
  duoContactSummary,
  duoNames,
  endPause,
  lockDuo,
  logContact,
  startPause,
} from '../../duos/contact-log.ts';
import { AppError } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  DuoInput,
  EndingSoonInput,
  EndPauseInput,
  StaffLogContactInput,
  StartPauseInput,
} from './contact.schema.ts';

/** How far ahead a planned end shows up for the closing steps. */
export const ENDING_SOON_DAYS = 30;

/**
 * A duo's life for staff (D1, D2): its span and planned end, the contact log, pauses and
 * what it owes next; staff log a contact on a participant's or the coach's behalf.
 */
export const contactRouter = router({
  duo: organisationProcedure('duo.read')
    .input(DuoInput)
    .query(async ({ ctx, input }) => {
      const [duo] = await ctx.tx
        .select()
        .from(duos)
        .where(and(eq(duos.tenantId, ctx.organisationId), eq(duos.id, input.duoId)));
      if (!duo) throw new AppError('not_found');
      const [programme] = await ctx.tx
        .select({ name: programmes.name, plannedDurationMonths: programmes.plannedDurationMonths })
        .from(programmes)
        .where(and(eq(programmes.tenantId, duo.tenantId), eq(programmes.id, duo.programmeId)));
      if (!programme) throw new AppError('not_found');
      return {
        id: duo.id,
        programmeId: duo.programmeId,
        programmeName: programme.name,
        plannedDurationMonths: programme.plannedDurationMonths,
        names: await duoNames(ctx.tx, duo),
        startDate: duo.startDate,
        plannedEndDate: duo.plannedEndDate,
        endedOn: duo.endedOn,
        endKind: duo.endKind,
        endingSoon:
          duo.endedOn === null && duo.plannedEndDate <= addDays(brusselsToday(), ENDING_SOON_DAYS),
        ...(await duoContactSummary(ctx.tx, duo, { kind: 'staff' })),
      };
    }),

  /** Active duos whose planned end falls within the next 30 days, soonest first. */
  endingSoon: organisationProcedure('duo.read')
    .input(EndingSoonInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const today = brusselsToday();
      const rows = await ctx.tx
        .select()
        .from(duos)
        .where(
          and(
            eq(duos.tenantId, ctx.organisationId),
            eq(duos.programmeId, input.programmeId),
            isNull(duos.endedOn),
            gte(duos.plannedEndDate, today),
            lte(duos.plannedEndDate, addDays(today, ENDING_SOON_DAYS)),
          ),
        )
        .orderBy(asc(duos.plannedEndDate), asc(duos.id));
      if (rows.length === 0) return [];
      const people = await ctx.tx
        .select({ id: applications.id, name: applications.name })
        .from(applications)
        .where(
          and(
            eq(applications.tenantId, ctx.organisationId),
            inArray(
              applications.id,
              rows.flatMap((d) => [d.mentorApplicationId, d.menteeApplicationId]),
            ),
          ),
        );
      const name = (id: string) => people.find((p) => p.id === id)?.name ?? '';
      return rows.map((d) => ({
        id: d.id,
        mentor: name(d.mentorApplicationId),
        mentee: name(d.menteeApplicationId),
        plannedEndDate: d.plannedEndDate,
      }));
    }),

  log: organisationProcedure('duo.manage')
    .input(StaffLogContactInput)
    .mutation(async ({ ctx, input }) => {
      const duo = await lockDuo(ctx.tx, ctx.organisationId, input.duoId);
      // What staff write is for staff; the participants keep their own notes.
      return logContact(ctx.tx, duo, {
        contactOn: input.contactOn,
        mode: input.mode,
        durationMinutes: input.durationMinutes,
        loggedBy: input.loggedBy,
        recordedBy: ctx.user.id,
        note: input.note,
        noteSharedWithStaff: true,
      });
    }),

  startPause: organisationProcedure('duo.manage')
    .input(StartPauseInput)
    .mutation(async ({ ctx, input }) => {
      const duo = await lockDuo(ctx.tx, ctx.organisationId, input.duoId);
      return startPause(ctx.tx, duo, {
        fromDate: input.fromDate,
        reason: input.reason,
        recordedBy: ctx.user.id,
      });
    }),

  endPause: organisationProcedure('duo.manage')
    .input(EndPauseInput)
    .mutation(async ({ ctx, input }) => {
      const duo = await lockDuo(ctx.tx, ctx.organisationId, input.duoId);
      return endPause(ctx.tx, duo, input.pauseId, input.untilDate);
    }),
});
