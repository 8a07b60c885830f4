/**
 * Hostile content never becomes active content: <script>, event-handler attributes, raw HTML,
 * MDX expressions and javascript: links in content files render as the literal text typed
 * (or lose their address), in the body and in frontmatter fields alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectCopy } from '../build-site';
import { loadPage } from '../dist-pages';

const BODY = `
Biaya {gratis} dan {1+1}

<script>alert('xss-body')</script>

<img src="x" onerror="alert('xss-img')" />

<b onclick="alert('xss-b')">tebal</b> dan <iframe src="https://contoh.example"></iframe>

Tautan [klik di sini](javascript:alert('xss-link')) dan [aman](https://www.lapor.go.id).

export const bocor = 1
`;

let root: string;
let dispose: () => Promise<void>;
let output = '';

beforeAll(async () => {
  ({ root, dispose } = await projectCopy());
  writeFileSync(
    join(root, 'content/news/uji-teks-berbahaya.mdx'),
    `---\ntitle: "<script>alert('xss-title')</script> Uji"\ndate: 2026-01-01\nsummary: "Ringkasan <img src=x onerror=alert('xss-summary')> uji"\n---\n${BODY}`,
  );
  const service = join(root, 'content/services/ktp-el-baru.mdx');
  writeFileSync(
    service,
    readFileSync(service, 'utf8').replace(
      /^product: .*$/m,
      `product: "KTP-el <b onmouseover=alert('xss-product')>asli</b>"`,
    ),
  );
  const result = await astroBuild(root);
  output = result.output;
  expect(result.ok, output.slice(-3000)).toBe(true);
});
afterAll(() => dispose());

/** Everything on a page that could run script. */
function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
    const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    if (/^\s*(javascript|vbscript|data):/i.test(href)) found.push(`${el.tagName} ${href}`);
  }
  for (const script of doc.querySelectorAll('script')) {
    // JSON-LD is data, not code; it is checked separately for a closing tag.
    const type = script.getAttribute('type');
    const executable = !type || /^(module|text\/javascript)$/.test(type);
    if (executable && /xss/.test(script.textContent ?? '')) found.push('script with xss');
  }
  if (doc.querySelector('iframe, main img[src="x"]')) found.push('iframe or injected img');
  return found;
}

describe('hostile content', () => {
  it('renders the news body and fields as the literal text typed, with nothing active', () => {
    const doc = loadPage(join(root, 'dist'), '/berita/uji-teks-berbahaya/');
    expect(activeContent(doc)).toEqual([]);
    // Structured data carries the title as data, with "<" escaped so it cannot close the tag.
    const html = readFileSync(join(root, 'dist/berita/uji-teks-berbahaya/index.html'), 'utf8');
    const ldJson = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => m[1]);
    expect(ldJson.length).toBeGreaterThan(0);
    for (const json of ldJson) expect(json).not.toMatch(/<\/?script/i);
    expect(JSON.parse(ldJson[0]).headline).toBe("<script>alert('xss-title')</script> Uji");
    const text = doc.querySelector('article')?.textContent ?? '';
    expect(text).toContain("<script>alert('xss-title')</script> Uji");
    expect(text).toContain("<script>alert('xss-body')</script>");
    expect(text).toContain(`<img src="x" onerror="alert('xss-img')" />`);
    expect(text).toContain('Biaya {gratis} dan {1+1}');
    expect(text).toContain('export const bocor = 1');
    expect(text).toContain('klik di sini');
    expect(doc.querySelector('a[href="https://www.lapor.go.id"]')?.textContent).toBe('aman');
  });

  it('escapes fields in meta tags, structured data and other pages', () => {
    const doc = loadPage(join(root, 'dist'), '/berita/uji-teks-berbahaya/');
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(
      "Ringkasan <img src=x onerror=alert('xss-summary')> uji",
    );
    const service = loadPage(join(root, 'dist'), '/layanan/ktp-el-baru/');
    expect(activeContent(service)).toEqual([]);
    expect(service.querySelector('[data-product]')?.textContent).toBe(
      "KTP-el <b onmouseover=alert('xss-product')>asli</b>",
    );
    const list = loadPage(join(root, 'dist'), '/berita/');
    expect(activeContent(list)).toEqual([]);
  });
});
