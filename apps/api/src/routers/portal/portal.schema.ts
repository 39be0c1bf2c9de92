import { VALIDATION_ANSWERS } from '@tandem/domain';
import { z } from 'zod';
import { Email, FreeText, LineText, Locale, OrganisationSlug } from '../../shared.schema.ts';

export const RequestSignInLinkInput = z.object({
  organisationSlug: OrganisationSlug,
  email: Email,
});

export const SignInWithLinkInput = z.object({
  token: LineText.regex(/^[a-z0-9]{16,128}$/),
});

export const PortalInput = z.object({ organisationSlug: OrganisationSlug });

export const ValidateMatchInput = z.object({
  organisationSlug: OrganisationSlug,
  matchId: z.uuid(),
  answer: z.enum(VALIDATION_ANSWERS),
  reason: FreeText.max(2000).optional(),
});

export const AgreementInput = z.object({
  organisationSlug: OrganisationSlug,
  matchId: z.uuid(),
  locale: Locale,
});

export const AcceptAgreementInput = z.object({
  organisationSlug: OrganisationSlug,
  agreementId: z.uuid(),
  locale: Locale,
  textSha256: LineText.regex(/^[0-9a-f]{64}$/),
});
