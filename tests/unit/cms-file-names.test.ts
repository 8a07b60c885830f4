/**
 * A new entry whose title has no Latin letter or digit still gets a file name: the collection
 * and the moment (src/cms/file-names.ts). Other titles keep Decap's own name from the title.
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config';
import { formattersByName } from '../../src/cms/formats';
import { FALLBACK_KEY, fileNameFallback } from '../../src/cms/file-names';
import { entryProblems } from '../../src/cms/validate-entry';
import { plainSchema } from '../../src/model/collections';

const now = new Date(2026, 10, 30, 14, 5);

describe('the file name of a new entry', () => {
  it('falls back to the collection and the moment for a title in Arabic script or emoji only', () => {
    expect(fileNameFallback('{{title}}', { title: 'خدمة جديدة' }, 'Berita', now)).toBe('berita-20261130-1405');
    expect(fileNameFallback('{{title}}', { title: '🎉🎉' }, 'Halaman', now)).toBe('halaman-20261130-1405');
    expect(fileNameFallback('{{shortName}}', { shortName: '🏛️' }, 'Instansi', now)).toBe('instansi-20261130-1405');
  });

  it('leaves a name Decap can make alone: Latin letters, accented letters, digits, or a date', () => {
    expect(fileNameFallback('{{title}}', { title: 'Jadwal Baru 😀' }, 'Berita', now)).toBeUndefined();
    expect(fileNameFallback('{{title}}', { title: 'Café' }, 'Berita', now)).toBeUndefined();
    expect(fileNameFallback('{{title}}', { title: '2026 خدمة' }, 'Berita', now)).toBeUndefined();
    expect(fileNameFallback('{{year}}-{{month}}-{{day}}-{{title}}', { title: 'خدمة' }, 'Jadwal', now)).toBeUndefined();
    expect(fileNameFallback('{{code}}-{{business}}', { code: 'G-09', business: '🍜' }, 'Gerai', now)).toBeUndefined();
  });

  it('is part of every collection template, and never written into the file or checked as a field', () => {
    const config = cmsConfig({});
    for (const collection of config.collections)
      if ('folder' in collection) expect(collection.slug).toMatch(new RegExp(`{{${FALLBACK_KEY}}}$`));
    const news = config.collections.find((c) => c.name === 'news')!;
    const data = { title: 'خدمة جديدة', summary: 'Pengumuman berjudul aksara Arab untuk warga.', [FALLBACK_KEY]: 'x' };
    expect(formattersByName(config).get(news.format)!.toFile(data)).not.toContain(FALLBACK_KEY);
    expect(entryProblems(plainSchema('news'), data).join(' ')).not.toContain(FALLBACK_KEY);
  });
});
