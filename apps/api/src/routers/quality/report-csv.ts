import { areaOf } from '@tandem/domain';
import {
  createTranslator,
  formatSpreadsheetNumber,
  type Locale,
  type MessageKey,
  type Translator,
  targetText,
} from '@tandem/i18n';
import { type CsvCell, csvNumber, formatCsv } from '../../csv/parse-csv.ts';
import {
  OUTCOME_LABELS,
  outcomeMeasures,
  type QualityReport,
  reportHeading,
  statusText,
} from './quality-report.ts';

const CRITERION_COLUMNS: readonly MessageKey[] = [
  'quality.report.column.criterion',
  'quality.report.column.area',
  'quality.report.column.title',
  'quality.report.column.status',
  'quality.report.column.measure',
  'quality.report.column.measureStatus',
  'quality.report.column.value',
  'quality.report.column.unit',
  'quality.report.column.numerator',
  'quality.report.column.denominator',
  'quality.report.column.target',
];

const OUTCOME_COLUMNS: readonly MessageKey[] = [
  'quality.report.column.outcome',
  'quality.report.column.value',
  'quality.report.column.unit',
  'quality.report.column.numerator',
  'quality.report.column.denominator',
];

function spreadsheetValue(tr: Translator, value: number | null, percent: boolean): CsvCell {
  return value === null ? '' : csvNumber(formatSpreadsheetNumber(tr.locale, value, { percent }));
}

const count = (tr: Translator, value: number) => spreadsheetValue(tr, value, false);

/**
 * The report for Excel as Belgian offices set it up: `;` between cells, a byte-order mark so
 * it opens as UTF-8, and every word and number in the reader's language. The heading lines,
 * then one row per measure of each criterion, then the outcome figures in a block of their own
 * (they are no part of the criteria's status).
 */
export function qualityReportCsv(report: QualityReport, locale: Locale): string {
  const tr = createTranslator(locale);
  const column = (key: MessageKey) => tr.t(key);
  const rows: CsvCell[][] = reportHeading(tr, report).map(([label, value]) => [label, value]);
  rows.push([], CRITERION_COLUMNS.map(column));
  for (const criterion of report.criteria) {
    const id = criterion.criterionId;
    const named = [id, tr.t(`criterion.area.${areaOf(id)}`), tr.t(`criterion.${id}.title`)];
    const status = statusText(tr, criterion.status);
    if (!criterion.computed) {
      rows.push([...named, status]);
      continue;
    }
    for (const measure of criterion.measures) {
      rows.push([
        ...named,
        status,
        tr.t(`indicator.measure.${measure.key}`),
        measure.status === null ? '' : statusText(tr, measure.status),
        spreadsheetValue(tr, measure.value, measure.unit === 'share'),
        tr.t(`quality.report.unit.${measure.unit}`),
        count(tr, measure.numerator),
        count(tr, measure.denominator),
        targetText(tr, measure.target),
      ]);
    }
  }
  rows.push([], [tr.t('outcome.quality.title')], OUTCOME_COLUMNS.map(column));
  for (const measure of outcomeMeasures(report.outcomes)) {
    const share = measure.key !== 'confidence_change';
    rows.push([
      tr.t(OUTCOME_LABELS[measure.key]),
      spreadsheetValue(tr, measure.value, share),
      tr.t(share ? 'quality.report.unit.share' : 'quality.report.unit.mean'),
      count(tr, measure.numerator),
      count(tr, measure.denominator),
    ]);
  }
  return formatCsv(rows, { delimiter: ';', bom: true });
}
