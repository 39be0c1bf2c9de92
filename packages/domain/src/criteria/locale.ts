export const LOCALES = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every text a person reads exists in all three languages; the type makes a gap a compile error. */
export type LocalisedText = { readonly [L in Locale]: string };
