import { z } from 'zod';
import { Locale, OrganisationId } from '../../shared.schema.ts';

const MatchScope = z.object({ organisationId: OrganisationId, matchId: z.uuid() });

export const ReissueAgreementInput = MatchScope.extend({
  durationMonths: z.number().int().min(1).max(60),
  contactIntervalDays: z.number().int().min(1).max(31),
});

export const MatchAgreementsInput = MatchScope;

export const StaffAgreementPdfInput = MatchScope.extend({
  version: z.number().int().min(1),
  locale: Locale,
});
