import { defaultLocale, isLocale, type Locale } from './locales.ts';

interface Weighted {
  locale: Locale;
  quality: number;
}

/**
 * Picks the best supported locale from an Accept-Language header.
 * Regional variants count for their language (nl-BE is nl, fr-BE is fr).
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const candidates: Weighted[] = [];
  for (const part of acceptLanguage.split(',')) {
    const [range = '', ...parameters] = part.trim().split(';');
    const language = range.trim().toLowerCase().split('-')[0];
    if (!isLocale(language)) continue;
    const qualityParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = qualityParameter ? Number(qualityParameter.slice(2)) : 1;
    if (Number.isFinite(quality) && quality > 0) candidates.push({ locale: language, quality });
  }
  // Array.prototype.sort is stable, so equal weights keep the person's own order.
  candidates.sort((a, b) => b.quality - a.quality);
  return candidates[0]?.locale ?? defaultLocale;
}
