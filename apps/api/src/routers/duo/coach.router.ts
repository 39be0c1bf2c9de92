import {
  checkIns,
  coachAssignments,
  duos,
  mediationNotes,
  memberships,
  type Transaction,
  users,
} from '@tandem/db';
import { brusselsDate, type MembershipRole, roleCan } from '@tandem/domain';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { loadCaseload } from './caseload.queries.ts';
import {
  AddMediationNoteInput,
  AssignCoachInput,
  CaseloadInput,
  CoachesInput,
  DuoFollowUpInput,
  LogCheckInInput,
} from './coach.schema.ts';

const today = () => brusselsDate(new Date().toISOString());

/** The duo, locked for the rest of the unit so two changes of its coach apply in turn. */
async function lockDuo(tx: Transaction, tenantId: string, duoId: string) {
  const [duo] = await tx
    .select()
    .from(duos)
    .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duoId)))
    .for('update');
  if (!duo) throw new AppError('not_found');
  return duo;
}

async function requireDuo(tx: Transaction, tenantId: string, duoId: string) {
  const [duo] = await tx
    .select()
    .from(duos)
    .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duoId)));
  if (!duo) throw new AppError('not_found');
  return duo;
}

/**
 * A running duo the person may write follow-up for: their own (they hold its open coach
 * assignment), or any with `duo.coordinate`. The day written must fall in the duo's life.
 */
async function requireFollowedDuo(
  tx: Transaction,
  ctx: { organisationId: string; user: { id: string }; role: MembershipRole },
  duoId: string,
  day: string,
) {
  const duo = await requireDuo(tx, ctx.organisationId, duoId);
  if (!roleCan(ctx.role, 'duo.coordinate')) {
    const [own] = await tx
      .select({ id: coachAssignments.id })
      .from(coachAssignments)
      .where(
        and(
          eq(coachAssignments.tenantId, ctx.organisationId),
          eq(coachAssignments.duoId, duoId),
          eq(coachAssignments.coachUserId, ctx.user.id),
          isNull(coachAssignments.untilDate),
        ),
      );
    if (!own) throw new AppError('coach.not_your_duo');
  }
  if (day < duo.startDate) throw new AppError('coach.date_before_start');
  if (duo.endedOn !== null && day > duo.endedOn) throw new AppError('coach.duo_ended');
  return duo;
}

/** Members whose role follows duos, by name: who can be a duo's coach. */
async function coachesOf(tx: Transaction, tenantId: string) {
  const rows = await tx
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(users.name), asc(users.id));
  return rows.filter((r) => roleCan(r.role, 'duo.manage'));
}

/**
 * Coach follow-up (D3): one coach per duo at a time with the history of changes, the coach's
 * check-ins, mediation notes (staff only: the portal never reads these tables), and a coach's
 * caseload ordered by need.
 */
