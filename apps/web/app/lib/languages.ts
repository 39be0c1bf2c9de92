import type { Translator } from '@tandem/i18n';

/**
 * Languages offered in the programme form: Belgium's three national languages, English,
 * and the languages job seekers in Belgian mentoring programmes most often speak.
 */
export const programmeLanguages = [
  'nl',
  'fr',
  'en',
  'de',
  'ar',
  'tr',
  'es',
  'pt',
  'pl',
  'ro',
  'ru',
  'uk',
  'fa',
  'ps',
  'so',
  'ti',
] as const;

/** A programme may hold a code the form does not offer; it is shown as the code itself. */
export function languageName(t: Translator, code: string): string {
  const key = `language.${code}`;
  return t.isMessageKey(key) ? t.t(key) : code.toUpperCase();
}
