import type { Locale } from '@tandem/domain';
import { createTranslator, locales } from '@tandem/i18n';

export interface AgreementTemplateTexts {
  ethicalCharter: string;
  confidentiality: string;
  whenDifficult: string;
}

export interface AgreementValues {
  programmeName: string;
  mentorFirstName: string;
  menteeFirstName: string;
  durationMonths: number;
  contactIntervalDays: number;
}

/** The catalogue's wording, for a language in which the programme wrote no template. */
export function defaultAgreementTemplate(locale: Locale): AgreementTemplateTexts {
  const { t } = createTranslator(locale);
  return {
    ethicalCharter: t('agreement.default.ethicalCharter'),
    confidentiality: t('agreement.default.confidentiality'),
    whenDifficult: t('agreement.default.whenDifficult'),
  };
}

/**
 * The agreement of one duo as its participants read it, in every language: the programme's
 * template texts (or the catalogue's defaults where the programme wrote none in that
 * language) around the duo's own duration and contact frequency. The exact string is
 * stored, and its SHA-256 proves which wording a participant accepted.
 */
export function composeAgreementTexts(
  templates: Partial<Record<Locale, AgreementTemplateTexts>>,
  values: AgreementValues,
): Record<Locale, string> {
  const texts = {} as Record<Locale, string>;
  for (const locale of locales) {
    const { t } = createTranslator(locale);
    const template = templates[locale] ?? defaultAgreementTemplate(locale);
    texts[locale] = [
      t('agreement.text.title', { programme: values.programmeName }),
      t('agreement.text.parties', {
        mentor: values.mentorFirstName,
        mentee: values.menteeFirstName,
      }),
      `${t('agreement.text.durationHeading')}\n${t('agreement.text.duration', { months: values.durationMonths })}`,
      `${t('agreement.text.contactHeading')}\n${t('agreement.text.contact', { days: values.contactIntervalDays })}`,
      `${t('agreement.text.ethicalCharterHeading')}\n${template.ethicalCharter.trim()}`,
      `${t('agreement.text.confidentialityHeading')}\n${template.confidentiality.trim()}`,
      `${t('agreement.text.whenDifficultHeading')}\n${template.whenDifficult.trim()}`,
    ].join('\n\n');
  }
  return texts;
}
