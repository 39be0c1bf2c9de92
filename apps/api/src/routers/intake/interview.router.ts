import { interviews, memberships } from '@tandem/db';
import { isInterviewComplete } from '@tandem/domain';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { requireApplication } from '../../queries/application.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { RecordInterviewOutcomeInput, ScheduleInterviewInput } from './intake.schema.ts';

type InterviewRow = typeof interviews.$inferSelect;

function toInterview(row: InterviewRow) {
  return {
    id: row.id,
    applicationId: row.applicationId,
    interviewerUserId: row.interviewerUserId,
    scheduledAt: row.scheduledAt.toISOString(),
    mode: row.mode,
    completedAt: row.completedAt?.toISOString() ?? null,
    committedPeriodMonths: row.committedPeriodMonths,
    committedContactIntervalDays: row.committedContactIntervalDays,
    expectationsRealistic: row.expectationsRealistic,
    expectationsNote: row.expectationsNote,
    complete: isInterviewComplete(row),
  };
}

/**
 * Selection interviews (A3 for mentors, B3 for mentees). Admins and coordinators schedule
 * and record any interview; a coach only the interviews they hold themselves.
 */
export const interviewRouter = router({
  schedule: organisationProcedure('intake.interview')
    .input(ScheduleInterviewInput)
    .mutation(async ({ ctx, input }) => {
      const application = await requireApplication(ctx.tx, ctx.organisationId, input.applicationId);
      if (ctx.role === 'coach' && input.interviewerUserId !== ctx.user.id)
        throw new AppError('forbidden');
      const [member] = await ctx.tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(
          and(
            eq(memberships.tenantId, ctx.organisationId),
            eq(memberships.userId, input.interviewerUserId),
          ),
        );
      if (!member) throw new AppError('intake.interviewer_not_member');
      const [row] = await ctx.tx
        .insert(interviews)
        .values({
          tenantId: ctx.organisationId,
          applicationId: application.id,
          interviewerUserId: member.userId,
          scheduledAt: input.scheduledAt,
          mode: input.mode,
        })
        .returning();
      if (!row) throw new AppError('internal');
      return toInterview(row);
    }),

  /**
   * Records the interview as held, with the fields A3/B3 require. Recording again corrects
   * the outcome; the audit trail keeps the earlier one.
   */
  recordOutcome: organisationProcedure('intake.interview')
    .input(RecordInterviewOutcomeInput)
    .mutation(async ({ ctx, input }) => {
      const where = and(
        eq(interviews.tenantId, ctx.organisationId),
        eq(interviews.id, input.interviewId),
      );
      const [interview] = await ctx.tx.select().from(interviews).where(where).for('update');
      if (!interview) throw new AppError('not_found');
      if (ctx.role === 'coach' && interview.interviewerUserId !== ctx.user.id)
        throw new AppError('forbidden');
      const [row] = await ctx.tx
        .update(interviews)
        .set({
          completedAt: interview.completedAt ?? sql`now()`,
          committedPeriodMonths: input.committedPeriodMonths,
          committedContactIntervalDays: input.committedContactIntervalDays,
          expectationsRealistic: input.expectationsRealistic,
          expectationsNote: input.expectationsNote || null,
          recordedBy: ctx.user.id,
        })
        .where(where)
        .returning();
      if (!row) throw new AppError('internal');
      return toInterview(row);
    }),
});
