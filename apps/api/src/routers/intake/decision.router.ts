import {
  decisions,
  interviews,
  messageTemplates,
  onwardReferrals,
  organisations,
  outboxMessages,
} from '@tandem/db';
import {
  canDecide,
  DECISION_MESSAGE_KINDS,
  decisionMessage,
  isInterviewComplete,
  MESSAGE_LOCALES,
  requiresOnwardReferral,
} from '@tandem/domain';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { readSendError } from '../../jobs/delivery-error.ts';
import { requireApplication } from '../../queries/application.queries.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { requireService } from '../../queries/social-map.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { defaultDecisionLetter, refusalReasonForApplicant } from './decision-letter.ts';
import {
  DecideInput,
  ListMessageTemplatesInput,
  ListOutboxInput,
  MarkMessageSentInput,
  RetryMessageInput,
  SaveMessageTemplateInput,
} from './intake.schema.ts';

type OutboxRow = typeof outboxMessages.$inferSelect;

function toOutboxMessage(row: OutboxRow) {
  return {
    id: row.id,
    kind: row.kind,
    decisionId: row.decisionId,
    to: row.toAddress,
    subject: row.subject,
    body: row.body,
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    /** Why the last attempt failed, and when the job tries again (or null once given up). */
    lastError: readSendError(row.lastError),
    nextAttemptAt: row.status === 'queued' ? row.nextAttemptAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    sentBy: row.sentBy,
  };
}

/**
 * Decisions (A4 for mentors, B4 for mentees): accept after a complete interview, or refuse
 * with a reason; either way the message is generated in the applicant's language into the
 * outbox.
 */
export const decisionRouter = router({
  decide: organisationProcedure('intake.decide')
    .input(DecideInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      // Locked: two staff deciding at once get one decision and one "already decided".
      const application = await requireApplication(ctx.tx, tenantId, input.applicationId, {
        forUpdate: true,
      });
      const [existing] = await ctx.tx
        .select({ id: decisions.id })
        .from(decisions)
        .where(and(eq(decisions.tenantId, tenantId), eq(decisions.applicationId, application.id)));
      if (existing) throw new AppError('intake.already_decided');
      const interviewRows = await ctx.tx
        .select()
        .from(interviews)
        .where(
          and(eq(interviews.tenantId, tenantId), eq(interviews.applicationId, application.id)),
        );
      const hasCompleteInterview = interviewRows.some((i) => isInterviewComplete(i));
      if (!canDecide(input.outcome, { hasCompleteInterview }))
        throw new AppError('intake.interview_required');

      const refusalReason = input.outcome === 'refused' ? (input.refusalReason ?? null) : null;
      const reasonText = input.outcome === 'refused' ? (input.reasonText ?? null) : null;
      const [decision] = await ctx.tx
        .insert(decisions)
        .values({
          tenantId,
          applicationId: application.id,
          outcome: input.outcome,
          refusalReason,
          reasonText,
          decidedBy: ctx.user.id,
        })
        .returning();
      if (!decision) throw new AppError('internal');

      // B5: the onward referral is part of the refusal, in the same transaction.
      let onward: typeof onwardReferrals.$inferSelect | null = null;
      if (refusalReason === 'needs_other_support' && input.onwardReferral) {
        const service = await requireService(
          ctx.tx,
          tenantId,
          input.onwardReferral.serviceId,
          application.programmeId,
        );
        if (!service) throw new AppError('social_map.service_unknown');
        const [row] = await ctx.tx
          .insert(onwardReferrals)
          .values({
            tenantId,
            applicationId: application.id,
            decisionId: decision.id,
            serviceId: service.id,
            partnerId: service.partnerId,
            personName: application.name,
            personEmail: application.email,
            personPhone: application.phone,
            preferredLocale: application.preferredLocale,
            note: input.onwardReferral.note,
            sentAt: sql`now()`,
            sentBy: ctx.user.id,
          })
          .returning();
        if (!row) throw new AppError('internal');
        onward = row;
      }

      const kind = input.outcome === 'accepted' ? 'confirmation' : 'refusal';
      const locale = application.preferredLocale;
      const programme = await requireProgramme(ctx.tx, tenantId, application.programmeId);
      const [template] = await ctx.tx
        .select({ subject: messageTemplates.subject, body: messageTemplates.body })
        .from(messageTemplates)
        .where(
          and(
            eq(messageTemplates.tenantId, tenantId),
            eq(messageTemplates.programmeId, programme.id),
            eq(messageTemplates.kind, kind),
            eq(messageTemplates.locale, locale),
          ),
        );
      const [organisation] = await ctx.tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, tenantId));
      const message = decisionMessage({
        locale,
        template: template ?? defaultDecisionLetter(kind, locale),
        values: {
          name: application.name,
          programme: programme.name,
          organisation: organisation?.name ?? '',
          reasonText: reasonText ?? '',
        },
        reason: refusalReasonForApplicant(refusalReason, locale),
      });
      const [queued] = await ctx.tx
        .insert(outboxMessages)
        .values({
          tenantId,
          kind,
          decisionId: decision.id,
          toAddress: application.email,
          subject: message.subject,
          body: message.body,
          locale,
        })
        .returning();
      if (!queued) throw new AppError('internal');
      return {
        decision: {
          id: decision.id,
          applicationId: application.id,
          outcome: decision.outcome,
          refusalReason: decision.refusalReason,
          reasonText: decision.reasonText,
          decidedAt: decision.decidedAt.toISOString(),
        },
        message: toOutboxMessage(queued),
        onwardReferral: onward
          ? {
              id: onward.id,
              serviceId: onward.serviceId,
              note: onward.note,
              sentAt: onward.sentAt?.toISOString() ?? null,
              toPartner: onward.partnerId !== null,
            }
          : null,
        /** B5: a refusal that needs an onward referral and has none (never, since B5). */
        onwardReferralOwed: requiresOnwardReferral(application.role, refusalReason) && !onward,
      };
    }),
});

