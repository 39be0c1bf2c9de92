import { duoClosures, duos, queryRows, users } from '@tandem/db';
import { and, eq, sql } from 'drizzle-orm';
import { endDuo } from '../../duos/end-duo.ts';
import { AppError } from '../../errors.ts';
import { kickEvaluations } from '../../jobs/evaluations.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { DuoEndSummaryInput, EndDuoInput, ToCloseInput } from './duo-end.schema.ts';

/**
 * E1 on the staff duo page: how and why the duo ended, who ended it and whether its closure
 * steps started; staff end a duo at its planned end or early. A participant's reason is
 * staff's to read.
 */
export const duoEndRouter = router({
  summary: organisationProcedure('duo.read')
    .input(DuoEndSummaryInput)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .select({ duo: duos, closure: duoClosures, recordedByName: users.name })
        .from(duos)
        .leftJoin(
          duoClosures,
          and(eq(duoClosures.tenantId, duos.tenantId), eq(duoClosures.duoId, duos.id)),
        )
        .leftJoin(users, eq(users.id, duos.endRecordedBy))
        .where(and(eq(duos.tenantId, ctx.organisationId), eq(duos.id, input.duoId)));
      if (!row) throw new AppError('not_found');
      const { duo, closure } = row;
      return {
        duoId: duo.id,
        startDate: duo.startDate,
        plannedEndDate: duo.plannedEndDate,
        end:
          duo.endedOn === null || duo.endKind === null || duo.endedBy === null
            ? null
            : {
                lastDay: duo.endedOn,
                kind: duo.endKind,
                reasonCode: duo.endReasonCode,
                reasonText: duo.endReasonText,
                endedBy: duo.endedBy,
                recordedAt: duo.endRecordedAt?.toISOString() ?? null,
                recordedByName: row.recordedByName,
              },
        closureStartedAt: closure?.startedAt.toISOString() ?? null,
      };
    }),

  /**
   * The caseload's closing list: duos the coach coached to their last day that ended with
   * no closing meeting planned or held yet, oldest end first.
   */
  toClose: organisationProcedure('duo.read')
    .input(ToCloseInput)
    .query(async ({ ctx, input }) => {
      const rows = await queryRows<{
        id: string;
        programme_id: string;
        programme_name: string;
        mentor: string;
        mentee: string;
        ended_on: string;
      }>(
        ctx.tx,
        sql`
        select d.id::text as id, p.id::text as programme_id, p.name as programme_name,
          mentor.name as mentor, mentee.name as mentee, d.ended_on::text as ended_on
        from duos d
        join programmes p on p.tenant_id = d.tenant_id and p.id = d.programme_id
        join applications mentor on mentor.tenant_id = d.tenant_id and mentor.id = d.mentor_application_id
        join applications mentee on mentee.tenant_id = d.tenant_id and mentee.id = d.mentee_application_id
        where d.tenant_id = ${ctx.organisationId} and d.ended_on is not null
          and exists (
            select 1 from coach_assignments a
            where a.tenant_id = d.tenant_id and a.duo_id = d.id
              and a.coach_user_id = ${input.coachUserId ?? ctx.user.id}
              and a.from_date <= d.ended_on and (a.until_date is null or a.until_date > d.ended_on)
          )
          and not exists (
            select 1 from closing_meetings m
            where m.tenant_id = d.tenant_id and m.duo_id = d.id and m.status in ('planned', 'held')
          )
        order by d.ended_on, d.id`,
      );
      return rows.map((r) => ({
        id: r.id,
        programme: { id: r.programme_id, name: r.programme_name },
        mentor: r.mentor,
        mentee: r.mentee,
        endedOn: r.ended_on,
      }));
    }),

  end: organisationProcedure('duo.manage')
    .input(EndDuoInput)
    .mutation(async ({ ctx, input }) => {
      const { duo } = await endDuo(ctx.tx, ctx.organisationId, input.duoId, {
        lastDay: input.lastDay,
        reasonCode: input.reasonCode,
        reasonText: input.reasonText || null,
        endedBy: 'staff',
        recordedBy: ctx.user.id,
      });
      kickEvaluations(ctx);
      return { duoId: duo.id, lastDay: duo.endedOn, kind: duo.endKind };
    }),
});
