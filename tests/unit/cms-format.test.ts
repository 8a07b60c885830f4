/**
 * The files the CMS writes: every content file is already in that form (so opening and saving
 * any entry changes nothing), the frontmatter means the same to Astro as to the CMS, and what
 * Decap hands over (empty strings, unordered keys, dates) is written the one canonical way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config';
import { formatterForFile } from '../../src/cms/formats';
import { escapeMdx } from '../../src/cms/mdx-escape';

const root = join(import.meta.dirname, '../..');
const config = cmsConfig({});
/** The YAML reader Astro itself uses for frontmatter and data files (js-yaml 4, default schema). */
const astroYamlLoad = (
  createRequire(join(root, 'node_modules/astro/package.json'))('js-yaml') as {
    load: (text: string) => unknown;
  }
).load;

function contentFiles(dir = join(root, 'content')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(full);
    return /\.(mdx|yml)$/.test(entry.name) ? [relative(root, full)] : [];
  });
}

const newsFormat = formatterForFile(config, 'content/news/x.mdx');
const settingsFormat = formatterForFile(config, 'content/settings/site.yml');
if (!newsFormat || !settingsFormat) throw new Error('no formatter for news or settings');

const HOSTILE_TITLE = 'Biaya <50 ribu {gratis}: *gratis* & "tanpa" pungutan # bukan komentar';

describe('the content files', () => {
  const files = contentFiles();

  it('all have a CMS format', () => {
    expect(files.length).toBeGreaterThan(70);
    const withoutFormat = files.filter((file) => !formatterForFile(config, file));
    expect(
      withoutFormat,
      'a content file the CMS cannot edit: add its collection to src/content.config.ts and to src/cms/collections.ts',
    ).toEqual([]);
  });

  it('are all in the form the CMS writes, so opening and saving changes nothing', () => {
    const notCanonical = files.filter((file) => {
      const formatter = formatterForFile(config, file);
      const text = readFileSync(join(root, file), 'utf8');
      return formatter && formatter.toFile(formatter.fromFile(text)) !== text;
    });
    expect(notCanonical).toEqual([]);
  });
});

describe('the MDX format', () => {
  const data = {
    draft: false,
    summary: 'Ringkasan: <b>{x}</b>\nbaris kedua',
    body: 'Biaya <50 ribu {gratis}\n\nimport beras naik',
    tags: ['biaya', ''],
    cover: { src: '', alt: '' },
    date: '2026-11-28',
    title: HOSTILE_TITLE,
    relatedServices: [],
  };
  const file = newsFormat.toFile(data);

  it('writes keys in the order of the content model, without the empty values Decap keeps', () => {
    expect(file).toBe(
      [
        '---',
        `title: '${HOSTILE_TITLE}'`,
        'date: 2026-11-28',
        'summary: |-',
        '  Ringkasan: <b>{x}</b>',
        '  baris kedua',
        'tags:',
        '  - biaya',
        'draft: false',
        '---',
        '',
        escapeMdx(data.body),
        '',
      ].join('\n'),
    );
  });

  it('reads back what it wrote, with the body as the editor wrote it', () => {
    const read = newsFormat.fromFile(file);
    expect(read).toEqual({
      title: HOSTILE_TITLE,
      date: '2026-11-28',
      summary: data.summary,
      tags: ['biaya'],
      draft: false,
      body: data.body,
    });
    expect(newsFormat.toFile(read)).toBe(file);
  });

  it('means to Astro what it means to the CMS: dates are dates, date-like text stays text', () => {
    const tricky = newsFormat.toFile({
      title: '2025-02-12',
      date: '2025-02-12',
      summary: '08:00',
      tags: ['yes', 'null', '1e3'],
    });
    const frontmatter = astroYamlLoad(/^---\n([\s\S]*?)\n---/.exec(tricky)?.[1] ?? '') as Record<string, unknown>;
    expect(frontmatter).toEqual({
      title: '2025-02-12',
      date: new Date('2025-02-12T00:00:00Z'),
      summary: '08:00',
      tags: ['yes', 'null', '1e3'],
    });
  });

  it('accepts Windows line ends and stray blank lines, and writes them the one way', () => {
    const messy = '---\r\ntitle: Judul berita\r\n---\r\n\r\n\r\nIsi baris satu\r\n\r\n';
    expect(newsFormat.toFile(newsFormat.fromFile(messy))).toBe('---\ntitle: Judul berita\n---\n\nIsi baris satu\n');
  });

  it('writes an entry without body as frontmatter only', () => {
    expect(newsFormat.toFile({ title: 'Judul berita', body: '' })).toBe('---\ntitle: Judul berita\n---\n');
  });
});

describe('the settings format', () => {
  it('orders each settings file by its own fields and drops what Decap leaves empty', () => {
    const yaml = settingsFormat.toFile({
      booths: [{ label: 'Kuliner', id: 'kuliner' }],
      services: [{ id: 'kependudukan', label: 'Kependudukan', description: '' }],
    });
    expect(yaml).toBe(
      'services:\n  - id: kependudukan\n    label: Kependudukan\nbooths:\n  - id: kuliner\n    label: Kuliner\n',
    );
  });

  it('keeps clock times text and closure dates plain', () => {
    const yaml = settingsFormat.toFile({
      closures: [{ kind: 'libur-nasional', name: 'Tahun Baru', date: '2027-01-01' }],
      hours: [{ day: 'monday', open: '08:00', close: '15:00' }],
    });
    expect(yaml).toContain('  - date: 2027-01-01\n    name: Tahun Baru\n    kind: libur-nasional');
    expect(astroYamlLoad(yaml)).toMatchObject({ hours: [{ day: 'monday', open: '08:00', close: '15:00' }] });
  });
});
