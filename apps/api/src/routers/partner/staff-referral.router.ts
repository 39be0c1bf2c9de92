import {
  PG_FOREIGN_KEY_VIOLATION,
  partnerLinks,
  partnerOrganisations,
  pgErrorCode,
  referralStatusChanges,
  referrals,
} from '@tandem/db';
import type { ReferralStatus } from '@tandem/domain';
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  GetReferralInput,
  ListPartnerLinksInput,
  ListReferralsInput,
  PartnerLinkInput,
  SetReferralStatusInput,
} from './partner.schema.ts';

/** received → in screening → accepted / not accepted / referred on. */
const NEXT_STATUSES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  received: ['in_screening'],
  in_screening: ['accepted', 'not_accepted', 'referred_on'],
  accepted: [],
  not_accepted: [],
  referred_on: [],
};

type ReferralRow = typeof referrals.$inferSelect;

function toReferral(row: ReferralRow, partnerName: string) {
  return {
    id: row.id,
    programmeId: row.programmeId,
    partner: { id: row.partnerId, name: partnerName },
    via: row.via,
    person: {
      name: row.personName,
      email: row.personEmail,
      phone: row.personPhone,
      preferredLanguage: row.preferredLocale,
    },
    needs: row.needs,
    consentAt: row.consentAt.toISOString(),
    consentTextVersion: row.consentTextVersion,
    status: row.status,
    statusChangedAt: row.statusChangedAt.toISOString(),
    submittedAt: row.submittedAt.toISOString(),
    nextStatuses: NEXT_STATUSES[row.status],
  };
}

/** Staff: the referrals partners sent to the organisation (B1), and their screening. */
export const referralRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListReferralsInput)
    .query(async ({ ctx, input }) => {
      const search = input.search ? `%${input.search.replace(/[\\%_]/g, '\\$&')}%` : null;
      const rows = await ctx.tx
        .select({ referral: referrals, partnerName: partnerOrganisations.name })
        .from(referrals)
        .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, referrals.partnerId))
        .where(
          and(
            eq(referrals.tenantId, ctx.organisationId),
            input.programmeId ? eq(referrals.programmeId, input.programmeId) : undefined,
            input.partnerId ? eq(referrals.partnerId, input.partnerId) : undefined,
            input.status ? eq(referrals.status, input.status) : undefined,
            search
              ? or(ilike(referrals.personName, search), ilike(referrals.personEmail, search))
              : undefined,
          ),
        )
        .orderBy(desc(referrals.submittedAt), asc(referrals.id));
      return rows.map((r) => toReferral(r.referral, r.partnerName));
    }),

  get: organisationProcedure('intake.read')
    .input(GetReferralInput)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .select({ referral: referrals, partnerName: partnerOrganisations.name })
        .from(referrals)
        .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, referrals.partnerId))
        .where(and(eq(referrals.tenantId, ctx.organisationId), eq(referrals.id, input.referralId)));
      if (!row) throw new AppError('not_found');
      const history = await ctx.tx
        .select()
        .from(referralStatusChanges)
        .where(
          and(
            eq(referralStatusChanges.tenantId, ctx.organisationId),
            eq(referralStatusChanges.referralId, row.referral.id),
          ),
        )
        .orderBy(asc(referralStatusChanges.changedAt), asc(referralStatusChanges.id));
      return {
        ...toReferral(row.referral, row.partnerName),
        history: history.map((h) => ({
          status: h.status,
          note: h.note,
          changedAt: h.changedAt.toISOString(),
          changedBy: h.changedBy,
        })),
      };
    }),

  setStatus: organisationProcedure('intake.decide')
    .input(SetReferralStatusInput)
    .mutation(async ({ ctx, input }) => {
      const where = and(
        eq(referrals.tenantId, ctx.organisationId),
        eq(referrals.id, input.referralId),
      );
      const [current] = await ctx.tx.select().from(referrals).where(where).for('update');
      if (!current) throw new AppError('not_found');
      if (!NEXT_STATUSES[current.status].includes(input.status))
        throw new AppError('referral.status_transition_invalid', {
          from: current.status,
          to: input.status,
        });
      const [row] = await ctx.tx
        .update(referrals)
        .set({ status: input.status, statusChangedAt: sql`now()` })
        .where(where)
        .returning();
      if (!row) throw new AppError('internal');
      await ctx.tx.insert(referralStatusChanges).values({
        tenantId: ctx.organisationId,
        referralId: row.id,
        status: input.status,
        note: input.note || null,
        changedAt: row.statusChangedAt,
        changedBy: ctx.user.id,
      });
      const [partner] = await ctx.tx
        .select({ name: partnerOrganisations.name })
        .from(partnerOrganisations)
        .where(eq(partnerOrganisations.id, row.partnerId));
      return toReferral(row, partner?.name ?? '');
    }),
});

/** Staff: which partner organisations on the platform refer to this organisation. */
export const partnerLinkRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListPartnerLinksInput)
    .query(async ({ ctx }) => {
      const rows = await ctx.tx
        .select({
          id: partnerOrganisations.id,
          name: partnerOrganisations.name,
          kind: partnerOrganisations.kind,
          linkedAt: partnerLinks.createdAt,
        })
        .from(partnerOrganisations)
        .leftJoin(
          partnerLinks,
          and(
            eq(partnerLinks.partnerId, partnerOrganisations.id),
            eq(partnerLinks.tenantId, ctx.organisationId),
          ),
        )
        .orderBy(asc(partnerOrganisations.name), asc(partnerOrganisations.id));
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        linked: r.linkedAt !== null,
        linkedAt: r.linkedAt?.toISOString() ?? null,
      }));
    }),

  add: organisationProcedure('intake.manage')
    .input(PartnerLinkInput)
    .mutation(async ({ ctx, input }) => {
      const [partner] = await ctx.tx
        .select({ id: partnerOrganisations.id })
        .from(partnerOrganisations)
        .where(eq(partnerOrganisations.id, input.partnerId));
      if (!partner) throw new AppError('not_found');
      await ctx.tx
        .insert(partnerLinks)
        .values({ tenantId: ctx.organisationId, partnerId: partner.id, createdBy: ctx.user.id })
        .onConflictDoNothing();
      return { partnerId: partner.id, linked: true };
    }),

  remove: organisationProcedure('intake.manage')
    .input(PartnerLinkInput)
    .mutation(async ({ ctx, input }) => {
      try {
        const removed = await ctx.tx
          .delete(partnerLinks)
          .where(
            and(
              eq(partnerLinks.tenantId, ctx.organisationId),
              eq(partnerLinks.partnerId, input.partnerId),
            ),
          )
          .returning();
        if (removed.length === 0) throw new AppError('not_found');
      } catch (error) {
        if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION)
          throw new AppError('partner.link_in_use');
        throw error;
      }
      return { partnerId: input.partnerId, linked: false };
    }),
});
