import { agreementAcceptances, type agreements, type Transaction } from '@tandem/db';
import type { Locale } from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { asc, eq } from 'drizzle-orm';
import { renderPdf } from '../../pdf/pdf-document.ts';

/**
 * The agreement as a PDF: its exact text (the wording accepted), with the version and who
 * accepted it when.
 */
export function agreementPdf(input: {
  title: string;
  text: string;
  footer: string[];
}): Promise<Buffer> {
  return renderPdf({ title: input.title }, (doc) => {
    doc.fontSize(11);
    for (const paragraph of input.text.split('\n\n')) {
      doc.text(paragraph, { align: 'left' }).moveDown();
    }
    doc.moveDown().fontSize(9);
    for (const line of input.footer) doc.text(line);
  });
}

/**
 * One agreement version as a file, in one language, with who accepted it when: the same
 * document for the participant in the portal and for staff.
 */
export async function agreementPdfFile(
  tx: Transaction,
  agreement: typeof agreements.$inferSelect,
  locale: Locale,
) {
  const accepted = await tx
    .select()
    .from(agreementAcceptances)
    .where(eq(agreementAcceptances.agreementId, agreement.id))
    .orderBy(asc(agreementAcceptances.acceptedAt));
  const tr = createTranslator(locale);
  const pdf = await agreementPdf({
    title: tr.t('portal.agreement.title'),
    text: agreement.texts[locale],
    footer: [
      tr.t('portal.agreement.pdfVersion', {
        version: agreement.version,
        issued: tr.formatDate(agreement.issuedAt, 'dateTime'),
      }),
      ...accepted.map((a) =>
        tr.t(`portal.agreement.pdfAccepted.${a.role}`, {
          at: tr.formatDate(a.acceptedAt, 'dateTime'),
        }),
      ),
    ],
  });
  return {
    filename: `${tr.t('portal.agreement.pdfFileName')}-v${agreement.version}.pdf`,
    base64: pdf.toString('base64'),
  };
}
