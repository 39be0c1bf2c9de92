/** The languages Tandem speaks. The order is the order of the language switch. */
export const locales = ['nl', 'fr', 'en'] as const;

export type Locale = (typeof locales)[number];

/** Most organisations on the platform work in Flanders and Brussels. */
export const defaultLocale: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A locale read from outside (a form, a cookie, loader data); the default for any other value. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** Each locale named in its own language, so a person can find theirs whatever the page shows. */
export const localeNames: Record<Locale, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
};
