import { PARTNER_KINDS, REFERRAL_STATUSES } from '@tandem/domain';
import { z } from 'zod';
import {
  Email,
  FreeText,
  LineText,
  Locale,
  Name,
  OrganisationId,
  OrganisationSlug,
  Phone,
} from '../../shared.schema.ts';

/**
 * Schemas of partner referrals (B1). `ReferralSubmission` is the one definition of a
 * referral: the partner web form (tRPC) and the partner REST API (`/partner/v1/referrals`,
 * and its OpenAPI document) both validate with it.
 */

const Id = z.uuid();

export const ReferralSubmission = z
  .object({
    /** The receiving organisation's public slug. */
    organisationSlug: OrganisationSlug,
    programmeId: Id,
    person: z.object({
      name: Name,
      email: Email,
      phone: Phone,
      preferredLanguage: Locale,
    }),
    /** What the person needs, in the partner's words; read by the programme's staff only. */
    needs: FreeText.min(1).max(4000),
    /** The person's consent to being referred, as the partner recorded it. */
    consent: z.object({
      givenAt: z.iso
        .datetime({ offset: true })
        .refine((value) => Date.parse(value) <= Date.now() + 5 * 60_000, {
          error: 'referral.consent_in_future',
        }),
      textVersion: LineText.min(1).max(100),
    }),
  })
  .meta({ id: 'ReferralSubmission' });
export type ReferralSubmission = z.infer<typeof ReferralSubmission>;

const PartnerScope = z.object({ partnerId: Id });
const OrganisationScope = z.object({ organisationId: OrganisationId });

// Partner-facing (partnerProcedure)
export const SubmitReferralInput = PartnerScope.extend({ referral: ReferralSubmission });
export const PartnerReferralsInput = PartnerScope;
export const PartnerReferralInput = PartnerScope.extend({ referralId: Id });
export const PartnerOrganisationsInput = PartnerScope;
export const OnwardInboxInput = PartnerScope;
export const ListApiKeysInput = PartnerScope;
export const CreateApiKeyInput = PartnerScope.extend({
  name: Name,
  /** Days until the key stops working; none: until revoked. */
  expiresInDays: z.int().min(1).max(3650).nullish(),
});
export const RevokeApiKeyInput = PartnerScope.extend({ apiKeyId: Id });

// Staff (organisationProcedure)
export const ListReferralsInput = OrganisationScope.extend({
  programmeId: Id.optional(),
  partnerId: Id.optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
  /** Part of the person's name or e-mail address, case-insensitive. */
  search: LineText.max(200).optional(),
});
export const GetReferralInput = OrganisationScope.extend({ referralId: Id });
export const SetReferralStatusInput = OrganisationScope.extend({
  referralId: Id,
  status: z.enum(REFERRAL_STATUSES),
  /** Screening note, kept with the status history; never shown to the partner. */
  note: FreeText.max(2000).nullish(),
});
export const ListPartnerLinksInput = OrganisationScope;
export const PartnerLinkInput = OrganisationScope.extend({ partnerId: Id });

export const PartnerKind = z.enum(PARTNER_KINDS);
