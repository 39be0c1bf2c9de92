import { randomUUID } from 'node:crypto';
import {
  agreementAcceptances,
  agreements,
  applications,
  duos,
  firstMeetings,
  matches,
  matchValidations,
  memberships,
  type Transaction,
} from '@tandem/db';
import { duoStage } from '@tandem/domain';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { issueAgreementIfValidated, recordValidation } from '../../duos/duo-start.ts';
import { queueFirstMeetingNotices } from '../../duos/first-meeting-notices.ts';
import { AppError } from '../../errors.ts';
import { domainOf } from '../../jobs/mailer.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  CancelFirstMeetingInput,
  ListFirstMeetingsInput,
  RecordAnswerInput,
  RecordFirstMeetingOutcomeInput,
  RescheduleFirstMeetingInput,
  ScheduleFirstMeetingInput,
} from './first-meeting.schema.ts';

type Meeting = typeof firstMeetings.$inferSelect;

async function requireMember(tx: Transaction, tenantId: string, userId: string) {
  const [member] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  if (!member) throw new AppError('firstMeeting.staff_not_member');
}

async function requireMatch(tx: Transaction, tenantId: string, matchId: string) {
  const [match] = await tx
    .select()
    .from(matches)
    .where(and(eq(matches.tenantId, tenantId), eq(matches.id, matchId)));
  if (!match) throw new AppError('not_found');
  return match;
}

/**
 * The match, locked for the rest of the unit, while it is still a proposal: a declined,
 * cancelled or started match has no first meeting left to plan, move, call off or record.
 * The lock keeps a decline or a cancellation from landing between the check and the change.
 */
async function lockOpenMatch(tx: Transaction, tenantId: string, matchId: string) {
  const [match] = await tx
    .select()
    .from(matches)
    .where(and(eq(matches.tenantId, tenantId), eq(matches.id, matchId)))
    .for('update');
  if (!match) throw new AppError('not_found');
  if (match.status !== 'proposed') throw new AppError('duo.match_closed');
  return match;
}

/** The meeting locked for the rest of the unit, so two changes apply one after the other. */
async function lockMeeting(tx: Transaction, tenantId: string, id: string) {
  const [meeting] = await tx
    .select()
    .from(firstMeetings)
    .where(and(eq(firstMeetings.tenantId, tenantId), eq(firstMeetings.id, id)))
    .for('update');
  if (!meeting) throw new AppError('not_found');
  return meeting;
}

const toMeeting = (m: Meeting) => ({
  id: m.id,
  matchId: m.matchId,
  startsAt: m.startsAt.toISOString(),
  durationMinutes: m.durationMinutes,
  place: m.place,
  locationKind: m.locationKind,
  plannedStaffUserId: m.plannedStaffUserId,
  status: m.status,
  icsUid: m.icsUid,
  icsSequence: m.icsSequence,
  staffPresentUserId: m.staffPresentUserId,
  mentorPresent: m.mentorPresent,
  menteePresent: m.menteePresent,
});

