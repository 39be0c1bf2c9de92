import { applications, duos, evaluations, reminderDeliveries } from '@tandem/db';
import { type DuoRole, roleCan } from '@tandem/domain';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { DuoEvaluationsInput } from './evaluation.schema.ts';

/**
 * The evaluations of one duo on the staff duo page (E3): per side whether it was sent,
 * reminded and answered, and when. The answers and the comment are for those who follow
 * every duo (`duo.coordinate`); the comment never leaves the organisation.
 */
export const evaluationRouter = router({
  forDuo: organisationProcedure('duo.read')
    .input(DuoEvaluationsInput)
    .query(async ({ ctx, input }) => {
      const [duo] = await ctx.tx
        .select()
        .from(duos)
        .where(and(eq(duos.tenantId, ctx.organisationId), eq(duos.id, input.duoId)));
      if (!duo) throw new AppError('not_found');
      const [sent, people, reminders] = await Promise.all([
        ctx.tx
          .select()
          .from(evaluations)
          .where(and(eq(evaluations.tenantId, ctx.organisationId), eq(evaluations.duoId, duo.id))),
        ctx.tx
          .select({ id: applications.id, name: applications.name })
          .from(applications)
          .where(eq(applications.tenantId, ctx.organisationId)),
        ctx.tx
          .select({
            applicationId: reminderDeliveries.recipientApplicationId,
            at: reminderDeliveries.createdAt,
          })
          .from(reminderDeliveries)
          .where(
            and(
              eq(reminderDeliveries.tenantId, ctx.organisationId),
              eq(reminderDeliveries.duoId, duo.id),
              eq(reminderDeliveries.kind, 'evaluation_reminder'),
            ),
          )
          .orderBy(asc(reminderDeliveries.createdAt)),
      ]);
      const canReadAnswers = roleCan(ctx.role, 'duo.coordinate');
      const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '';
      const side = (role: DuoRole) => {
        const applicationId = role === 'mentor' ? duo.mentorApplicationId : duo.menteeApplicationId;
        const evaluation = sent.find((e) => e.role === role) ?? null;
        return {
          role,
          name: nameOf(applicationId),
          evaluation: evaluation && {
            sentAt: evaluation.sentAt.toISOString(),
            locale: evaluation.locale,
            questionSetVersion: evaluation.questionSetVersion,
            remindedAt: reminders
              .filter((r) => r.applicationId === evaluation.applicationId)
              .map((r) => r.at.toISOString()),
            completedAt: evaluation.completedAt?.toISOString() ?? null,
            answers: canReadAnswers ? evaluation.answers : null,
            comment: canReadAnswers ? evaluation.comment : null,
          },
        };
      };
      return {
        ended: duo.endedOn !== null,
        canReadAnswers,
        sides: [side('mentor'), side('mentee')],
      };
    }),
});
