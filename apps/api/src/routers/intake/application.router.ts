import {
  decisions,
  infoSessionRegistrations,
  infoSessions,
  interviews,
  onwardReferrals,
  outboxMessages,
  recruitmentChannels,
} from '@tandem/db';
import { isInterviewComplete, requiresOnwardReferral } from '@tandem/domain';
import { and, asc, eq } from 'drizzle-orm';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { queryPipeline } from './application-pipeline.ts';
import { applicationFacts, requireApplication, requireProgramme } from './intake.queries.ts';
import { GetApplicationInput, ListApplicationsInput } from './intake.schema.ts';

/** The application pipeline per programme: applied → info session → interview → decision. */
export const applicationRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListApplicationsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows = await queryPipeline(ctx.tx, ctx.organisationId, input);
      return rows.map(({ application: a, channelName, stage, decision }) => ({
        id: a.id,
        role: a.role,
        name: a.name,
        email: a.email,
        preferredLocale: a.preferredLocale,
        municipality: a.municipality,
        channel: { id: a.channelId, name: channelName },
        submittedAt: a.submittedAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
        submissionCount: a.submissionCount,
        stage,
        decision,
      }));
    }),

  get: organisationProcedure('intake.read')
    .input(GetApplicationInput)
    .query(async ({ ctx, input }) => {
      const tenant = ctx.organisationId;
      const a = await requireApplication(ctx.tx, tenant, input.applicationId);
      const [channel] = await ctx.tx
        .select()
        .from(recruitmentChannels)
        .where(
          and(eq(recruitmentChannels.tenantId, tenant), eq(recruitmentChannels.id, a.channelId)),
        );
      const facts = (await applicationFacts(ctx.tx, tenant, [a])).get(a.id);
      const registrations = await ctx.tx
        .select({
          infoSessionId: infoSessions.id,
          startsAt: infoSessions.startsAt,
          topicsCovered: infoSessions.topicsCovered,
          attended: infoSessionRegistrations.attended,
        })
        .from(infoSessionRegistrations)
        .innerJoin(
          infoSessions,
          and(
            eq(infoSessions.tenantId, infoSessionRegistrations.tenantId),
            eq(infoSessions.id, infoSessionRegistrations.infoSessionId),
          ),
        )
        .where(
          and(
            eq(infoSessionRegistrations.tenantId, tenant),
            eq(infoSessions.programmeId, a.programmeId),
            eq(infoSessions.audience, a.role),
            eq(infoSessionRegistrations.email, a.email),
          ),
        )
        .orderBy(asc(infoSessions.startsAt));
      const interviewRows = await ctx.tx
        .select()
        .from(interviews)
        .where(and(eq(interviews.tenantId, tenant), eq(interviews.applicationId, a.id)))
        .orderBy(asc(interviews.scheduledAt));
      const [decision] = await ctx.tx
        .select()
        .from(decisions)
        .where(and(eq(decisions.tenantId, tenant), eq(decisions.applicationId, a.id)));
      // B5: the onward referral recorded with a "needs other support" refusal.
      const [onward] = decision
        ? await ctx.tx
            .select()
            .from(onwardReferrals)
            .where(
              and(
                eq(onwardReferrals.tenantId, ctx.organisationId),
                eq(onwardReferrals.decisionId, decision.id),
              ),
            )
        : [];
      const iso = (value: Date | null) => value?.toISOString() ?? null;
      const messages = decision
        ? await ctx.tx
            .select()
            .from(outboxMessages)
            .where(
              and(eq(outboxMessages.tenantId, tenant), eq(outboxMessages.decisionId, decision.id)),
            )
            .orderBy(asc(outboxMessages.createdAt))
        : [];
      return {
        id: a.id,
        programmeId: a.programmeId,
        role: a.role,
        name: a.name,
        email: a.email,
        phone: a.phone,
        preferredLocale: a.preferredLocale,
        availability: a.availability,
        postcode: a.postcode,
        municipality: a.municipality,
        languages: a.languages,
        sector: a.sector,
        experienceYears: a.experienceYears,
        goal: a.goal,
        birthYear: a.birthYear,
        interests: a.interests,
        channel: channel
          ? { id: channel.id, kind: channel.kind, name: channel.name }
          : { id: a.channelId, kind: 'other', name: '' },
        consentAt: a.consentAt.toISOString(),
        consentTextVersion: a.consentTextVersion,
        submittedAt: a.submittedAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
        submissionCount: a.submissionCount,
        stage: facts?.stage ?? 'applied',
        infoSessions: registrations.map((r) => ({
          infoSessionId: r.infoSessionId,
          startsAt: r.startsAt.toISOString(),
          topicsCovered: r.topicsCovered,
          attended: r.attended,
        })),
        interviews: interviewRows.map((i) => ({
          id: i.id,
          interviewerUserId: i.interviewerUserId,
          scheduledAt: i.scheduledAt.toISOString(),
          mode: i.mode,
          completedAt: i.completedAt?.toISOString() ?? null,
          committedPeriodMonths: i.committedPeriodMonths,
          committedContactIntervalDays: i.committedContactIntervalDays,
          expectationsRealistic: i.expectationsRealistic,
          expectationsNote: i.expectationsNote,
          complete: isInterviewComplete(i),
        })),
        decision: decision
          ? {
              id: decision.id,
              outcome: decision.outcome,
              refusalReason: decision.refusalReason,
              reasonText: decision.reasonText,
              decidedAt: decision.decidedAt.toISOString(),
              decidedBy: decision.decidedBy,
              onwardReferralOwed: requiresOnwardReferral(a.role, decision.refusalReason) && !onward,
              onwardReferral: onward
                ? { serviceId: onward.serviceId, note: onward.note, sentAt: iso(onward.sentAt) }
                : null,
              messages: messages.map((m) => ({
                id: m.id,
                kind: m.kind,
                status: m.status,
                locale: m.locale,
                subject: m.subject,
                sentAt: m.sentAt?.toISOString() ?? null,
              })),
            }
          : null,
      };
    }),
});
