import type { Locale } from './locales.ts';

/**
 * Dates are shown in Belgian time whatever the server's or browser's zone, so the page
 * rendered on the server hydrates to the same text in the browser.
 */
export const displayTimeZone = 'Europe/Brussels';

const intlLocale: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export function toIntlLocale(locale: Locale): string {
  return intlLocale[locale];
}

export type DateStyle = 'date' | 'dateTime';

export function formatDate(
  locale: Locale,
  value: Date | string,
  style: DateStyle = 'date',
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    dateStyle: 'long',
    timeStyle: style === 'dateTime' ? 'short' : undefined,
    timeZone: displayTimeZone,
  }).format(date);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(toIntlLocale(locale)).format(value);
}

/** A fraction 0…1 as a whole percentage in the reader's locale: 0.9 → "90%" / "90 %". */
export function formatPercent(locale: Locale, value: number): string {
  return new Intl.NumberFormat(toIntlLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(toIntlLocale(locale), { style: 'long', type: 'conjunction' }).format(
    items,
  );
}
