/**
 * Value lists of partner organisations, referrals (B1 in, B5 out) and the social map (D4):
 * the API's input schemas, the database's CHECK constraints and the apps' selects all read
 * these.
 */

export const PARTNER_KINDS = [
  'public_employment_service',
  'social_service',
  'ngo',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** A person's role in a partner organisation. */
export const PARTNER_ROLES = ['admin', 'member'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** Where a referral's status can be: received → in screening → accepted / not accepted / referred on. */
export const REFERRAL_STATUSES = [
  'received',
  'in_screening',
  'accepted',
  'not_accepted',
  'referred_on',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** How a referral arrived: the partner area's form or the partner REST API. */
export const REFERRAL_CHANNELS = ['web_form', 'api'] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];

export const SOCIAL_MAP_SERVICE_KINDS = [
  'employment',
  'training',
  'language',
  'social_support',
  'health',
  'housing',
  'financial',
  'legal',
  'other',
] as const;
export type SocialMapServiceKind = (typeof SOCIAL_MAP_SERVICE_KINDS)[number];

/**
 * The version of the consent text a partner shows the person it refers (the partner area's
 * `referral.consentText`), recorded with each referral.
 */
export const REFERRAL_CONSENT_TEXT_VERSION = 'partner-referral-consent-2026-01';
