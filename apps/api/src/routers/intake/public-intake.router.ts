import { infoSessionRegistrations, infoSessions, recruitmentChannels } from '@tandem/db';
import { channelServesRole } from '@tandem/domain';
import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { publicProgrammeProcedure, publicSubmissionProcedure } from '../../trpc/procedures.ts';
import { recordPublicApplication } from './application.service.ts';
import { ApplyInput, PublicProgrammeInput, RegisterForInfoSessionInput } from './intake.schema.ts';

/**
 * What a person without an account may see and do for a programme: its public description,
 * its upcoming info sessions with free places, the channels to say how they heard of it,
 * registering for a session and applying. Nothing here reveals whether someone else has
 * registered or applied.
 */
export const publicIntakeRouter = router({
  programme: publicProgrammeProcedure.input(PublicProgrammeInput).query(async ({ ctx }) => {
    const { tx, organisationId, programme } = ctx;
    const sessions = await tx
      .select({
        id: infoSessions.id,
        audience: infoSessions.audience,
        startsAt: infoSessions.startsAt,
        place: infoSessions.place,
        online: sql<boolean>`${infoSessions.onlineUrl} is not null`,
        capacity: infoSessions.capacity,
        // Qualified by hand: in a one-table select drizzle leaves columns unqualified, which
        // inside the subquery would name the registration's own columns.
        registered: sql<number>`(select count(*)::int from info_session_registrations r
          where r.tenant_id = info_sessions.tenant_id and r.info_session_id = info_sessions.id)`,
      })
      .from(infoSessions)
      .where(
        and(
          eq(infoSessions.tenantId, organisationId),
          eq(infoSessions.programmeId, programme.id),
          gt(infoSessions.startsAt, sql`now()`),
        ),
      )
      .orderBy(asc(infoSessions.startsAt));
    const channels = await tx
      .select({
        id: recruitmentChannels.id,
        kind: recruitmentChannels.kind,
        name: recruitmentChannels.name,
        audience: recruitmentChannels.audience,
      })
      .from(recruitmentChannels)
      .where(
        and(
          eq(recruitmentChannels.tenantId, organisationId),
          eq(recruitmentChannels.programmeId, programme.id),
        ),
      )
      .orderBy(asc(recruitmentChannels.name));
    return {
      organisation: { name: ctx.organisationName },
      programme: {
        id: programme.id,
        name: programme.name,
        description: programme.description,
        languages: programme.languages,
      },
      infoSessions: sessions.map((s) => ({
        id: s.id,
        audience: s.audience,
        startsAt: s.startsAt.toISOString(),
        place: s.place,
        /** The link itself is given on registration. */
        online: s.online,
        freePlaces: Math.max(0, s.capacity - Number(s.registered)),
      })),
      channels,
    };
  }),

  /**
   * Registers a person for an upcoming session of the programme, with their consent.
   * Registering again with the same e-mail takes no second place and changes nothing held:
   * anyone may type any e-mail. The answer is the same whether or not the e-mail was
   * registered, a full session included.
   */
  registerForInfoSession: publicSubmissionProcedure('info_session_registration')
    .input(RegisterForInfoSessionInput)
    .mutation(async ({ ctx, input }) => {
      const { tx, organisationId, programme } = ctx;
      // Locked, so two people cannot take the last place at the same time.
      const [session] = await tx
        .select()
        .from(infoSessions)
        .where(
          and(
            eq(infoSessions.tenantId, organisationId),
            eq(infoSessions.id, input.infoSessionId),
            eq(infoSessions.programmeId, programme.id),
          ),
        )
        .for('update');
      if (!session) throw new AppError('not_found');
      if (session.startsAt.getTime() <= Date.now()) throw new AppError('intake.info_session_past');
      const [taken] = await tx
        .select({ n: count() })
        .from(infoSessionRegistrations)
        .where(
          and(
            eq(infoSessionRegistrations.tenantId, organisationId),
            eq(infoSessionRegistrations.infoSessionId, session.id),
          ),
        );
      if (Number(taken?.n ?? 0) >= session.capacity) throw new AppError('intake.info_session_full');
      await tx
        .insert(infoSessionRegistrations)
        .values({
          tenantId: organisationId,
          infoSessionId: session.id,
          email: input.email,
          name: input.name,
          phone: input.phone,
          locale: input.locale,
          consentAt: sql`now()`,
          consentTextVersion: input.consent.textVersion,
        })
        .onConflictDoNothing({
          target: [
            infoSessionRegistrations.tenantId,
            infoSessionRegistrations.infoSessionId,
            infoSessionRegistrations.email,
          ],
        });
      return {
        infoSessionId: session.id,
        startsAt: session.startsAt.toISOString(),
        place: session.place,
        onlineUrl: session.onlineUrl,
      };
    }),

  /**
   * A mentor's or mentee's application. A second application by the same e-mail for the same
   * programme and role leaves the first as it is and waits beside it for staff to review
   * (see `recordPublicApplication`).
   */
  submitApplication: publicSubmissionProcedure('application')
    .input(ApplyInput)
    .mutation(async ({ ctx, input }) => {
      const { tx, organisationId, programme } = ctx;
      const [channel] = await tx
        .select()
        .from(recruitmentChannels)
        .where(
          and(
            eq(recruitmentChannels.tenantId, organisationId),
            eq(recruitmentChannels.id, input.channelId),
            eq(recruitmentChannels.programmeId, programme.id),
          ),
        );
      if (!channel || !channelServesRole(channel.audience, input.role))
        throw new AppError('intake.channel_invalid');
      await recordPublicApplication(tx, organisationId, programme.id, {
        ...input,
        channelId: channel.id,
        consentTextVersion: input.consent.textVersion,
      });
      // Deliberately the same answer for a new application and a later one.
      return { received: true as const };
    }),
});
