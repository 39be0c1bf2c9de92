import {
  applicationSubmissions,
  decisions,
  infoSessionRegistrations,
  infoSessions,
  interviews,
  onwardReferrals,
  outboxMessages,
  recruitmentChannels,
} from '@tandem/db';
import {
  APPLICATION_SUBMISSION_FIELDS,
  type ApplicationSubmissionField,
  isInterviewComplete,
  requiresOnwardReferral,
} from '@tandem/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import { requireApplication } from '../../queries/application.queries.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { dismissSubmission, mergeSubmission } from './application.service.ts';
import { queryPipeline } from './application-pipeline.ts';
import { applicationFacts } from './intake.queries.ts';
import {
  DismissSubmissionInput,
  GetApplicationInput,
  ListApplicationsInput,
  MergeSubmissionInput,
} from './intake.schema.ts';

/**
 * The application pipeline per programme: applied → info session → interview → decision,
 * and the review of later submissions by an applicant's e-mail.
 */
export const applicationRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListApplicationsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows = await queryPipeline(ctx.tx, ctx.organisationId, input);
      return rows.map(({ application: a, channelName, pendingSubmissions, stage, decision }) => ({
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
        /** Later submissions by the same e-mail waiting for staff to merge or dismiss. */
        pendingSubmissions,
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
      const submissions = await ctx.tx
        .select({ submission: applicationSubmissions, channelName: recruitmentChannels.name })
        .from(applicationSubmissions)
        .innerJoin(
          recruitmentChannels,
          and(
            eq(recruitmentChannels.tenantId, applicationSubmissions.tenantId),
            eq(recruitmentChannels.id, applicationSubmissions.channelId),
          ),
        )
        .where(
          and(
            eq(applicationSubmissions.tenantId, tenant),
            eq(applicationSubmissions.applicationId, a.id),
          ),
        )
        .orderBy(desc(applicationSubmissions.receivedAt), desc(applicationSubmissions.id));
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
        /** Later submissions by the same e-mail, newest first, each as it was submitted. */
        submissions: submissions.map(({ submission: s, channelName }) => ({
          id: s.id,
          status: s.status,
          receivedAt: s.receivedAt.toISOString(),
          consentAt: s.consentAt.toISOString(),
          consentTextVersion: s.consentTextVersion,
          channel: { id: s.channelId, name: channelName },
          fields: Object.fromEntries(APPLICATION_SUBMISSION_FIELDS.map((f) => [f, s[f]])) as Pick<
            typeof s,
            ApplicationSubmissionField
          >,
          mergedFields: s.mergedFields as ApplicationSubmissionField[],
          reviewedAt: iso(s.reviewedAt),
          reviewedBy: s.reviewedBy,
        })),
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

  /** Takes the chosen fields of a later submission into the application. */
  mergeSubmission: organisationProcedure('intake.manage')
    .input(MergeSubmissionInput)
    .mutation(({ ctx, input }) =>
      mergeSubmission(
        ctx.tx,
        { tenantId: ctx.organisationId, userId: ctx.user.id },
        input.submissionId,
        input.fields,
      ),
    ),

  /** Sets a later submission aside without changing the application. */
  dismissSubmission: organisationProcedure('intake.manage')
    .input(DismissSubmissionInput)
    .mutation(({ ctx, input }) =>
      dismissSubmission(
        ctx.tx,
        { tenantId: ctx.organisationId, userId: ctx.user.id },
        input.submissionId,
      ),
    ),
});
