export type { Catalogue, MessageKey } from './catalogues/types.ts';
export {
  type DateStyle,
  displayTimeZone,
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
} from './format.ts';
export { defaultLocale, isLocale, type Locale, localeNames, locales, toLocale } from './locales.ts';
export type { Message, MessageParams, PluralMessage } from './message.ts';
export { negotiateLocale } from './negotiate.ts';
export {
  formatMeasureValue,
  formatOutcomeValue,
  formatSpreadsheetNumber,
  measureBasisText,
  targetText,
} from './quality-format.ts';
export { catalogues, createTranslator, type Translator } from './translator.ts';
