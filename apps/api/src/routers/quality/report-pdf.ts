import { areaOf, CRITERION_AREAS } from '@tandem/domain';
import {
  createTranslator,
  formatMeasureValue,
  formatOutcomeValue,
  type Locale,
  measureBasisText,
  type Translator,
  targetText,
} from '@tandem/i18n';
import { type PdfDocument, pdfText, renderPdf } from '../../pdf/pdf-document.ts';
import {
  OUTCOME_LABELS,
  outcomeMeasures,
  type QualityReport,
  reportHeading,
  statusText,
} from './quality-report.ts';

const MARGIN = 40;
const BODY = 8.5;
const PADDING = 3;

interface Column {
  readonly width: number;
  readonly bold?: boolean;
}

/** A row of cells at the current position, on a new page (under `header`) when it does not fit. */
function tableRow(
  doc: PdfDocument,
  columns: readonly Column[],
  cells: readonly string[],
  options: { header?: () => void; bold?: boolean; rule?: boolean } = {},
) {
  doc.fontSize(BODY);
  const texts = cells.map(pdfText);
  const fontOf = (i: number) => (options.bold || columns[i]?.bold ? 'Helvetica-Bold' : 'Helvetica');
  const height =
    Math.max(
      ...texts.map((text, i) =>
        doc.font(fontOf(i)).heightOfString(text, { width: (columns[i]?.width ?? 0) - PADDING }),
      ),
    ) +
    2 * PADDING;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    options.header?.();
  }
  const top = doc.y;
  if (options.rule) {
    doc
      .moveTo(MARGIN, top)
      .lineTo(doc.page.width - MARGIN, top)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
  }
  let x = MARGIN;
  texts.forEach((text, i) => {
    const width = columns[i]?.width ?? 0;
    doc
      .font(fontOf(i))
      .fillColor('#000000')
      .text(text, x, top + PADDING, { width: width - PADDING });
    x += width;
  });
  doc.x = MARGIN;
  doc.y = top + height;
}

function heading(doc: PdfDocument, text: string, size: number) {
  if (doc.y + size * 3 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc
    .moveDown(0.6)
    .font('Helvetica-Bold')
    .fontSize(size)
    .text(pdfText(text), MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN })
    .moveDown(0.3);
}

function titleSection(doc: PdfDocument, tr: Translator, report: QualityReport) {
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(pdfText(tr.t('quality.report.title')));
  doc.moveDown(0.4);
  for (const [label, value] of reportHeading(tr, report)) {
    tableRow(doc, [{ width: 110, bold: true }, { width: 500 }], [label, value]);
  }
}

const CRITERION_COLUMNS: readonly Column[] = [
  { width: 210, bold: true },
  { width: 85 },
  { width: 150 },
  { width: 70 },
  { width: 105 },
  { width: 141 },
];

/** The 23 criteria by area: status in words, then each measure's value, basis and target. */
function criteriaSection(doc: PdfDocument, tr: Translator, report: QualityReport) {
  heading(doc, tr.t('quality.title'), 14);
  const columnHeader = () =>
    tableRow(
      doc,
      CRITERION_COLUMNS,
      [
        tr.t('quality.report.column.criterion'),
        tr.t('quality.report.column.status'),
        tr.t('quality.report.column.measure'),
        tr.t('quality.report.column.value'),
        tr.t('quality.report.column.basis'),
        tr.t('quality.report.column.target'),
      ],
      { bold: true },
    );
  for (const area of CRITERION_AREAS) {
    heading(doc, `${area}. ${tr.t(`criterion.area.${area}`)}`, 11);
    columnHeader();
    for (const criterion of report.criteria.filter((c) => areaOf(c.criterionId) === area)) {
      const id = criterion.criterionId;
      const named = `${id} ${tr.t(`criterion.${id}.title`)}`;
      const status = statusText(tr, criterion.status);
      const measures = criterion.computed ? criterion.measures : [];
      if (measures.length === 0) {
        tableRow(doc, CRITERION_COLUMNS, [named, status], { header: columnHeader, rule: true });
        continue;
      }
      measures.forEach((measure, index) => {
        tableRow(
          doc,
          CRITERION_COLUMNS,
          [
            index === 0 ? named : '',
            // Below the criterion's row: the measure's own status (none without a target).
            index === 0 ? status : measure.status ? statusText(tr, measure.status) : '',
            tr.t(`indicator.measure.${measure.key}`),
            formatMeasureValue(tr, measure.unit, measure.value),
            measureBasisText(tr, measure),
            targetText(tr, measure.target),
          ],
          { header: columnHeader, rule: index === 0 },
        );
      });
    }
  }
}

const OUTCOME_COLUMNS: readonly Column[] = [
  { width: 300, bold: true },
  { width: 80 },
  { width: 381 },
];

/** The outcome figures, apart from the criteria: no target and no status. */
function outcomesSection(doc: PdfDocument, tr: Translator, report: QualityReport) {
  heading(doc, tr.t('outcome.quality.title'), 14);
  doc
    .font('Helvetica')
    .fontSize(BODY + 0.5)
    .text(pdfText(tr.t('outcome.quality.intro')), { width: doc.page.width - 2 * MARGIN })
    .moveDown(0.4);
  for (const measure of outcomeMeasures(report.outcomes)) {
    const basis =
      measure.value === null
        ? ''
        : measure.key === 'confidence_change'
          ? tr.t('outcome.quality.change', { denominator: measure.denominator })
          : tr.t('outcome.quality.share', {
              numerator: measure.numerator,
              denominator: measure.denominator,
            });
    tableRow(
      doc,
      OUTCOME_COLUMNS,
      [tr.t(OUTCOME_LABELS[measure.key]), formatOutcomeValue(tr, measure), basis],
      { rule: true },
    );
  }
}

/** The report's sections, in the order they are printed. */
const SECTIONS = [titleSection, criteriaSection, outcomesSection] as const;

/** The dashboard as a printable A4 report (landscape, for the grid), in one language. */
export function qualityReportPdf(report: QualityReport, locale: Locale): Promise<Buffer> {
  const tr = createTranslator(locale);
  return renderPdf(
    {
      title: `${tr.t('quality.report.title')} – ${report.programmeName ?? report.organisationName}`,
      layout: 'landscape',
      margin: MARGIN,
    },
    (doc) => {
      for (const section of SECTIONS) section(doc, tr, report);
    },
  );
}
