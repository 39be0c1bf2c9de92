import {
  organisations,
  partnerLinks,
  partnerMemberships,
  partnerOrganisations,
  programmes,
  unitOfWork,
} from '@tandem/db';
import { asc, eq } from 'drizzle-orm';
import { createApiKey, listApiKeys, revokeApiKey } from '../../auth/partner-api-keys.ts';
import { router } from '../../trpc/init.ts';
import { partnerProcedure, signedInProcedure } from '../../trpc/procedures.ts';
import {
  CreateApiKeyInput,
  ListApiKeysInput,
  OnwardInboxInput,
  PartnerOrganisationsInput,
  PartnerReferralInput,
  PartnerReferralsInput,
  RevokeApiKeyInput,
  SubmitReferralInput,
} from './partner.schema.ts';
import {
  getPartnerReferral,
  listOnwardReferralInbox,
  listPartnerReferrals,
  submitReferral,
} from './referral.service.ts';

/**
 * The partner app (B1, B5): people of a partner organisation refer people to the programmes
 * of the organisations they are linked to, follow each referral's status, read their
 * onward-referral inbox, and (partner admins) manage API keys for their own systems.
 */
export const partnerRouter = router({
  /** The partner organisations the signed-in person works for. */
  mine: signedInProcedure.query(async ({ ctx }) => {
    const rows = await unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, (tx) =>
      tx
        .select({
          id: partnerOrganisations.id,
          name: partnerOrganisations.name,
          kind: partnerOrganisations.kind,
          role: partnerMemberships.role,
        })
        .from(partnerMemberships)
        .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, partnerMemberships.partnerId))
        .where(eq(partnerMemberships.userId, ctx.user.id))
        .orderBy(asc(partnerOrganisations.name)),
    );
    return rows;
  }),

  /** The organisations the partner refers to, with their programmes (ids and names only). */
  organisations: partnerProcedure()
    .input(PartnerOrganisationsInput)
    .query(async ({ ctx }) => {
      const scope = { tenantId: null, userId: ctx.user.id, partnerId: ctx.partnerId };
      const linked = await unitOfWork(ctx.db, scope, (tx) =>
        tx
          .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
          .from(partnerLinks)
          .innerJoin(organisations, eq(organisations.id, partnerLinks.tenantId))
          .where(eq(partnerLinks.partnerId, ctx.partnerId))
          .orderBy(asc(organisations.name)),
      );
      const result = [];
      for (const organisation of linked) {
        const programmeRows = await unitOfWork(
          ctx.db,
          { tenantId: organisation.id, userId: ctx.user.id },
          (tx) =>
            tx
              .select({ id: programmes.id, name: programmes.name })
              .from(programmes)
              .where(eq(programmes.tenantId, organisation.id))
              .orderBy(asc(programmes.name)),
        );
        result.push({ ...organisation, programmes: programmeRows });
      }
      return result;
    }),

  referrals: router({
    submit: partnerProcedure()
      .input(SubmitReferralInput)
      .mutation(async ({ ctx, input }) => {
        const { referral } = await submitReferral(
          ctx.db,
          { partnerId: ctx.partnerId, userId: ctx.user.id, via: 'web_form' },
          input.referral,
        );
        return referral;
      }),
    list: partnerProcedure()
      .input(PartnerReferralsInput)
      .query(({ ctx }) =>
        listPartnerReferrals(ctx.db, {
          partnerId: ctx.partnerId,
          userId: ctx.user.id,
          via: 'web_form',
        }),
      ),
    get: partnerProcedure()
      .input(PartnerReferralInput)
      .query(({ ctx, input }) =>
        getPartnerReferral(
          ctx.db,
          { partnerId: ctx.partnerId, userId: ctx.user.id, via: 'web_form' },
          input.referralId,
        ),
      ),
  }),

  onwardReferrals: partnerProcedure()
    .input(OnwardInboxInput)
    .query(({ ctx }) =>
      listOnwardReferralInbox(ctx.db, {
        partnerId: ctx.partnerId,
        userId: ctx.user.id,
        via: 'web_form',
      }),
    ),

  apiKeys: router({
    list: partnerProcedure('admin')
      .input(ListApiKeysInput)
      .query(({ ctx }) => listApiKeys(ctx.db, ctx.partnerId, ctx.user.id)),
    create: partnerProcedure('admin')
      .input(CreateApiKeyInput)
      .mutation(({ ctx, input }) => createApiKey(ctx.db, ctx.partnerId, ctx.user.id, input)),
    revoke: partnerProcedure('admin')
      .input(RevokeApiKeyInput)
      .mutation(({ ctx, input }) =>
        revokeApiKey(ctx.db, ctx.partnerId, ctx.user.id, input.apiKeyId),
      ),
  }),
});
