/**
 * Before the CMS saves or deletes, the content as it would be afterwards is checked with the
 * build's own rules across entries (`src/cms/cross-entry.ts`). These run that check on the
 * sample content as Decap would hand it over: the files through a reader, the entry as data
 * written by the CMS's own formatter.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { cmsConfig } from '../../src/cms/config';
import { currentFiles, fileText, newEntryPath, problemsAdded, type ContentReader } from '../../src/cms/cross-entry';
import { formatterForFile } from '../../src/cms/formats';
import { readContentFiles } from '../../src/lib/content-check';
import { projectRoot } from '../build-site';

const config = cmsConfig({});
const onDisk = readContentFiles(projectRoot);
const reader: ContentReader = {
  folder: async (folder) =>
    onDisk.filter((f) => f.path.startsWith(`${folder}/`)).map(({ path, text }) => ({ path, text })),
  file: async (path) => onDisk.find((f) => f.path === path),
};

/** The entry's data as the CMS holds it: the file read by the CMS's formatter. */
const dataOf = (path: string) => formatterForFile(config, path)!.fromFile(onDisk.find((f) => f.path === path)!.text);

describe('the check across entries before a save', () => {
  it('reads every file the build reads, through the backend', async () => {
    expect((await currentFiles(config, reader)).map((f) => f.path)).toEqual(onDisk.map((f) => f.path).sort());
  });

  it('lets an unchanged entry and an ordinary edit through', () => {
    const path = 'content/booths/g-02-kemplang-tanjung-gelam.mdx';
    const data = { ...dataOf(path), business: 'Kemplang Tanjung Gelam (nama baru)' };
    expect(problemsAdded(config, onDisk, { path, text: fileText(config, 'booths', data) }, 'booths')).toEqual([]);
  });

  it('refuses a booth code another booth has, naming the field and the other booth', () => {
    const path = 'content/booths/g-01-songket-tanjung-batu.mdx';
    const data = { ...dataOf(path), code: 'G-02' };
    expect(problemsAdded(config, onDisk, { path, text: fileText(config, 'booths', data) }, 'booths')).toEqual([
      'Kode gerai: kode gerai G-02 sudah dipakai oleh "g-02-kemplang-tanjung-gelam"',
    ]);
  });

  it('refuses a new booth in a slot taken at the same time', () => {
    const data = { ...dataOf('content/booths/g-01-songket-tanjung-batu.mdx'), code: 'G-99', business: 'Gerai Baru' };
    const path = newEntryPath(
      'content/booths',
      'mdx',
      'Gerai Baru',
      onDisk.map((f) => f.path),
    );
    const problems = problemsAdded(config, onDisk, { path, text: fileText(config, 'booths', data) }, 'booths');
    expect(problems).toEqual([
      expect.stringMatching(/^Jadwal[^:]*: petak G-01 sudah ditempati "g-01-songket-tanjung-batu"/),
    ]);
  });

  it('refuses renaming a category code that services use, listing them', () => {
    const path = 'content/settings/categories.yml';
    const data = load(onDisk.find((f) => f.path === path)!.text) as { services: { id: string }[] };
    data.services = data.services.map((c) => (c.id === 'listrik' ? { ...c, id: 'kelistrikan' } : c));
    const problems = problemsAdded(config, onDisk, { path, text: fileText(config, 'settings', data) }, 'categories');
    const users = onDisk.filter((f) => f.path.startsWith('content/services/') && /\ncategory: listrik\n/.test(f.text));
    expect(users.length).toBeGreaterThan(0);
    expect(problems).toHaveLength(users.length);
    for (const problem of problems)
      expect(problem).toMatch(/^Layanan "[^"]+" jadi bermasalah \(Kategori: kategori "listrik" tidak ada/);
  });

  it('refuses deleting an agency its services name, and lets an unused page go', () => {
    const agency = problemsAdded(config, onDisk, { path: 'content/agencies/pln.mdx', deleted: true }, 'agencies');
    expect(agency.length).toBeGreaterThan(0);
    expect(agency.every((p) => /^Layanan "[^"]+" jadi bermasalah \(Instansi: instansi "pln" tidak ada/.test(p))).toBe(
      true,
    );
    const unused = onDisk.find((f) => f.path.startsWith('content/news/'))!.path;
    expect(problemsAdded(config, onDisk, { path: unused, deleted: true }, 'news')).toEqual([]);
  });

  it('does not refuse a save for a problem that was there before it', () => {
    const path = 'content/booths/g-01-songket-tanjung-batu.mdx';
    const clash = onDisk.map((f) =>
      f.path === 'content/booths/g-02-kemplang-tanjung-gelam.mdx'
        ? { ...f, text: f.text.replace(/^code: .*$/m, 'code: G-01') }
        : f,
    );
    const data = { ...dataOf(path), business: 'Songket (nama baru)' };
    expect(problemsAdded(config, clash, { path, text: fileText(config, 'booths', data) }, 'booths')).toEqual([]);
  });
});
