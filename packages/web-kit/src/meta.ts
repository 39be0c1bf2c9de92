import type { MetaDescriptor } from '@remix-run/node';
import { createTranslator, type Translator, toLocale } from '@tandem/i18n';

interface MatchWithData {
  id: string;
  data: unknown;
}

/** Meta functions run outside React; they read the locale from the root loader's data. */
export function translatorFromMatches(matches: readonly MatchWithData[]): Translator {
  const data = matches.find((match) => match.id === 'root')?.data;
  const locale = typeof data === 'object' && data !== null ? Reflect.get(data, 'locale') : null;
  return createTranslator(toLocale(locale));
}

/** `page` is already in the person's language: a translated heading or a name from the data. */
export function pageTitle(
  matches: readonly MatchWithData[],
  template: 'meta.title' | 'meta.adminTitle',
  page: string,
): MetaDescriptor[] {
  return [{ title: translatorFromMatches(matches).t(template, { page }) }];
}
