import PDFDocument from 'pdfkit';

export type PdfDocument = PDFKit.PDFDocument;

/**
 * A PDF drawn with pdfkit, as bytes: one way for every document the API makes. Helvetica
 * (built into pdfkit) covers the Latin-1 letters of Dutch and French.
 */
export function renderPdf(
  options: { title: string; layout?: 'portrait' | 'landscape'; margin?: number },
  draw: (doc: PdfDocument) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: options.layout ?? 'portrait',
      margin: options.margin ?? 56,
      info: { Title: options.title },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica');
    draw(doc);
    doc.end();
  });
}

/**
 * Text for the built-in fonts, whose WinAnsi encoding has no narrow or thin space: French
 * puts a narrow no-break space before "%" and ":", which would otherwise come out garbled.
 */
export function pdfText(text: string): string {
  return text.replace(/[\u202F\u2009]/g, '\u00A0');
}
