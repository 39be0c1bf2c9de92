import {
  agreementAcceptances,
  agreements,
  applications,
  decisions,
  duos,
  firstMeetings,
  matches,
  matchValidations,
  organisations,
  participantAccounts,
  programmes,
  type Transaction,
  unitOfWork,
  users,
} from '@tandem/db';
import { type DuoRole, duoWaiting, latestAnswers } from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { consumePasswordToken, createPasswordToken } from '../../auth/password-token.ts';
import { createSession } from '../../auth/session.ts';
import {
  acceptAgreement,
  issueAgreementIfValidated,
  recordValidation,
  sha256Hex,
} from '../../duos/duo-start.ts';
import { AppError } from '../../errors.ts';
import {
  attemptWait,
  PASSWORD_LINK_KEY,
  recordAttempt,
  signInLinkKey,
} from '../../limits/sign-in-limit.ts';
import { errorFields } from '../../logger.ts';
import { router } from '../../trpc/init.ts';
import { participantProcedure, publicProcedure } from '../../trpc/procedures.ts';
import { agreementPdfFile } from './agreement-pdf.ts';
import {
  AcceptAgreementInput,
  AgreementInput,
  PortalInput,
  RequestSignInLinkInput,
  SignInWithLinkInput,
  ValidateMatchInput,
} from './portal.schema.ts';

interface ParticipantContext {
  tx: Transaction;
  applicationIds: string[];
}

/** The person's match (latest decided) with the side they are on; not found for any other. */
async function ownMatch(ctx: ParticipantContext, matchId: string) {
  const [match] = await ctx.tx.select().from(matches).where(eq(matches.id, matchId));
  if (!match) throw new AppError('not_found');
  const role: DuoRole = ctx.applicationIds.includes(match.mentorApplicationId)
    ? 'mentor'
    : 'mentee';
  return { match, role };
}

/** Both the request and the wrong one answer alike: nobody learns who has an account. */
const LINK_SENT = { ok: true as const };

