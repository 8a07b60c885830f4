/**
 * The square social-media card of a campaign (1080×1080), drawn as SVG from the entry and
 * rasterised at build. Pure: the text is wrapped and escaped here, the PNG is made elsewhere.
 * The PNG is drawn without the site's CSS, so its colours are the token values themselves.
 */
import { COLORS, type ColorName } from '../styles/tokens';
import { escapeHtml } from './escape';

/** Greedy word wrap to lines of at most `width` characters (a long word gets its own line). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface CardInput {
  title: string;
  message: string;
  siteName: string;
  url: string;
}

/** What paints what on the card; tests/unit/contrast.test.ts checks each text and mark on its ground. */
export const CARD_COLORS = {
  background: 'brand-800',
  text: 'white',
  logoTile: 'white',
  logoMark: 'brand-700',
  footer: 'white',
  footerText: 'ink',
  footerUrl: 'muted',
} as const satisfies Record<string, ColorName>;

const color = (use: keyof typeof CARD_COLORS) => COLORS[CARD_COLORS[use]];

/** SVG source of the card, in the site's colours, with system sans-serif text. */
export function campaignCardSvg({ title, message, siteName, url }: CardInput): string {
  const titleLines = wrapText(title, 20).slice(0, 4);
  const messageLines = wrapText(message, 34).slice(0, 6);
  const text = (lines: string[], y: number, size: number, weight: number, gap: number) =>
    lines
      .map(
        (line, i) =>
          `<text x="80" y="${y + i * gap}" font-size="${size}" font-weight="${weight}" fill="${color('text')}">${escapeHtml(line)}</text>`,
      )
      .join('');
  const messageTop = 200 + titleLines.length * 84 + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif">
<rect width="1080" height="1080" fill="${color('background')}"/>
<rect x="80" y="80" width="96" height="96" rx="16" fill="${color('logoTile')}"/>
<path d="M101 156V100l27 22 27-22v56" fill="none" stroke="${color('logoMark')}" stroke-width="9" stroke-linejoin="round"/>
${text(titleLines, 280, 72, 700, 84)}
${text(messageLines, messageTop + 40, 42, 400, 56)}
<rect x="0" y="920" width="1080" height="160" fill="${color('footer')}"/>
<text x="80" y="990" font-size="36" font-weight="700" fill="${color('footerText')}">${escapeHtml(siteName)}</text>
<text x="80" y="1040" font-size="26" fill="${color('footerUrl')}">${escapeHtml(url.replace(/^https?:\/\//, ''))}</text>
</svg>`;
}
