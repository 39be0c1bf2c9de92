import { infoSessionRegistrations, infoSessions } from '@tandem/db';
import { coversAllInfoSessionTopics } from '@tandem/domain';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import {
  type AttendanceCounts,
  attendanceRecord,
  countAttendance,
  hasStarted,
  NO_ATTENDANCE,
  scheduledSessionOutput,
  scheduledSessions,
} from '../../sessions/scheduled-session.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  GetInfoSessionInput,
  ListInfoSessionsInput,
  RecordAttendanceInput,
  ScheduleInfoSessionInput,
  SetTopicsCoveredInput,
} from './intake.schema.ts';

type InfoSessionRow = typeof infoSessions.$inferSelect;
type RegistrationRow = typeof infoSessionRegistrations.$inferSelect;

const infoSessionQueries = scheduledSessions({
  sessions: infoSessions,
  attendances: infoSessionRegistrations,
  sessionIdOf: infoSessionRegistrations.infoSessionId,
});

function toInfoSession(row: InfoSessionRow, counts: AttendanceCounts) {
  return {
    ...scheduledSessionOutput(row, counts),
    audience: row.audience,
    capacity: row.capacity,
    topicsCovered: row.topicsCovered,
    coversAllTopics: coversAllInfoSessionTopics(row.topicsCovered),
  };
}

function toRegistration(row: RegistrationRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    consentAt: row.consentAt.toISOString(),
    consentTextVersion: row.consentTextVersion,
    attended: row.attended,
    registeredAt: row.createdAt.toISOString(),
  };
}

/** Info sessions (A1 for mentors, B2 for mentees): schedule, registrations, attendance, topics. */
export const infoSessionRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListInfoSessionsInput)
    .query(async ({ ctx, input }) => {
      const rows = await infoSessionQueries.list(ctx.tx, ctx.organisationId, input.programmeId);
      return rows.map(({ row, counts }) => toInfoSession(row, counts));
    }),

  get: organisationProcedure('intake.read')
    .input(GetInfoSessionInput)
    .query(async ({ ctx, input }) => {
      const session = await infoSessionQueries.require(
        ctx.tx,
        ctx.organisationId,
        input.infoSessionId,
      );
      const registrations = await ctx.tx
        .select()
        .from(infoSessionRegistrations)
        .where(
          and(
            eq(infoSessionRegistrations.tenantId, ctx.organisationId),
            eq(infoSessionRegistrations.infoSessionId, session.id),
          ),
        )
        .orderBy(asc(infoSessionRegistrations.name));
      return {
        ...toInfoSession(session, countAttendance(registrations)),
        registrations: registrations.map(toRegistration),
      };
    }),

  schedule: organisationProcedure('intake.manage')
    .input(ScheduleInfoSessionInput)
    .mutation(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const [row] = await ctx.tx
        .insert(infoSessions)
        .values({
          tenantId: ctx.organisationId,
          programmeId: input.programmeId,
          audience: input.audience,
          startsAt: input.startsAt,
          place: input.place || null,
          onlineUrl: input.onlineUrl || null,
          capacity: input.capacity,
        })
        .returning();
      if (!row) throw new AppError('internal');
      return toInfoSession(row, NO_ATTENDANCE);
    }),

  /** Attendance per registration, once the session has started. */
  recordAttendance: organisationProcedure('intake.manage')
    .input(RecordAttendanceInput)
    .mutation(async ({ ctx, input }) => {
      const session = await infoSessionQueries.require(
        ctx.tx,
        ctx.organisationId,
        input.infoSessionId,
      );
      if (!hasStarted(session)) throw new AppError('intake.info_session_not_held');
      for (const entry of input.attendance) {
        const [updated] = await ctx.tx
          .update(infoSessionRegistrations)
          .set(attendanceRecord(entry.attended, ctx.user.id))
          .where(
            and(
              eq(infoSessionRegistrations.tenantId, ctx.organisationId),
              eq(infoSessionRegistrations.infoSessionId, session.id),
              eq(infoSessionRegistrations.id, entry.registrationId),
            ),
          )
          .returning({ id: infoSessionRegistrations.id });
        // The unit of work rolls back the entries already written.
        if (!updated) throw new AppError('intake.registration_unknown');
      }
      return toInfoSession(
        session,
        await infoSessionQueries.countsOf(ctx.tx, ctx.organisationId, session.id),
      );
    }),

  /** The A1/B2 topics the session covered, ticked by staff. */
  setTopicsCovered: organisationProcedure('intake.manage')
    .input(SetTopicsCoveredInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(infoSessions)
        .set({ topicsCovered: [...new Set(input.topics)] })
        .where(
          and(
            eq(infoSessions.tenantId, ctx.organisationId),
            eq(infoSessions.id, input.infoSessionId),
          ),
        )
        .returning();
      if (!row) throw new AppError('not_found');
      return toInfoSession(
        row,
        await infoSessionQueries.countsOf(ctx.tx, ctx.organisationId, row.id),
      );
    }),
});
