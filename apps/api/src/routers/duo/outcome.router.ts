import { duos } from '@tandem/db';
import { and, eq } from 'drizzle-orm';
import { brusselsToday } from '../../duos/contact-log.ts';
import { AppError } from '../../errors.ts';
import {
  outcomeHistory,
  requireAcceptedMentee,
  requireEnded,
  writeOutcome,
} from '../../outcomes/outcome-records.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  ApplicationOutcomesInput,
  DuoOutcomesInput,
  RecordDuoOutcomeInput,
  RecordIntakeOutcomeInput,
} from './outcome.schema.ts';

async function duoOf(tx: Parameters<typeof outcomeHistory>[0], tenantId: string, duoId: string) {
  const [duo] = await tx
    .select()
    .from(duos)
    .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duoId)));
  if (!duo) throw new AppError('not_found');
  return duo;
}

function notInFuture(day: string) {
  if (day > brusselsToday()) throw new AppError('outcome.date_in_future');
}

/**
 * The mentee's situation as staff record it: at intake on the accepted mentee's application,
 * at the end and six months later on the duo. A correction is a new row; the latest holds
 * and the earlier ones stay as its history.
 */
export const outcomeRouter = router({
  ofApplication: organisationProcedure('intake.read')
    .input(ApplicationOutcomesInput)
    .query(({ ctx, input }) =>
      outcomeHistory(ctx.tx, ctx.organisationId, { menteeApplicationId: input.applicationId }),
    ),

  ofDuo: organisationProcedure('duo.read')
    .input(DuoOutcomesInput)
    .query(async ({ ctx, input }) => {
      const duo = await duoOf(ctx.tx, ctx.organisationId, input.duoId);
      const history = await outcomeHistory(ctx.tx, ctx.organisationId, { duoId: duo.id });
      return { endedOn: duo.endedOn, history };
    }),

  recordIntake: organisationProcedure('intake.manage')
    .input(RecordIntakeOutcomeInput)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, applicationId, recordedOn, ...fields } = input;
      notInFuture(recordedOn);
      await requireAcceptedMentee(ctx.tx, ctx.organisationId, applicationId);
      const row = await writeOutcome(ctx.tx, {
        ...fields,
        tenantId: ctx.organisationId,
        menteeApplicationId: applicationId,
        duoId: null,
        moment: 'intake',
        recordedOn,
        source: 'staff',
        recordedBy: ctx.user.id,
      });
      return { id: row.id };
    }),

  recordForDuo: organisationProcedure('duo.manage')
    .input(RecordDuoOutcomeInput)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, duoId, moment, recordedOn, ...fields } = input;
      notInFuture(recordedOn);
      const duo = await duoOf(ctx.tx, ctx.organisationId, duoId);
      requireEnded(duo);
      const row = await writeOutcome(ctx.tx, {
        ...fields,
        tenantId: ctx.organisationId,
        menteeApplicationId: duo.menteeApplicationId,
        duoId: duo.id,
        moment,
        recordedOn,
        source: 'staff',
        recordedBy: ctx.user.id,
      });
      return { id: row.id };
    }),
});
