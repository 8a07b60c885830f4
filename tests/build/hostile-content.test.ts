/**
 * A news item saved by the CMS with everything an editor might type — `<`, `{`, `}`, HTML pasted
 * from Word, a script tag, `&amp;`, a line starting with "import", emoji, Arabic — must build and
 * show exactly that text. The file is written by the CMS's own format, in a copy of the project,
 * and the real build runs on it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config';
import { formatterForFile } from '../../src/cms/formats';
import { astroBuild, projectCopy, type BuildResult } from '../build-site';
import { loadPage } from '../dist-pages';

const FILE = 'content/news/biaya-hostile.mdx';
const TITLE = 'Biaya <50 ribu {gratis} & “tanpa” pungutan';
const SUMMARY = 'Ringkasan dengan <b>tag</b>, {kurung kurawal}, &amp; dan *bintang*.';
/** Paragraphs as Decap's editor writes them for text typed in it (nothing here is Markdown syntax to Decap). */
const PARAGRAPHS = [
  'Biaya <50 ribu {gratis}',
  '<script>alert(1)</script>',
  'import beras naik 10 persen',
  'export kopi {Ogan Ilir}',
  '<p class=MsoNormal><o:p></o:p>Teks dari Word</p>',
  'C:\\Data\\Warga, a > b, 5 < 6, } {',
  'Emoji 😀 dan huruf Arab خدمة عامة',
  'Entitas &amp; &copy; &#169; tetap tertulis',
];

let copy: Awaited<ReturnType<typeof projectCopy>>;
let result: BuildResult;
let saved: string;
const formatter = formatterForFile(cmsConfig({}), FILE);

beforeAll(async () => {
  if (!formatter) throw new Error(`no CMS format for ${FILE}`);
  copy = await projectCopy();
  saved = formatter.toFile({
    title: TITLE,
    date: '2026-11-20',
    summary: SUMMARY,
    tags: ['biaya'],
    draft: false,
    body: PARAGRAPHS.join('\n\n'),
  });
  writeFileSync(join(copy.root, FILE), saved);
  result = await astroBuild(copy.root);
});
afterAll(() => copy?.dispose());

describe('a news item saved from the CMS with hostile text', () => {
  it('builds', () => {
    expect(result.ok, result.output.slice(-3000)).toBe(true);
  });

  it('shows the title, summary and every paragraph exactly as typed', () => {
    const doc = loadPage(join(copy.root, 'dist'), '/berita/biaya-hostile/');
    const article = doc.querySelector('[data-news="biaya-hostile"]');
    expect(article?.querySelector('h1')?.textContent).toBe(TITLE);
    expect(article?.textContent).toContain(SUMMARY);
    const paragraphs = [...(article?.querySelectorAll('.prose p') ?? [])].map((p) => p.textContent);
    expect(paragraphs).toEqual(PARAGRAPHS);
  });

  it('runs nothing that was typed', () => {
    const doc = loadPage(join(copy.root, 'dist'), '/berita/biaya-hostile/');
    const executable = [...doc.querySelectorAll('script:not([type="application/ld+json"])')];
    expect(executable.filter((s) => s.textContent?.includes('alert(1)'))).toEqual([]);
    expect(doc.querySelector('.prose script, .prose o\\:p, .prose p p')).toBeNull();
  });

  it('is written back byte for byte when opened and saved again', () => {
    const onDisk = readFileSync(join(copy.root, FILE), 'utf8');
    expect(onDisk).toBe(saved);
    expect(formatter?.toFile(formatter.fromFile(onDisk))).toBe(onDisk);
  });
});
