import { z } from 'zod';
import { FreeText, Locale, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of a programme's agreement templates (C5). */

const TEXT_REQUIRED = { error: 'validation.agreement_text_required' } as const;
/** Long enough for a charter of a few pages, short enough to read aloud at a first meeting. */
export const MAX_TEMPLATE_TEXT = 8000;

const TemplateText = FreeText.min(1, TEXT_REQUIRED).max(MAX_TEMPLATE_TEXT);

const Texts = z.object({
  ethicalCharter: TemplateText,
  confidentiality: TemplateText,
  whenDifficult: TemplateText,
});

const ProgrammeScope = z.object({ organisationId: OrganisationId, programmeId: z.uuid() });

export const GetAgreementTemplatesInput = ProgrammeScope;

export const SaveAgreementTemplateInput = ProgrammeScope.extend({
  locale: Locale,
  ...Texts.shape,
});

/** Without `draft` the saved texts (or defaults); with it, that language as typed, unsaved. */
export const PreviewAgreementTemplateInput = ProgrammeScope.extend({
  locale: Locale,
  draft: Texts.optional(),
});
