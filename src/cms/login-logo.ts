/**
 * The picture on the admin's login screen: the site's mark and the MPP's name from Pengaturan →
 * Situs, so the editor sees whose CMS this is instead of Decap's logo. Made when the site is
 * built and embedded as a data: address (the admin's policy allows data: images), so another
 * MPP's name appears without a file of its own.
 */
import { COLORS } from '../styles/tokens';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The name in lines of at most `width` characters, broken between words. */
export function nameLines(name: string, width = 26): string[] {
  const lines: string[] = [];
  for (const word of name.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The login picture as SVG text: the mark of `public/favicon.svg` above the name. */
export function loginLogoSvg(name: string): string {
  const lines = nameLines(name);
  const height = 96 + lines.length * 30;
  const text = lines
    .map((line, i) => `<text x="150" y="${110 + i * 30}" text-anchor="middle">${escapeXml(line)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 ${height}" width="300" height="${height}">` +
    `<title>${escapeXml(name)}</title>` +
    `<g transform="translate(114 0) scale(2)"><rect width="36" height="36" rx="6" fill="${COLORS['brand-700']}"/>` +
    `<path d="M8 26V12l10 8 10-8v14" fill="none" stroke="${COLORS.white}" stroke-width="3" stroke-linejoin="round"/></g>` +
    `<g font-family="system-ui, sans-serif" font-size="22" font-weight="700" fill="${COLORS.ink}">${text}</g></svg>`
  );
}

export const loginLogoUrl = (name: string) => `data:image/svg+xml,${encodeURIComponent(loginLogoSvg(name))}`;
