import { duos, evaluations } from '@tandem/db';
import { evaluationQuestionsFor, isCompleteEvaluation } from '@tandem/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { participantProcedure } from '../../trpc/procedures.ts';
import {
  PortalAnswerEvaluationInput,
  PortalEvaluationInput,
  PortalOpenEvaluationsInput,
} from './evaluation.schema.ts';

/**
 * A participant's own evaluations (E3), answered once in the portal. Row-level security shows
 * them only their own; the comment they write goes to staff and is never shown back to the
 * other participant.
 */
export const portalEvaluationRouter = router({
  /** The evaluations still to answer, for the portal's home. */
  open: participantProcedure
    .input(PortalOpenEvaluationsInput)
    .query(async ({ ctx }) =>
      ctx.tx
        .select({ evaluationId: evaluations.id, duoId: evaluations.duoId, role: evaluations.role })
        .from(evaluations)
        .where(isNull(evaluations.completedAt))
        .orderBy(asc(evaluations.sentAt), asc(evaluations.id)),
    ),

  get: participantProcedure.input(PortalEvaluationInput).query(async ({ ctx, input }) => {
    const [row] = await ctx.tx
      .select({ evaluation: evaluations, endedOn: duos.endedOn })
      .from(evaluations)
      .innerJoin(duos, eq(duos.id, evaluations.duoId))
      .where(eq(evaluations.id, input.evaluationId));
    if (!row) throw new AppError('not_found');
    const { evaluation } = row;
    return {
      evaluationId: evaluation.id,
      role: evaluation.role,
      endedOn: row.endedOn,
      questions: evaluationQuestionsFor(evaluation.role).map((q) => ({
        id: q.id,
        scale: q.scale,
      })),
      answered: evaluation.completedAt !== null,
    };
  }),

  answer: participantProcedure
    .input(PortalAnswerEvaluationInput)
    .mutation(async ({ ctx, input }) => {
      const [evaluation] = await ctx.tx
        .select({
          id: evaluations.id,
          role: evaluations.role,
          completedAt: evaluations.completedAt,
        })
        .from(evaluations)
        .where(eq(evaluations.id, input.evaluationId));
      if (!evaluation) throw new AppError('not_found');
      if (evaluation.completedAt !== null) throw new AppError('evaluation.already_answered');
      if (!isCompleteEvaluation(evaluation.role, input.answers))
        throw new AppError('evaluation.answer_required');
      // Once: the open condition is in the update itself, so a second submit at the same
      // moment finds nothing left to answer.
      const [answered] = await ctx.tx
        .update(evaluations)
        .set({ answers: input.answers, comment: input.comment || null, completedAt: new Date() })
        .where(and(eq(evaluations.id, evaluation.id), isNull(evaluations.completedAt)))
        .returning({ id: evaluations.id });
      if (!answered) throw new AppError('evaluation.already_answered');
      return { evaluationId: answered.id };
    }),
});
