/**
 * Reading the PDFs Chromium prints, with Mozilla's pdf.js from npm (no system tool to install):
 * how many pages, and the text of each as a reader would copy it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  pages: number;
  /** The text of every page, in order, white space folded. */
  text: string;
}

/** How many pages the PDF has, without reading their text. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

export async function readPdf(bytes: Uint8Array): Promise<PdfSummary> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const doc = await task.promise;
  try {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
    }
    return { pages: doc.numPages, text: texts.join('\n').replace(/\s+/g, ' ') };
  } finally {
    await task.destroy();
  }
}
