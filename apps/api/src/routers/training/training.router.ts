import {
  decisions,
  trainingAttendances,
  trainingModules,
  trainingSessionModules,
  trainingSessions,
} from '@tandem/db';
import { TRAINING_TOPIC_IDS, trainingCoverage } from '@tandem/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { requireApplication } from '../../queries/application.queries.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { attendedTopics, coverageOf } from '../../queries/training-attendance.queries.ts';
import {
  type AttendanceCounts,
  attendanceRecord,
  countAttendance,
  hasStarted,
  NO_ATTENDANCE,
  scheduledSessionOutput,
} from '../../sessions/scheduled-session.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { acceptedMentors, trainingSessionQueries } from './training.queries.ts';
import {
  DeleteModuleInput,
  GetApplicationCoverageInput,
  GetTrainingSessionInput,
  ListCoverageInput,
  ListCurriculumInput,
  ListTrainingSessionsInput,
  RecordTrainingAttendanceInput,
  SaveModuleInput,
  ScheduleTrainingSessionInput,
} from './training.schema.ts';

type ModuleRow = typeof trainingModules.$inferSelect;
type SessionRow = typeof trainingSessions.$inferSelect;

/** Topics in the catalogue's order, without repeats. */
const ordered = (topics: Iterable<string>) => {
  const set = new Set(topics);
  return TRAINING_TOPIC_IDS.filter((topic) => set.has(topic));
};

function toModule(row: ModuleRow) {
  return {
    id: row.id,
    programmeId: row.programmeId,
    name: row.name,
    description: row.description,
    topics: ordered(row.topics),
  };
}

function toSession(row: SessionRow, counts: AttendanceCounts) {
  return {
    ...scheduledSessionOutput(row, counts),
    trainer: row.trainer,
    topicsCovered: ordered(row.topicsCovered),
    held: hasStarted(row),
  };
}

/** The curriculum: modules mapped to the ten A5 topics, and how many of the ten it covers. */
const curriculumRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListCurriculumInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows = await ctx.tx
        .select()
        .from(trainingModules)
        .where(
          and(
            eq(trainingModules.tenantId, ctx.organisationId),
            eq(trainingModules.programmeId, input.programmeId),
          ),
        )
        .orderBy(asc(trainingModules.createdAt), asc(trainingModules.id));
      const coverage = trainingCoverage(rows.map((r) => r.topics));
      return {
        modules: rows.map(toModule),
        coverage: {
          covered: coverage.covered,
          missing: coverage.missing,
          count: coverage.covered.length,
          total: TRAINING_TOPIC_IDS.length,
          complete: coverage.complete,
        },
      };
    }),

  saveModule: organisationProcedure('intake.manage')
    .input(SaveModuleInput)
    .mutation(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const values = {
        name: input.name,
        description: input.description,
        topics: ordered(input.topics),
      };
      if (input.moduleId) {
        const [row] = await ctx.tx
          .update(trainingModules)
          .set({ ...values, updatedAt: sql`now()` })
          .where(
            and(
              eq(trainingModules.tenantId, ctx.organisationId),
              eq(trainingModules.programmeId, input.programmeId),
              eq(trainingModules.id, input.moduleId),
            ),
          )
          .returning();
        if (!row) throw new AppError('not_found');
        return toModule(row);
      }
      const [row] = await ctx.tx
        .insert(trainingModules)
        .values({ tenantId: ctx.organisationId, programmeId: input.programmeId, ...values })
        .returning();
      if (!row) throw new AppError('internal');
      return toModule(row);
    }),

  /** Sessions that taught the module keep the topics they covered. */
  deleteModule: organisationProcedure('intake.manage')
    .input(DeleteModuleInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .delete(trainingModules)
        .where(
          and(
            eq(trainingModules.tenantId, ctx.organisationId),
            eq(trainingModules.id, input.moduleId),
          ),
        )
        .returning({ id: trainingModules.id });
      if (!row) throw new AppError('not_found');
      return { id: row.id };
    }),
});