/** A programme's confirmation and refusal messages, per language, over the defaults. */
export const messageTemplateRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListMessageTemplatesInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const own = await ctx.tx
        .select()
        .from(messageTemplates)
        .where(
          and(
            eq(messageTemplates.tenantId, ctx.organisationId),
            eq(messageTemplates.programmeId, input.programmeId),
          ),
        );
      return DECISION_MESSAGE_KINDS.flatMap((kind) =>
        MESSAGE_LOCALES.map((locale) => {
          const found = own.find((t) => t.kind === kind && t.locale === locale);
          const text = found ?? defaultDecisionLetter(kind, locale);
          return { kind, locale, subject: text.subject, body: text.body, isDefault: !found };
        }),
      );
    }),

  save: organisationProcedure('intake.manage')
    .input(SaveMessageTemplateInput)
    .mutation(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const [row] = await ctx.tx
        .insert(messageTemplates)
        .values({
          tenantId: ctx.organisationId,
          programmeId: input.programmeId,
          kind: input.kind,
          locale: input.locale,
          subject: input.subject,
          body: input.body,
        })
        .onConflictDoUpdate({
          target: [
            messageTemplates.tenantId,
            messageTemplates.programmeId,
            messageTemplates.kind,
            messageTemplates.locale,
          ],
          set: { subject: input.subject, body: input.body, updatedAt: sql`now()` },
        })
        .returning();
      if (!row) throw new AppError('internal');
      return {
        kind: row.kind,
        locale: row.locale,
        subject: row.subject,
        body: row.body,
        isDefault: false,
      };
    }),
});

/**
 * Outgoing messages. With SMTP the delivery job sends them; without it staff copy a message,
 * send it themselves and mark it sent, which records when and by whom (the A4/B4 evidence).
 * A message the job gave up on is `failed` until staff put it back in the queue.
 */
export const outboxRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListOutboxInput)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx
        .select()
        .from(outboxMessages)
        .where(
          and(
            eq(outboxMessages.tenantId, ctx.organisationId),
            input.status ? eq(outboxMessages.status, input.status) : undefined,
          ),
        )
        .orderBy(desc(outboxMessages.createdAt), asc(outboxMessages.id));
      return rows.map(toOutboxMessage);
    }),

  markSent: organisationProcedure('intake.decide')
    .input(MarkMessageSentInput)
    .mutation(async ({ ctx, input }) => {
      const where = and(
        eq(outboxMessages.tenantId, ctx.organisationId),
        eq(outboxMessages.id, input.messageId),
      );
      const [message] = await ctx.tx.select().from(outboxMessages).where(where).for('update');
      if (!message) throw new AppError('not_found');
      if (message.status === 'sent') throw new AppError('intake.message_already_sent');
      if (message.status === 'sending') throw new AppError('outbox.message_sending');
      const [row] = await ctx.tx
        .update(outboxMessages)
        .set({ status: 'sent', sentAt: sql`now()`, sentBy: ctx.user.id })
        .where(where)
        .returning();
      if (!row) throw new AppError('internal');
      return toOutboxMessage(row);
    }),

  retry: organisationProcedure('intake.decide')
    .input(RetryMessageInput)
    .mutation(async ({ ctx, input }) => {
      const where = and(
        eq(outboxMessages.tenantId, ctx.organisationId),
        eq(outboxMessages.id, input.messageId),
      );
      const [message] = await ctx.tx.select().from(outboxMessages).where(where).for('update');
      if (!message) throw new AppError('not_found');
      if (message.status !== 'failed') throw new AppError('outbox.not_failed');
      // A fresh round of attempts; the last error stays until an attempt succeeds.
      const [row] = await ctx.tx
        .update(outboxMessages)
        .set({ status: 'queued', attempts: 0, nextAttemptAt: sql`now()` })
        .where(where)
        .returning();
      if (!row) throw new AppError('internal');
      return toOutboxMessage(row);
    }),
});
