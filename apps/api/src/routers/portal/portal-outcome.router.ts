import { duos, outcomes, type Transaction } from '@tandem/db';
import { isOutcomeFollowUpDue, outcomeFollowUpDueOn } from '@tandem/domain';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { brusselsToday } from '../../duos/contact-log.ts';
import { AppError } from '../../errors.ts';
import { writeOutcome } from '../../outcomes/outcome-records.ts';
import { router } from '../../trpc/init.ts';
import { participantProcedure } from '../../trpc/procedures.ts';
import {
  PortalAnswerOutcomeInput,
  PortalOutcomeQuestionsInput,
  PortalOutcomesInput,
} from './portal-outcome.schema.ts';

type Duo = typeof duos.$inferSelect;

/**
 * The questions a mentee may answer now for one of their ended duos: the end questions once
 * it has ended, the six-month ones from their day on; each once, as their own answer (staff
 * may correct it later).
 */
async function openQuestions(tx: Transaction, duo: Duo, applicationIds: readonly string[]) {
  if (duo.endedOn === null || !applicationIds.includes(duo.menteeApplicationId)) return [];
  const answered = await tx
    .select({ moment: outcomes.moment })
    .from(outcomes)
    .where(and(eq(outcomes.duoId, duo.id), eq(outcomes.source, 'participant')));
  const done = new Set(answered.map((a) => a.moment));
  const today = brusselsToday();
  const open: ('end' | 'follow_up_6m')[] = [];
  if (!done.has('end') && !isOutcomeFollowUpDue(duo.endedOn, today)) open.push('end');
  if (!done.has('follow_up_6m') && isOutcomeFollowUpDue(duo.endedOn, today))
    open.push('follow_up_6m');
  return open;
}

async function ownEndedDuo(tx: Transaction, duoId: string) {
  const [duo] = await tx.select().from(duos).where(eq(duos.id, duoId));
  if (!duo) throw new AppError('not_found');
  return duo;
}

/** The mentee's own answers at the end of their duo and six months later (outcomes). */
export const portalOutcomeRouter = router({
  /** The mentee's ended duos with questions open now. */
  open: participantProcedure.input(PortalOutcomesInput).query(async ({ ctx }) => {
    const ended = await ctx.tx
      .select()
      .from(duos)
      .where(isNotNull(duos.endedOn))
      .orderBy(desc(duos.endedOn));
    const result = [];
    for (const duo of ended) {
      const questions = await openQuestions(ctx.tx, duo, ctx.applicationIds);
      if (questions.length > 0) result.push({ duoId: duo.id, endedOn: duo.endedOn, questions });
    }
    return result;
  }),

  questions: participantProcedure
    .input(PortalOutcomeQuestionsInput)
    .query(async ({ ctx, input }) => {
      const duo = await ownEndedDuo(ctx.tx, input.duoId);
      if (!ctx.applicationIds.includes(duo.menteeApplicationId)) throw new AppError('not_found');
      return {
        duoId: duo.id,
        endedOn: duo.endedOn,
        followUpOn: duo.endedOn === null ? null : outcomeFollowUpDueOn(duo.endedOn),
        questions: await openQuestions(ctx.tx, duo, ctx.applicationIds),
      };
    }),

  answer: participantProcedure.input(PortalAnswerOutcomeInput).mutation(async ({ ctx, input }) => {
    const { organisationSlug, duoId, moment, ...fields } = input;
    const duo = await ownEndedDuo(ctx.tx, duoId);
    if (!ctx.applicationIds.includes(duo.menteeApplicationId)) throw new AppError('not_found');
    if (duo.endedOn === null) throw new AppError('outcome.duo_not_ended');
    const open = await openQuestions(ctx.tx, duo, ctx.applicationIds);
    if (!open.includes(moment)) {
      throw new AppError(
        moment === 'follow_up_6m' && !isOutcomeFollowUpDue(duo.endedOn, brusselsToday())
          ? 'outcome.follow_up_not_due'
          : 'outcome.already_answered',
      );
    }
    const row = await writeOutcome(ctx.tx, {
      ...fields,
      tenantId: ctx.organisationId,
      menteeApplicationId: duo.menteeApplicationId,
      duoId: duo.id,
      moment,
      recordedOn: brusselsToday(),
      source: 'participant',
      recordedBy: ctx.user.id,
    });
    return { id: row.id };
  }),
});
