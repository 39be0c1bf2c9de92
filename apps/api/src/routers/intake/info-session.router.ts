import { infoSessionRegistrations, infoSessions } from '@tandem/db';
import { coversAllInfoSessionTopics } from '@tandem/domain';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
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

function toInfoSession(row: InfoSessionRow, counts: { registered: number; attended: number }) {
  return {
    id: row.id,
    programmeId: row.programmeId,
    audience: row.audience,
    startsAt: row.startsAt.toISOString(),
    place: row.place,
    onlineUrl: row.onlineUrl,
    capacity: row.capacity,
    topicsCovered: row.topicsCovered,
    coversAllTopics: coversAllInfoSessionTopics(row.topicsCovered),
    registered: counts.registered,
    attended: counts.attended,
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

async function requireInfoSession(
  tx: Parameters<typeof requireProgramme>[0],
  tenantId: string,
  infoSessionId: string,
) {
  const [row] = await tx
    .select()
    .from(infoSessions)
    .where(and(eq(infoSessions.tenantId, tenantId), eq(infoSessions.id, infoSessionId)));
  if (!row) throw new AppError('not_found');
  return row;
}

async function registrationCounts(
  tx: Parameters<typeof requireProgramme>[0],
  tenantId: string,
  sessionIds: string[],
) {
  const rows =
    sessionIds.length === 0
      ? []
      : await tx
          .select({
            infoSessionId: infoSessionRegistrations.infoSessionId,
            registered: count(),
            attended: sql<number>`count(*) filter (where ${infoSessionRegistrations.attended})::int`,
          })
          .from(infoSessionRegistrations)
          .where(
            and(
              eq(infoSessionRegistrations.tenantId, tenantId),
              inArray(infoSessionRegistrations.infoSessionId, sessionIds),
            ),
          )
          .groupBy(infoSessionRegistrations.infoSessionId);
  return (id: string) => {
    const row = rows.find((r) => r.infoSessionId === id);
    return { registered: Number(row?.registered ?? 0), attended: Number(row?.attended ?? 0) };
  };
}

/** Info sessions (A1 for mentors, B2 for mentees): schedule, registrations, attendance, topics. */
export const infoSessionRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListInfoSessionsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows = await ctx.tx
        .select()
        .from(infoSessions)
        .where(
          and(
            eq(infoSessions.tenantId, ctx.organisationId),
            eq(infoSessions.programmeId, input.programmeId),
          ),
        )
        .orderBy(asc(infoSessions.startsAt));
      const countsOf = await registrationCounts(
        ctx.tx,
        ctx.organisationId,
        rows.map((r) => r.id),
      );
      return rows.map((row) => toInfoSession(row, countsOf(row.id)));
    }),

  get: organisationProcedure('intake.read')
    .input(GetInfoSessionInput)
    .query(async ({ ctx, input }) => {
      const session = await requireInfoSession(ctx.tx, ctx.organisationId, input.infoSessionId);
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
        ...toInfoSession(session, {
          registered: registrations.length,
          attended: registrations.filter((r) => r.attended).length,
        }),
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
      return toInfoSession(row, { registered: 0, attended: 0 });
    }),

  /** Attendance per registration, once the session has started. */
  recordAttendance: organisationProcedure('intake.manage')
    .input(RecordAttendanceInput)
    .mutation(async ({ ctx, input }) => {
      const session = await requireInfoSession(ctx.tx, ctx.organisationId, input.infoSessionId);
      if (session.startsAt.getTime() > Date.now())
        throw new AppError('intake.info_session_not_held');
      for (const entry of input.attendance) {
        const [updated] = await ctx.tx
          .update(infoSessionRegistrations)
          .set({
            attended: entry.attended,
            attendanceRecordedAt: sql`now()`,
            attendanceRecordedBy: ctx.user.id,
          })
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
      const [counts] = await ctx.tx
        .select({
          registered: count(),
          attended: sql<number>`count(*) filter (where ${infoSessionRegistrations.attended})::int`,
        })
        .from(infoSessionRegistrations)
        .where(
          and(
            eq(infoSessionRegistrations.tenantId, ctx.organisationId),
            eq(infoSessionRegistrations.infoSessionId, session.id),
          ),
        );
      return toInfoSession(session, {
        registered: Number(counts?.registered ?? 0),
        attended: Number(counts?.attended ?? 0),
      });
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
      const countsOf = await registrationCounts(ctx.tx, ctx.organisationId, [row.id]);
      return toInfoSession(row, countsOf(row.id));
    }),
});