export const firstMeetingRouter = router({
  /**
   * The programme's matches as duos in the making, each with its stage (what it waits for
   * and on whom), the names staff need and its current or latest first meeting.
   */
  list: organisationProcedure('duo.read')
    .input(ListFirstMeetingsInput)
    .query(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      await requireProgramme(ctx.tx, tenantId, input.programmeId);
      const rows = await ctx.tx
        .select()
        .from(matches)
        .where(and(eq(matches.tenantId, tenantId), eq(matches.programmeId, input.programmeId)))
        .orderBy(desc(matches.decidedAt), asc(matches.id));
      const ids = rows.map((m) => m.id);
      if (ids.length === 0) return [];
      const applicationIds = rows.flatMap((m) => [m.mentorApplicationId, m.menteeApplicationId]);
      const names = new Map(
        (
          await ctx.tx
            .select({ id: applications.id, name: applications.name })
            .from(applications)
            .where(
              and(eq(applications.tenantId, tenantId), inArray(applications.id, applicationIds)),
            )
        ).map((a) => [a.id, a.name]),
      );
      const meetings = await ctx.tx
        .select()
        .from(firstMeetings)
        .where(and(eq(firstMeetings.tenantId, tenantId), inArray(firstMeetings.matchId, ids)))
        .orderBy(asc(firstMeetings.createdAt));
      const validations = await ctx.tx
        .select()
        .from(matchValidations)
        .where(and(eq(matchValidations.tenantId, tenantId), inArray(matchValidations.matchId, ids)))
        .orderBy(asc(matchValidations.answeredAt));
      const current = await ctx.tx
        .select({ id: agreements.id, matchId: agreements.matchId, role: agreementAcceptances.role })
        .from(agreements)
        .leftJoin(
          agreementAcceptances,
          and(
            eq(agreementAcceptances.tenantId, agreements.tenantId),
            eq(agreementAcceptances.agreementId, agreements.id),
          ),
        )
        .where(
          and(
            eq(agreements.tenantId, tenantId),
            inArray(agreements.matchId, ids),
            isNull(agreements.supersededAt),
          ),
        );
      const started = await ctx.tx
        .select({ id: duos.id, matchId: duos.matchId, startDate: duos.startDate })
        .from(duos)
        .where(and(eq(duos.tenantId, tenantId), inArray(duos.matchId, ids)));
      return rows.map((match) => {
        const own = meetings.filter((m) => m.matchId === match.id);
        const agreementRows = current.filter((a) => a.matchId === match.id);
        const duo = started.find((d) => d.matchId === match.id);
        const stage = duoStage({
          match: {
            status: match.status,
            closedAt: match.closedAt?.toISOString() ?? null,
            closeReason: match.closeReason,
          },
          firstMeetings: own.map((m) => ({ status: m.status, startsAt: m.startsAt.toISOString() })),
          validations: validations
            .filter((v) => v.matchId === match.id)
            .map((v) => ({
              role: v.role,
              answer: v.answer,
              answeredAt: v.answeredAt.toISOString(),
            })),
          agreement:
            agreementRows.length > 0
              ? { acceptedBy: agreementRows.flatMap((a) => (a.role ? [a.role] : [])) }
              : null,
          duo: duo ? { startDate: duo.startDate } : null,
        });
        const meeting = own.find((m) => m.status === 'planned') ?? own.at(-1) ?? null;
        return {
          matchId: match.id,
          status: match.status,
          mentorName: names.get(match.mentorApplicationId) ?? '',
          menteeName: names.get(match.menteeApplicationId) ?? '',
          duoId: duo?.id ?? null,
          stage,
          meeting: meeting ? toMeeting(meeting) : null,
        };
      });
    }),

  /** C3: plans the proposed match's first meeting and invites the three people to it. */
  schedule: organisationProcedure('duo.manage')
    .input(ScheduleFirstMeetingInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const match = await lockOpenMatch(ctx.tx, tenantId, input.matchId);
      await requireMember(ctx.tx, tenantId, input.plannedStaffUserId);
      const [planned] = await ctx.tx
        .select({ id: firstMeetings.id })
        .from(firstMeetings)
        .where(
          and(
            eq(firstMeetings.tenantId, tenantId),
            eq(firstMeetings.matchId, match.id),
            eq(firstMeetings.status, 'planned'),
          ),
        );
      if (planned) throw new AppError('firstMeeting.already_planned');
      const [meeting] = await ctx.tx
        .insert(firstMeetings)
        .values({
          tenantId,
          matchId: match.id,
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes,
          place: input.place,
          locationKind: input.locationKind,
          plannedStaffUserId: input.plannedStaffUserId,
          icsUid: `${randomUUID()}@${domainOf(ctx.config.mailFrom)}`,
        })
        .returning();
      if (!meeting) throw new AppError('internal');
      await queueFirstMeetingNotices(ctx.tx, ctx.config, match, meeting, 'invitation');
      return toMeeting(meeting);
    }),

  /** The same event moved: same UID, a higher SEQUENCE. */
  reschedule: organisationProcedure('duo.manage')
    .input(RescheduleFirstMeetingInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const existing = await lockMeeting(ctx.tx, tenantId, input.firstMeetingId);
      if (existing.status !== 'planned') throw new AppError('firstMeeting.not_planned');
      const match = await lockOpenMatch(ctx.tx, tenantId, existing.matchId);
      await requireMember(ctx.tx, tenantId, input.plannedStaffUserId);
      const [meeting] = await ctx.tx
        .update(firstMeetings)
        .set({
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes,
          place: input.place,
          locationKind: input.locationKind,
          plannedStaffUserId: input.plannedStaffUserId,
          icsSequence: existing.icsSequence + 1,
          updatedAt: new Date(),
        })
        .where(and(eq(firstMeetings.tenantId, tenantId), eq(firstMeetings.id, existing.id)))
        .returning();
      if (!meeting) throw new AppError('internal');
      await queueFirstMeetingNotices(ctx.tx, ctx.config, match, meeting, 'update');
      return toMeeting(meeting);
    }),

  /** Called off: METHOD:CANCEL with the same UID and a higher SEQUENCE. */
  cancel: organisationProcedure('duo.manage')
    .input(CancelFirstMeetingInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const existing = await lockMeeting(ctx.tx, tenantId, input.firstMeetingId);
      if (existing.status !== 'planned') throw new AppError('firstMeeting.not_planned');
      const match = await lockOpenMatch(ctx.tx, tenantId, existing.matchId);
      const [meeting] = await ctx.tx
        .update(firstMeetings)
        .set({ status: 'cancelled', icsSequence: existing.icsSequence + 1, updatedAt: new Date() })
        .where(and(eq(firstMeetings.tenantId, tenantId), eq(firstMeetings.id, existing.id)))
        .returning();
      if (!meeting) throw new AppError('internal');
      await queueFirstMeetingNotices(ctx.tx, ctx.config, match, meeting, 'cancellation');
      return toMeeting(meeting);
    }),

  /** Afterwards: whether it took place and who was there. */
  recordOutcome: organisationProcedure('duo.manage')
    .input(RecordFirstMeetingOutcomeInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const existing = await lockMeeting(ctx.tx, tenantId, input.firstMeetingId);
      if (existing.status !== 'planned') throw new AppError('firstMeeting.not_planned');
      await lockOpenMatch(ctx.tx, tenantId, existing.matchId);
      const now = new Date();
      if (existing.startsAt > now) throw new AppError('firstMeeting.not_started');
      if (input.held && input.staffPresentUserId)
        await requireMember(ctx.tx, tenantId, input.staffPresentUserId);
      const [meeting] = await ctx.tx
        .update(firstMeetings)
        .set({
          status: input.held ? 'held' : 'not_held',
          staffPresentUserId: input.held ? input.staffPresentUserId : null,
          mentorPresent: input.held ? input.mentorPresent : null,
          menteePresent: input.held ? input.menteePresent : null,
          outcomeRecordedAt: now,
          outcomeRecordedBy: ctx.user.id,
          updatedAt: now,
        })
        .where(and(eq(firstMeetings.tenantId, tenantId), eq(firstMeetings.id, existing.id)))
        .returning();
      if (!meeting) throw new AppError('internal');
      return toMeeting(meeting);
    }),

  /**
   * C4: an answer that came to staff by phone, e-mail or in person, written down by them;
   * once both confirmed, the agreement is issued as from the portal.
   */
  recordAnswer: organisationProcedure('duo.manage')
    .input(RecordAnswerInput)
    .mutation(async ({ ctx, input }) => {
      await requireMatch(ctx.tx, ctx.organisationId, input.matchId);
      await recordValidation(ctx.tx, {
        matchId: input.matchId,
        role: input.role,
        answer: input.answer,
        channel: input.channel,
        reason: input.reason || null,
        recordedBy: ctx.user.id,
      });
      const agreement = await issueAgreementIfValidated(ctx.tx, input.matchId, ctx.user.id);
      return { agreementIssued: agreement !== null };
    }),
});
