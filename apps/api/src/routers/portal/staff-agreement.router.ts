import {
  agreementAcceptances,
  agreements,
  applications,
  duos,
  matches,
  matchValidations,
  programmes,
  type Transaction,
  users,
} from '@tandem/db';
import { bothConfirmed, DUO_ROLES, type DuoRole } from '@tandem/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { reissueAgreement } from '../../duos/duo-start.ts';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { agreementPdfFile } from './agreement-pdf.ts';
import {
  MatchAgreementsInput,
  ReissueAgreementInput,
  StaffAgreementPdfInput,
} from './staff-agreement.schema.ts';

async function requireMatch(tx: Transaction, tenantId: string, matchId: string) {
  const [match] = await tx
    .select()
    .from(matches)
    .where(and(eq(matches.tenantId, tenantId), eq(matches.id, matchId)));
  if (!match) throw new AppError('not_found');
  return match;
}

export const staffAgreementRouter = router({
  /**
   * One match's agreement for staff (C5): every version issued, oldest first, with who
   * issued it and each side's acceptance of it, and whether it can be re-issued.
   */
  versions: organisationProcedure('duo.read')
    .input(MatchAgreementsInput)
    .query(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const match = await requireMatch(ctx.tx, tenantId, input.matchId);
      const people = await ctx.tx
        .select({ id: applications.id, name: applications.name })
        .from(applications)
        .where(
          and(
            eq(applications.tenantId, tenantId),
            inArray(applications.id, [match.mentorApplicationId, match.menteeApplicationId]),
          ),
        );
      const [programme] = await ctx.tx
        .select()
        .from(programmes)
        .where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, match.programmeId)));
      if (!programme) throw new AppError('not_found');
      const validations = await ctx.tx
        .select({
          role: matchValidations.role,
          answer: matchValidations.answer,
          at: matchValidations.answeredAt,
        })
        .from(matchValidations)
        .where(
          and(eq(matchValidations.tenantId, tenantId), eq(matchValidations.matchId, match.id)),
        );
      const rows = await ctx.tx
        .select({ agreement: agreements, issuedByName: users.name })
        .from(agreements)
        .leftJoin(users, eq(users.id, agreements.issuedBy))
        .where(and(eq(agreements.tenantId, tenantId), eq(agreements.matchId, match.id)))
        .orderBy(asc(agreements.version));
      const accepted =
        rows.length === 0
          ? []
          : await ctx.tx
              .select()
              .from(agreementAcceptances)
              .where(
                and(
                  eq(agreementAcceptances.tenantId, tenantId),
                  inArray(
                    agreementAcceptances.agreementId,
                    rows.map((r) => r.agreement.id),
                  ),
                ),
              );
      const [duo] = await ctx.tx
        .select({ startDate: duos.startDate, plannedEndDate: duos.plannedEndDate })
        .from(duos)
        .where(and(eq(duos.tenantId, tenantId), eq(duos.matchId, match.id)));
      const name = (id: string) => people.find((p) => p.id === id)?.name ?? '';
      return {
        matchId: match.id,
        programmeId: match.programmeId,
        status: match.status,
        mentorName: name(match.mentorApplicationId),
        menteeName: name(match.menteeApplicationId),
        programmeDurationMonths: programme.plannedDurationMonths,
        programmeContactIntervalDays: programme.minContactFrequencyDays,
        canReissue:
          match.status === 'proposed' &&
          bothConfirmed(validations.map((v) => ({ ...v, at: v.at.toISOString() }))),
        duo: duo ?? null,
        versions: rows.map(({ agreement, issuedByName }) => {
          const acceptance = (role: DuoRole) => {
            const found = accepted.find((a) => a.agreementId === agreement.id && a.role === role);
            return found ? { at: found.acceptedAt.toISOString(), locale: found.locale } : null;
          };
          return {
            id: agreement.id,
            version: agreement.version,
            durationMonths: agreement.durationMonths,
            contactIntervalDays: agreement.contactIntervalDays,
            issuedAt: agreement.issuedAt.toISOString(),
            issuedByName: agreement.issuedBy === null ? null : (issuedByName ?? ''),
            supersededAt: agreement.supersededAt?.toISOString() ?? null,
            acceptances: Object.fromEntries(DUO_ROLES.map((r) => [r, acceptance(r)])) as Record<
              DuoRole,
              ReturnType<typeof acceptance>
            >,
          };
        }),
      };
    }),

  /** C5: after staff changed the duo's duration or contact frequency, both accept anew. */
  reissue: organisationProcedure('duo.manage')
    .input(ReissueAgreementInput)
    .mutation(async ({ ctx, input }) => {
      const agreement = await reissueAgreement(
        ctx.tx,
        input.matchId,
        { durationMonths: input.durationMonths, contactIntervalDays: input.contactIntervalDays },
        ctx.user.id,
      );
      return { id: agreement.id, version: agreement.version };
    }),

  /** Any version of the match's agreement as a PDF, in the language asked for. */
  pdf: organisationProcedure('duo.read')
    .input(StaffAgreementPdfInput)
    .query(async ({ ctx, input }) => {
      const match = await requireMatch(ctx.tx, ctx.organisationId, input.matchId);
      const [agreement] = await ctx.tx
        .select()
        .from(agreements)
        .where(
          and(
            eq(agreements.tenantId, ctx.organisationId),
            eq(agreements.matchId, match.id),
            eq(agreements.version, input.version),
          ),
        );
      if (!agreement) throw new AppError('duo.agreement_not_issued');
      return agreementPdfFile(ctx.tx, agreement, input.locale);
    }),
});
