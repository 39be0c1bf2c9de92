import type { ApiOutputs } from '@tandem/web-kit/server';

/**
 * Value lists of the social map, partner organisations and referrals, for selects and
 * filters. The types come from the API's answers, so a value the API does not know fails to
 * compile here.
 */

export type ServiceKind = ApiOutputs['socialMap']['list'][number]['kind'];
export type ReferralStatus = ApiOutputs['referral']['list'][number]['status'];
export type PartnerKind = ApiOutputs['partner']['mine'][number]['kind'];

export const SERVICE_KINDS = [
  'employment',
  'training',
  'language',
  'social_support',
  'health',
  'housing',
  'financial',
  'legal',
  'other',
] as const satisfies readonly ServiceKind[];

export const REFERRAL_STATUSES = [
  'received',
  'in_screening',
  'accepted',
  'not_accepted',
  'referred_on',
] as const satisfies readonly ReferralStatus[];

export const PARTNER_KINDS = [
  'public_employment_service',
  'social_service',
  'ngo',
  'other',
] as const satisfies readonly PartnerKind[];

/** The version of the consent text below (`referral.consentText`), sent with each referral. */
export const REFERRAL_CONSENT_TEXT_VERSION = 'partner-referral-consent-2026-01';
