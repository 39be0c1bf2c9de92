/** The kinds and roles the API accepts for partner organisations (platform tables). */
export const PARTNER_KINDS = [
  'public_employment_service',
  'social_service',
  'ngo',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_ROLES = ['admin', 'member'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];
