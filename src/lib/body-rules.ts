/**
 * Rules for the body an editor writes, which no schema sees because the body is not a field:
 * every picture needs the alternative text a screen reader speaks in its place (WCAG 1.1.1),
 * as a cover image does. The build (`site-data.ts`), the content check (`content-rules.ts`) and
 * the CMS before a save (`src/cms/save-guards.ts`) all run this one function.
 */

/** `![alt](address)` as the CMS writes a picture into a body; an escaped `\![` is text. */
const IMAGE = /(?<!\\)!\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?[^)]*\)/g;

/** The body's problems, one message each (in Indonesian), or an empty list. */
export function bodyProblems(body: string): string[] {
  return [...body.matchAll(IMAGE)]
    .filter(([, alt]) => alt.replace(/\\(.)/g, '$1').trim() === '')
    .map(([, , address]) => `gambar "${address}" tidak punya teks alternatif; isi Teks alternatif gambar itu`);
}
