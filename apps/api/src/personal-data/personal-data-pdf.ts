import { createTranslator } from '@tandem/i18n';
import PDFDocument from 'pdfkit';
import type { PersonalDataExport } from './personal-data-export.ts';
import { PERSON_DATA_TABLES } from './personal-data-map.ts';

/** A field's value as a line of text: words as they are, lists and structures as JSON. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The export as a document a person can read, in their language: a heading per kind of
 * record, then every field kept, as stored. Helvetica (built into pdfkit, as for the
 * agreement) covers the Latin-1 letters of Dutch and French.
 */
export function personalDataPdf(data: PersonalDataExport): Promise<{
  fileName: string;
  mediaType: string;
  base64: string;
}> {
  const tr = createTranslator(data.person.locale);
  const title = tr.t('personalData.pdf.title', { organisation: data.organisation });
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () =>
      resolve({
        fileName: `${tr.t('personalData.pdf.fileName')}.pdf`,
        mediaType: 'application/pdf',
        base64: Buffer.concat(chunks).toString('base64'),
      }),
    );
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(16).text(title).moveDown(0.5);
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(
        tr.t('personalData.pdf.intro', {
          organisation: data.organisation,
          name: data.person.name,
          email: data.person.email,
          date: tr.formatDate(new Date(data.exportedAt), 'dateTime'),
        }),
      );
    for (const table of PERSON_DATA_TABLES) {
      const rows = data.records[table];
      if (!rows) continue;
      doc
        .moveDown()
        .font('Helvetica-Bold')
        .fontSize(13)
        .text(tr.t(`personalData.records.${table}`));
      for (const row of rows) {
        doc.moveDown(0.4).font('Helvetica').fontSize(9);
        for (const [field, value] of Object.entries(row)) {
          if (value === null) continue;
          doc.text(`${field.replaceAll('_', ' ')}: ${shown(value)}`);
        }
      }
    }
    doc.end();
  });
}