export const coachRouter = router({
  coaches: organisationProcedure('duo.read')
    .input(CoachesInput)
    .query(({ ctx }) => coachesOf(ctx.tx, ctx.organisationId)),

  /** A duo's coach history, check-ins and mediation notes, newest first. */
  followUp: organisationProcedure('duo.read')
    .input(DuoFollowUpInput)
    .query(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const duo = await requireDuo(ctx.tx, tenantId, input.duoId);
      const assignments = await ctx.tx
        .select({
          id: coachAssignments.id,
          coachUserId: coachAssignments.coachUserId,
          coachName: users.name,
          fromDate: coachAssignments.fromDate,
          untilDate: coachAssignments.untilDate,
        })
        .from(coachAssignments)
        .innerJoin(users, eq(users.id, coachAssignments.coachUserId))
        .where(and(eq(coachAssignments.tenantId, tenantId), eq(coachAssignments.duoId, duo.id)))
        .orderBy(desc(coachAssignments.fromDate));
      const checkInRows = await ctx.tx
        .select({
          id: checkIns.id,
          checkInOn: checkIns.checkInOn,
          coachName: users.name,
          withWhom: checkIns.withWhom,
          going: checkIns.going,
          followUpNeeded: checkIns.followUpNeeded,
          note: checkIns.note,
        })
        .from(checkIns)
        .innerJoin(users, eq(users.id, checkIns.coachUserId))
        .where(and(eq(checkIns.tenantId, tenantId), eq(checkIns.duoId, duo.id)))
        .orderBy(desc(checkIns.checkInOn), desc(checkIns.createdAt));
      const notes = await ctx.tx
        .select({
          id: mediationNotes.id,
          writtenOn: mediationNotes.writtenOn,
          writtenBy: users.name,
          note: mediationNotes.note,
        })
        .from(mediationNotes)
        .innerJoin(users, eq(users.id, mediationNotes.writtenBy))
        .where(and(eq(mediationNotes.tenantId, tenantId), eq(mediationNotes.duoId, duo.id)))
        .orderBy(desc(mediationNotes.writtenOn), desc(mediationNotes.createdAt));
      return {
        duo: { id: duo.id, startDate: duo.startDate, endedOn: duo.endedOn },
        assignments,
        checkIns: checkInRows,
        mediationNotes: notes,
      };
    }),

  /**
   * Gives the duo a coach from `fromDate`: the open assignment ends that day (exclusive) and
   * the new one opens, so the history keeps both with their dates.
   */
  assign: organisationProcedure('duo.manage')
    .input(AssignCoachInput)
    .mutation(async ({ ctx, input }) => {
      if (!roleCan(ctx.role, 'duo.coordinate')) throw new AppError('forbidden');
      const tenantId = ctx.organisationId;
      const duo = await lockDuo(ctx.tx, tenantId, input.duoId);
      if (duo.endedOn !== null) throw new AppError('coach.duo_ended');
      if (!(await coachesOf(ctx.tx, tenantId)).some((c) => c.id === input.coachUserId))
        throw new AppError('coach.not_a_coach');
      if (input.fromDate < duo.startDate) throw new AppError('coach.date_before_start');
      const [latest] = await ctx.tx
        .select()
        .from(coachAssignments)
        .where(and(eq(coachAssignments.tenantId, tenantId), eq(coachAssignments.duoId, duo.id)))
        .orderBy(desc(coachAssignments.fromDate))
        .limit(1);
      if (latest?.untilDate === null && latest.coachUserId === input.coachUserId) return latest;
      if (
        latest !== undefined &&
        (input.fromDate <= latest.fromDate ||
          (latest.untilDate !== null && input.fromDate < latest.untilDate))
      )
        throw new AppError('coach.change_before_current');
      if (latest?.untilDate === null)
        await ctx.tx
          .update(coachAssignments)
          .set({ untilDate: input.fromDate })
          .where(and(eq(coachAssignments.tenantId, tenantId), eq(coachAssignments.id, latest.id)));
      const [assignment] = await ctx.tx
        .insert(coachAssignments)
        .values({
          tenantId,
          duoId: duo.id,
          coachUserId: input.coachUserId,
          fromDate: input.fromDate,
          assignedBy: ctx.user.id,
        })
        .returning();
      return assignment;
    }),

  logCheckIn: organisationProcedure('duo.manage')
    .input(LogCheckInInput)
    .mutation(async ({ ctx, input }) => {
      const duo = await requireFollowedDuo(ctx.tx, ctx, input.duoId, input.checkInOn);
      const [row] = await ctx.tx
        .insert(checkIns)
        .values({
          tenantId: ctx.organisationId,
          duoId: duo.id,
          coachUserId: ctx.user.id,
          checkInOn: input.checkInOn,
          withWhom: input.withWhom,
          going: input.going,
          followUpNeeded: input.followUpNeeded,
          note: input.note === null || input.note === '' ? null : input.note,
        })
        .returning({ id: checkIns.id });
      return row;
    }),

  addMediationNote: organisationProcedure('duo.manage')
    .input(AddMediationNoteInput)
    .mutation(async ({ ctx, input }) => {
      const duo = await requireFollowedDuo(ctx.tx, ctx, input.duoId, input.writtenOn);
      const [row] = await ctx.tx
        .insert(mediationNotes)
        .values({
          tenantId: ctx.organisationId,
          duoId: duo.id,
          writtenOn: input.writtenOn,
          note: input.note,
          writtenBy: ctx.user.id,
        })
        .returning({ id: mediationNotes.id });
      return row;
    }),

  /** "My duos": a coach's running duos, most in need first, each with its reasons. */
  caseload: organisationProcedure('duo.read')
    .input(CaseloadInput)
    .query(async ({ ctx, input }) => {
      const coachUserId = input.coachUserId ?? ctx.user.id;
      if (coachUserId !== ctx.user.id && !roleCan(ctx.role, 'duo.coordinate'))
        throw new AppError('forbidden');
      const coaches = await coachesOf(ctx.tx, ctx.organisationId);
      const coach = coaches.find((c) => c.id === coachUserId);
      if (!coach && coachUserId !== ctx.user.id) throw new AppError('not_found');
      const day = today();
      return {
        today: day,
        coach: coach ?? null,
        coaches: roleCan(ctx.role, 'duo.coordinate') ? coaches : [],
        duos: await loadCaseload(ctx.tx, ctx.organisationId, coachUserId, day),
      };
    }),
});
