import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

/** The text of a PDF the API sent as base64, read back with pdfjs as a reader would see it. */
export async function pdfText(base64: string): Promise<string> {
  const document = await getDocument({
    data: new Uint8Array(Buffer.from(base64, 'base64')),
    standardFontDataUrl,
  }).promise;
  let text = '';
  for (let page = 1; page <= document.numPages; page++) {
    const content = await (await document.getPage(page)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return text;
}