/** Training sessions: schedule with the modules and topics taught; attendance of mentors. */
const sessionRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListTrainingSessionsInput)
    .query(async ({ ctx, input }) => {
      const rows = await trainingSessionQueries.list(ctx.tx, ctx.organisationId, input.programmeId);
      return rows.map(({ row, counts }) => toSession(row, counts));
    }),

  /** The session, its modules, and every accepted mentor of the programme with their status. */
  get: organisationProcedure('intake.read')
    .input(GetTrainingSessionInput)
    .query(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const session = await trainingSessionQueries.require(
        ctx.tx,
        tenantId,
        input.trainingSessionId,
      );
      const modules = await ctx.tx
        .select({ id: trainingModules.id, name: trainingModules.name })
        .from(trainingSessionModules)
        .innerJoin(
          trainingModules,
          and(
            eq(trainingModules.tenantId, trainingSessionModules.tenantId),
            eq(trainingModules.id, trainingSessionModules.moduleId),
          ),
        )
        .where(
          and(
            eq(trainingSessionModules.tenantId, tenantId),
            eq(trainingSessionModules.trainingSessionId, session.id),
          ),
        )
        .orderBy(asc(trainingModules.createdAt), asc(trainingModules.id));
      const attendance = await ctx.tx
        .select()
        .from(trainingAttendances)
        .where(
          and(
            eq(trainingAttendances.tenantId, tenantId),
            eq(trainingAttendances.trainingSessionId, session.id),
          ),
        );
      const mentors = await acceptedMentors(ctx.tx, tenantId, session.programmeId);
      const coverage = await attendedTopics(
        ctx.tx,
        tenantId,
        mentors.map((m) => m.id),
      );
      return {
        ...toSession(session, countAttendance(attendance)),
        modules,
        mentors: mentors.map((mentor) => {
          const row = attendance.find((a) => a.applicationId === mentor.id);
          const status = !row
            ? ('none' as const)
            : row.attended === null
              ? ('registered' as const)
              : row.attended
                ? ('attended' as const)
                : ('absent' as const);
          return {
            applicationId: mentor.id,
            name: mentor.name,
            email: mentor.email,
            status,
            coverage: coverageOf(coverage.get(mentor.id)),
          };
        }),
      };
    }),

  schedule: organisationProcedure('intake.manage')
    .input(ScheduleTrainingSessionInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      await requireProgramme(ctx.tx, tenantId, input.programmeId);
      const moduleIds = [...new Set(input.moduleIds)];
      const modules =
        moduleIds.length === 0
          ? []
          : await ctx.tx
              .select()
              .from(trainingModules)
              .where(
                and(
                  eq(trainingModules.tenantId, tenantId),
                  eq(trainingModules.programmeId, input.programmeId),
                  inArray(trainingModules.id, moduleIds),
                ),
              );
      if (modules.length !== moduleIds.length) throw new AppError('training.module_unknown');
      const topics = ordered([...input.topics, ...modules.flatMap((m) => m.topics)]);
      const [row] = await ctx.tx
        .insert(trainingSessions)
        .values({
          tenantId,
          programmeId: input.programmeId,
          startsAt: input.startsAt,
          place: input.place || null,
          onlineUrl: input.onlineUrl || null,
          trainer: input.trainer,
          topicsCovered: topics,
        })
        .returning();
      if (!row) throw new AppError('internal');
      if (moduleIds.length > 0)
        await ctx.tx
          .insert(trainingSessionModules)
          .values(moduleIds.map((moduleId) => ({ tenantId, trainingSessionId: row.id, moduleId })));
      return toSession(row, NO_ATTENDANCE);
    }),

  /**
   * Registration and attendance of accepted mentors of the session's programme; attended or
   * absent only once the session has started.
   */
  recordAttendance: organisationProcedure('intake.manage')
    .input(RecordTrainingAttendanceInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const session = await trainingSessionQueries.require(
        ctx.tx,
        tenantId,
        input.trainingSessionId,
      );
      const held = hasStarted(session);
      const mentorIds = new Set(
        (await acceptedMentors(ctx.tx, tenantId, session.programmeId)).map((m) => m.id),
      );
      for (const entry of input.attendance) {
        if (!mentorIds.has(entry.applicationId)) throw new AppError('training.not_accepted_mentor');
        if ((entry.status === 'attended' || entry.status === 'absent') && !held)
          throw new AppError('training.session_not_held');
        const where = and(
          eq(trainingAttendances.tenantId, tenantId),
          eq(trainingAttendances.trainingSessionId, session.id),
          eq(trainingAttendances.applicationId, entry.applicationId),
        );
        if (entry.status === 'none') {
          await ctx.tx.delete(trainingAttendances).where(where);
          continue;
        }
        const record = attendanceRecord(
          entry.status === 'registered' ? null : entry.status === 'attended',
          ctx.user.id,
        );
        await ctx.tx
          .insert(trainingAttendances)
          .values({
            tenantId,
            trainingSessionId: session.id,
            applicationId: entry.applicationId,
            ...record,
          })
          .onConflictDoUpdate({
            target: [
              trainingAttendances.tenantId,
              trainingAttendances.trainingSessionId,
              trainingAttendances.applicationId,
            ],
            set: record,
          });
      }
      return toSession(
        session,
        await trainingSessionQueries.countsOf(ctx.tx, tenantId, session.id),
      );
    }),
});

/** Each accepted mentor's coverage of the ten topics; a mentor lacking any is flagged. */
const coverageRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListCoverageInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const mentors = await acceptedMentors(ctx.tx, ctx.organisationId, input.programmeId);
      const topics = await attendedTopics(
        ctx.tx,
        ctx.organisationId,
        mentors.map((m) => m.id),
      );
      return mentors.map((mentor) => ({
        applicationId: mentor.id,
        name: mentor.name,
        email: mentor.email,
        acceptedAt: mentor.acceptedAt.toISOString(),
        ...coverageOf(topics.get(mentor.id)),
      }));
    }),

  /** One application's coverage (for its page); `applies` is false unless an accepted mentor. */
  get: organisationProcedure('intake.read')
    .input(GetApplicationCoverageInput)
    .query(async ({ ctx, input }) => {
      const application = await requireApplication(ctx.tx, ctx.organisationId, input.applicationId);
      const [decision] = await ctx.tx
        .select({ outcome: decisions.outcome })
        .from(decisions)
        .where(
          and(
            eq(decisions.tenantId, ctx.organisationId),
            eq(decisions.applicationId, application.id),
          ),
        );
      const applies = application.role === 'mentor' && decision?.outcome === 'accepted';
      const topics = await attendedTopics(ctx.tx, ctx.organisationId, [application.id]);
      return {
        applicationId: application.id,
        programmeId: application.programmeId,
        applies,
        ...coverageOf(topics.get(application.id)),
      };
    }),
});

export const trainingRouter = router({
  curriculum: curriculumRouter,
  session: sessionRouter,
  coverage: coverageRouter,
});
