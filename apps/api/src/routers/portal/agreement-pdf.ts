import PDFDocument from 'pdfkit';

/**
 * The agreement as a PDF: its exact text (the wording accepted), with the version and
 * who accepted it when. Helvetica (built into pdfkit) covers the Latin-1 letters of
 * Dutch and French.
 */
export function agreementPdf(input: {
  title: string;
  text: string;
  footer: string[];
}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: input.title },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica').fontSize(11);
    for (const paragraph of input.text.split('\n\n')) {
      doc.text(paragraph, { align: 'left' }).moveDown();
    }
    doc.moveDown().fontSize(9);
    for (const line of input.footer) doc.text(line);
    doc.end();
  });
}
