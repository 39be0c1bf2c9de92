import type { MeasureTarget, MeasureUnit, OutcomeMeasure } from '@tandem/domain';
import { toIntlLocale } from './format.ts';
import type { Locale } from './locales.ts';
import type { Translator } from './translator.ts';

/**
 * How the quality criteria's numbers read, in every place that shows them: the dashboard, the
 * PDF report and the CSV export.
 */

/** A measure's number in its unit: shares as percentages, months and days with their word. */
export function formatMeasureValue(
  t: Translator,
  unit: MeasureUnit | MeasureTarget['unit'],
  value: number | null,
): string {
  if (value === null) return t.t('quality.noValue');
  switch (unit) {
    case 'share':
      return t.formatPercent(value);
    case 'months':
      return t.t('quality.value.months', { count: value });
    case 'days':
      return t.t('quality.value.days', { count: value });
    default:
      return t.formatNumber(value);
  }
}

export function targetText(t: Translator, target: MeasureTarget | null): string {
  if (target === null) return t.t('quality.target.none');
  return t.t(`quality.target.${target.direction}`, {
    target: formatMeasureValue(t, target.unit, target.target),
    lowerBound: formatMeasureValue(t, target.unit, target.lowerBound),
  });
}

/** "3 of 4" for a share, "3 from 4 records" for a count: what the number was read from. */
export function measureBasisText(
  t: Translator,
  measure: { unit: MeasureUnit; numerator: number; denominator: number },
): string {
  const numbers = { numerator: measure.numerator, denominator: measure.denominator };
  return measure.unit === 'share'
    ? t.t('quality.fraction', numbers)
    : t.t('quality.countFraction', { ...numbers, count: measure.denominator });
}

/** An outcome figure: a share as a percentage, the change in confidence signed, one decimal. */
export function formatOutcomeValue(t: Translator, measure: OutcomeMeasure): string {
  if (measure.value === null) return t.t('outcome.quality.noData');
  if (measure.key !== 'confidence_change') return t.formatPercent(measure.value);
  const rounded = Math.round(measure.value * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${t.formatNumber(rounded)}`;
}

/**
 * A number as a spreadsheet in the reader's language reads it back as a number: the locale's
 * decimal sign, no grouping and no spaces (Excel does not parse "66,7 %" with the narrow
 * space French puts before the sign); a share as a percentage with one decimal and "%".
 */
export function formatSpreadsheetNumber(
  locale: Locale,
  value: number,
  options: { percent?: boolean } = {},
): string {
  const text = new Intl.NumberFormat(toIntlLocale(locale), {
    useGrouping: false,
    maximumFractionDigits: options.percent ? 1 : 2,
  }).format(options.percent ? value * 100 : value);
  return options.percent ? `${text}%` : text;
}
