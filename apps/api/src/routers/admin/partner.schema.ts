import { PARTNER_KINDS, PARTNER_ROLES } from '@tandem/domain';
import { z } from 'zod';
import { Email, Locale, Name } from '../../shared.schema.ts';

export const PartnerKind = z.enum(PARTNER_KINDS);
export const PartnerRole = z.enum(PARTNER_ROLES);

export const CreatePartnerInput = z.object({
  name: Name,
  kind: PartnerKind,
  adminEmail: Email,
  adminName: Name,
  /** The language of the first admin's account when one is created. */
  adminLocale: Locale,
});

export const PartnerIdInput = z.object({ partnerId: z.uuid() });

export const AddPartnerMemberInput = z.object({
  partnerId: z.uuid(),
  email: Email,
  name: Name,
  locale: Locale,
  role: PartnerRole,
});
