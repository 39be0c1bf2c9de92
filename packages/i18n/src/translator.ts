import { en } from './catalogues/en.ts';
import { fr } from './catalogues/fr.ts';
import { nl } from './catalogues/nl.ts';
import type { Catalogue, MessageKey } from './catalogues/types.ts';
import {
  type DateStyle,
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  toIntlLocale,
} from './format.ts';
import type { Locale } from './locales.ts';
import type { Message, MessageParams } from './message.ts';

export const catalogues: Record<Locale, Catalogue> = { nl, fr, en };

export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** Keys that arrive from outside (API error keys) are checked before they are looked up. */
  isMessageKey(key: string): key is MessageKey;
  formatDate(value: Date | string, style?: DateStyle): string;
  formatNumber(value: number): string;
  /** A fraction 0…1 as a percentage. */
  formatPercent(value: number): string;
  formatList(items: readonly string[]): string;
}

const placeholder = /\{(\w+)\}/g;

function interpolate(locale: Locale, text: string, params: MessageParams | undefined): string {
  return text.replace(placeholder, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

function pickText(locale: Locale, message: Message, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.[message.plural] ?? Number.NaN);
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = new Intl.PluralRules(toIntlLocale(locale)).select(count);
  return (category === 'zero' ? undefined : message[category]) ?? message.other;
}

export function createTranslator(locale: Locale): Translator {
  const catalogue = catalogues[locale];
  return {
    locale,
    t: (key, params) => interpolate(locale, pickText(locale, catalogue[key], params), params),
    isMessageKey: (key): key is MessageKey => Object.hasOwn(catalogue, key),
    formatDate: (value, style) => formatDate(locale, value, style),
    formatNumber: (value) => formatNumber(locale, value),
    formatPercent: (value) => formatPercent(locale, value),
    formatList: (items) => formatList(locale, items),
  };
}