export const portalRouter = router({
  /**
   * The organisations whose mentors and mentees may sign in here, for a person who does not
   * know their organisation's portal address: names and slugs only, as on the public pages.
   */
  organisations: publicProcedure.query(({ ctx }) =>
    unitOfWork(ctx.db, { tenantId: null, userId: null }, (tx) =>
      tx
        .select({ slug: organisations.slug, name: organisations.name })
        .from(organisations)
        .orderBy(asc(organisations.name)),
    ),
  ),

  requestSignInLink: publicProcedure
    .input(RequestSignInLinkInput)
    .mutation(async ({ ctx, input }) => {
      const now = new Date();
      const attempt = { accountKey: signInLinkKey(input.email), address: ctx.clientAddress };
      const [organisation] = await unitOfWork(ctx.db, { tenantId: null, userId: null }, (tx) =>
        tx.select().from(organisations).where(eq(organisations.slug, input.organisationSlug)),
      );
      if (!organisation) throw new AppError('not_found');
      const outcome = await unitOfWork(
        ctx.db,
        { tenantId: organisation.id, userId: null },
        async (tx) => {
          const retryAfterMinutes = await attemptWait(tx, attempt, now);
          if (retryAfterMinutes !== null) return { kind: 'blocked' as const, retryAfterMinutes };
          // Every request counts towards the limit, known address or not: it costs a mail.
          await recordAttempt(tx, { ...attempt, succeeded: false }, now);
          const accepted = await tx
            .select({
              id: applications.id,
              name: applications.name,
              locale: applications.preferredLocale,
            })
            .from(applications)
            .innerJoin(decisions, eq(decisions.applicationId, applications.id))
            .where(
              and(
                sql`lower(${applications.email}) = ${input.email}`,
                eq(decisions.outcome, 'accepted'),
              ),
            )
            .orderBy(desc(applications.submittedAt));
          const [latest] = accepted;
          if (!latest) return { kind: 'unknown' as const };
          // A person who is staff elsewhere (or a participant of another organisation) keeps
          // their one user; roles stay with the membership or the account.
          await tx
            .insert(users)
            .values({ email: input.email, name: latest.name, locale: latest.locale })
            .onConflictDoNothing({ target: users.email });
          const [user] = await tx.select().from(users).where(eq(users.email, input.email));
          if (!user) throw new Error('user vanished');
          await tx
            .insert(participantAccounts)
            .values(
              accepted.map((a) => ({
                tenantId: organisation.id,
                applicationId: a.id,
                userId: user.id,
              })),
            )
            .onConflictDoNothing();
          const token = await createPasswordToken(tx, user.id, now, 'sign_in');
          return { kind: 'send' as const, token, locale: latest.locale, name: latest.name };
        },
      );
      if (outcome.kind === 'blocked')
        throw new AppError('auth.rate_limited', { retryAfterMinutes: outcome.retryAfterMinutes });
      if (outcome.kind === 'send') {
        const { t } = createTranslator(outcome.locale);
        const link = `${ctx.config.webUrl}/portal/${organisation.slug}/sign-in/link?${new URLSearchParams({ token: outcome.token })}`;
        // Sent after answering, so the time taken says nothing about the address either.
        void ctx.mailer
          .send({
            to: input.email,
            subject: t('portal.mail.subject', { organisation: organisation.name }),
            text: t('portal.mail.body', {
              name: outcome.name,
              organisation: organisation.name,
              link,
            }),
            locale: outcome.locale,
            messageId: `sign-in-${now.getTime()}-${Math.random().toString(36).slice(2)}@tandem`,
          })
          .catch((error: unknown) =>
            ctx.log.error('sign-in mail not sent', {
              requestId: ctx.requestId,
              ...errorFields(error),
            }),
          );
      }
      return LINK_SENT;
    }),

  signInWithLink: publicProcedure.input(SignInWithLinkInput).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const attempt = { accountKey: PASSWORD_LINK_KEY, address: ctx.clientAddress };
    const outcome = await unitOfWork(ctx.db, { tenantId: null, userId: null }, async (tx) => {
      const retryAfterMinutes = await attemptWait(tx, attempt, now);
      if (retryAfterMinutes !== null) return { kind: 'blocked' as const, retryAfterMinutes };
      const userId = await consumePasswordToken(tx, input.token, now, 'sign_in');
      await recordAttempt(tx, { ...attempt, succeeded: userId !== null }, now);
      if (!userId) return { kind: 'refused' as const };
      const session = await createSession(tx, userId, now);
      return { kind: 'signed_in' as const, token: session.token, expiresAt: session.expiresAt };
    });
    if (outcome.kind === 'blocked')
      throw new AppError('auth.rate_limited', { retryAfterMinutes: outcome.retryAfterMinutes });
    if (outcome.kind === 'refused') throw new AppError('auth.sign_in_link_invalid');
    return { token: outcome.token, expiresAt: outcome.expiresAt.toISOString() };
  }),

  home: participantProcedure.input(PortalInput).query(async ({ ctx }) => {
    const { tx } = ctx;
    const own = await tx
      .select({
        applicationId: applications.id,
        role: applications.role,
        name: applications.name,
        programmeName: programmes.name,
      })
      .from(applications)
      .innerJoin(programmes, eq(programmes.id, applications.programmeId))
      .orderBy(asc(programmes.name));
    const participations = [];
    for (const application of own) {
      const role = application.role;
      const column = role === 'mentor' ? matches.mentorApplicationId : matches.menteeApplicationId;
      const [match] = await tx
        .select()
        .from(matches)
        .where(eq(column, application.applicationId))
        .orderBy(desc(matches.decidedAt))
        .limit(1);
      participations.push({
        applicationId: application.applicationId,
        role,
        programmeName: application.programmeName,
        match: match ? await matchSummary(tx, match, role) : null,
      });
    }
    return {
      organisationName: ctx.organisationName,
      firstName: own[0]?.name.split(' ')[0] ?? '',
      participations,
    };
  }),

  validate: participantProcedure.input(ValidateMatchInput).mutation(async ({ ctx, input }) => {
    const { match, role } = await ownMatch(ctx, input.matchId);
    await recordValidation(ctx.tx, {
      matchId: match.id,
      role,
      answer: input.answer,
      channel: 'portal',
      reason: input.answer === 'declined' ? input.reason?.trim() || null : null,
      recordedBy: ctx.user.id,
    });
    // The second confirmation issues the agreement, in the same unit as the answer.
    if (input.answer === 'confirmed') await issueAgreementIfValidated(ctx.tx, match.id, null);
    return { answer: input.answer };
  }),

  agreement: participantProcedure.input(AgreementInput).query(async ({ ctx, input }) => {
    const { match, role } = await ownMatch(ctx, input.matchId);
    const [agreement] = await ctx.tx
      .select()
      .from(agreements)
      .where(and(eq(agreements.matchId, match.id), isNull(agreements.supersededAt)));
    if (!agreement) return null;
    const accepted = await ctx.tx
      .select({ role: agreementAcceptances.role, acceptedAt: agreementAcceptances.acceptedAt })
      .from(agreementAcceptances)
      .where(eq(agreementAcceptances.agreementId, agreement.id));
    const text = agreement.texts[input.locale];
    const acceptedAt = (side: DuoRole) =>
      accepted.find((a) => a.role === side)?.acceptedAt.toISOString() ?? null;
    return {
      id: agreement.id,
      version: agreement.version,
      locale: input.locale,
      text,
      textSha256: sha256Hex(text),
      durationMonths: agreement.durationMonths,
      contactIntervalDays: agreement.contactIntervalDays,
      role,
      matchStatus: match.status,
      acceptedByMeAt: acceptedAt(role),
      acceptedByOtherAt: acceptedAt(role === 'mentor' ? 'mentee' : 'mentor'),
    };
  }),

  acceptAgreement: participantProcedure
    .input(AcceptAgreementInput)
    .mutation(async ({ ctx, input }) => {
      const [agreement] = await ctx.tx
        .select({ matchId: agreements.matchId })
        .from(agreements)
        .where(eq(agreements.id, input.agreementId));
      if (!agreement) throw new AppError('not_found');
      const { role } = await ownMatch(ctx, agreement.matchId);
      return acceptAgreement(ctx.tx, {
        agreementId: input.agreementId,
        role,
        locale: input.locale,
        textSha256: input.textSha256,
        acceptedBy: ctx.user.id,
      });
    }),

  agreementPdf: participantProcedure.input(AgreementInput).query(async ({ ctx, input }) => {
    const { match } = await ownMatch(ctx, input.matchId);
    const [agreement] = await ctx.tx
      .select()
      .from(agreements)
      .where(and(eq(agreements.matchId, match.id), isNull(agreements.supersededAt)));
    if (!agreement) throw new AppError('duo.agreement_not_issued');
    return agreementPdfFile(ctx.tx, agreement, input.locale);
  }),
});

