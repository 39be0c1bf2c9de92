import { duos, type Transaction } from '@tandem/db';
import { desc, eq } from 'drizzle-orm';
import { duoContactSummary, logContact } from '../../duos/contact-log.ts';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { participantProcedure } from '../../trpc/procedures.ts';
import { PortalInput } from './portal.schema.ts';
import { PortalDuoInput, PortalLogContactInput } from './portal-contact.schema.ts';

/** The side the person is on in a duo the database shows them (only their own). */
function sideIn(duo: typeof duos.$inferSelect, applicationIds: readonly string[]) {
  return applicationIds.includes(duo.mentorApplicationId)
    ? ('mentor' as const)
    : ('mentee' as const);
}

async function ownDuo(tx: Transaction, duoId: string) {
  const [duo] = await tx.select().from(duos).where(eq(duos.id, duoId));
  if (!duo) throw new AppError('not_found');
  return duo;
}

/**
 * The contact log in the portal (D2): a mentor or mentee logs a contact of their own duo and
 * sees the last ones and when the next is due. Notes come back to their writer only.
 */
export const portalContactRouter = router({
  overview: participantProcedure.input(PortalInput).query(async ({ ctx }) => {
    const own = await ctx.tx.select().from(duos).orderBy(desc(duos.startDate));
    const reader = { kind: 'participant' as const, userId: ctx.user.id };
    const result = [];
    for (const duo of own) {
      const summary = await duoContactSummary(ctx.tx, duo, reader);
      result.push({
        duoId: duo.id,
        role: sideIn(duo, ctx.applicationIds),
        startDate: duo.startDate,
        endedOn: duo.endedOn,
        ...summary,
      });
    }
    return result;
  }),

  duo: participantProcedure.input(PortalDuoInput).query(async ({ ctx, input }) => {
    const duo = await ownDuo(ctx.tx, input.duoId);
    return {
      duoId: duo.id,
      role: sideIn(duo, ctx.applicationIds),
      startDate: duo.startDate,
      endedOn: duo.endedOn,
      ...(await duoContactSummary(ctx.tx, duo, { kind: 'participant', userId: ctx.user.id })),
    };
  }),

  log: participantProcedure.input(PortalLogContactInput).mutation(async ({ ctx, input }) => {
    const duo = await ownDuo(ctx.tx, input.duoId);
    return logContact(ctx.tx, duo, {
      contactOn: input.contactOn,
      mode: input.mode,
      durationMinutes: input.durationMinutes,
      loggedBy: sideIn(duo, ctx.applicationIds),
      recordedBy: ctx.user.id,
      note: input.note,
      noteSharedWithStaff: input.noteSharedWithStaff,
    });
  }),
});
