import type { CriterionStatus, MeasureUnit } from '@tandem/domain';
import type { Translator } from '@tandem/i18n';
import { formatMeasureValue } from './quality.ts';

/** One quarter of a trend as the API gives it. */
export interface TrendQuarter {
  readonly year: number;
  readonly quarter: number;
  readonly soFar: boolean;
}

/** A criterion's headline measure in one quarter. */
export interface TrendPoint {
  readonly status: CriterionStatus;
  readonly value: number | null;
}

/** "2026 K3", "2026 T3", "2026 Q3": the quarter in the reader's language. */
export const quarterLabel = (translator: Translator, quarter: TrendQuarter) =>
  translator.t('trends.quarter', { year: String(quarter.year), quarter: String(quarter.quarter) });

/** The label in a table row, which says when the quarter is not over yet. */
export const quarterRowLabel = (translator: Translator, quarter: TrendQuarter) =>
  quarter.soFar
    ? translator.t('trends.soFar', { quarter: quarterLabel(translator, quarter) })
    : quarterLabel(translator, quarter);

/**
 * The chart's text alternative in one or two sentences: where the headline went from the
 * first quarter with a result to the last, and since when it is met when the last one is.
 */
export function trendSummary(
  translator: Translator,
  quarters: readonly TrendQuarter[],
  unit: MeasureUnit,
  points: readonly TrendPoint[],
): string {
  const { t } = translator;
  const withValue = points.flatMap((point, index) =>
    point.value === null ? [] : [{ index, point, value: point.value }],
  );
  const first = withValue[0];
  const last = withValue[withValue.length - 1];
  if (!first || !last) return t('trends.summary.noData', { count: quarters.length });
  const shown = (entry: typeof first) => formatMeasureValue(translator, unit, entry.value);
  const label = (index: number) => {
    const quarter = quarters[index];
    return quarter ? quarterLabel(translator, quarter) : '';
  };
  const params = { first: shown(first), last: shown(last), count: last.index - first.index + 1 };
  const change =
    first === last
      ? t('trends.summary.single', { quarter: label(first.index), last: shown(last) })
      : last.value > first.value
        ? t('trends.summary.rising', params)
        : last.value < first.value
          ? t('trends.summary.falling', params)
          : t('trends.summary.steady', params);
  if (last.point.status !== 'met') return change;
  // The run of met quarters that ends with the last one; quarters without data do not break it.
  let since = last.index;
  for (let index = last.index - 1; index >= 0; index--) {
    const status = points[index]?.status;
    if (status === 'met') since = index;
    else if (status !== 'no_data') break;
  }
  return `${change} ${t('trends.summary.metSince', { quarter: label(since) })}`;
}