/** What the portal shows of a match: never the other person's details beyond the introduction. */
async function matchSummary(tx: Transaction, match: typeof matches.$inferSelect, role: DuoRole) {
  const meetings = await tx
    .select()
    .from(firstMeetings)
    .where(eq(firstMeetings.matchId, match.id))
    .orderBy(desc(firstMeetings.startsAt));
  const meeting = meetings.find((m) => m.status !== 'cancelled') ?? null;
  const validations = await tx
    .select({
      role: matchValidations.role,
      answer: matchValidations.answer,
      at: matchValidations.answeredAt,
    })
    .from(matchValidations)
    .where(eq(matchValidations.matchId, match.id));
  const answers = latestAnswers(validations.map((v) => ({ ...v, at: v.at.toISOString() })));
  const [agreement] = await tx
    .select({ id: agreements.id, version: agreements.version })
    .from(agreements)
    .where(and(eq(agreements.matchId, match.id), isNull(agreements.supersededAt)));
  const acceptedBy = agreement
    ? (
        await tx
          .select({ role: agreementAcceptances.role })
          .from(agreementAcceptances)
          .where(eq(agreementAcceptances.agreementId, agreement.id))
      ).map((a) => a.role)
    : [];
  const [duo] = await tx.select().from(duos).where(eq(duos.matchId, match.id));
  const other: DuoRole = role === 'mentor' ? 'mentee' : 'mentor';
  const waiting = duoWaiting({
    matchStatus: match.status,
    firstMeetings: meetings.map((m) => m.status),
    validations: validations.map((v) => ({ ...v, at: v.at.toISOString() })),
    agreement: agreement ? { acceptedBy } : null,
  });
  const whose = (on: DuoRole[] | 'staff' | 'nobody') =>
    on === 'staff' || on === 'nobody'
      ? on
      : on.includes(role)
        ? on.includes(other)
          ? 'both'
          : 'you'
        : 'other';
  return {
    id: match.id,
    status: match.status,
    otherFirstName:
      role === 'mentor' ? match.introduction.menteeFirstName : match.introduction.mentorFirstName,
    commonGround: match.introduction.commonGround,
    firstMeeting: meeting
      ? {
          startsAt: meeting.startsAt.toISOString(),
          durationMinutes: meeting.durationMinutes,
          place: meeting.place,
          locationKind: meeting.locationKind,
          status: meeting.status,
        }
      : null,
    myAnswer: answers[role],
    waiting: { step: waiting.step, on: whose(waiting.on) },
    agreement: agreement
      ? {
          id: agreement.id,
          version: agreement.version,
          acceptedByMe: acceptedBy.includes(role),
          acceptedByOther: acceptedBy.includes(other),
        }
      : null,
    duo: duo ? { startDate: duo.startDate, plannedEndDate: duo.plannedEndDate } : null,
  };
}
