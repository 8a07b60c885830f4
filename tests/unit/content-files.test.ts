/**
 * No file in content/ is silently skipped, no two files become one entry, and no page takes an
 * address the site already uses: the names come from src/pages and public/ themselves.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileProblems, reservedPageIds, sameEntryFiles, unreadFiles } from '../../src/lib/content-files';

const projectRoot = join(import.meta.dirname, '../..');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-mpp-files-'));
  for (const dir of ['content', 'src/pages', 'public'])
    cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text = '---\ntitle: x\n---\n') => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('files in content/', () => {
  it('the sample has no problem of this kind', () => expect(fileProblems(root)).toEqual([]));

  it('reports every file no loader reads, and ignores notes, hidden files and uploads', () => {
    write('content/news/catatan.txt');
    write('content/news/berita-lama.md');
    write('content/services/ktp.MDX');
    write('content/settings/lain.yml');
    write('content/lain/halaman.mdx');
    write('content/news/_templat.mdx');
    write('content/news/.DS_Store');
    write('content/uploads/foto.jpg');
    expect(unreadFiles(root)).toEqual([
      'content/lain/halaman.mdx',
      'content/news/berita-lama.md',
      'content/news/catatan.txt',
      'content/services/ktp.MDX',
      'content/settings/lain.yml',
    ]);
  });

  it('reports files that become the same entry', () => {
    write('content/news/Jadwal Baru.mdx');
    write('content/news/jadwal-baru.mdx');
    write('content/news/arsip/index.mdx');
    write('content/news/arsip.mdx');
    expect(sameEntryFiles(root)).toEqual([
      ['content/news/Jadwal Baru.mdx', 'content/news/jadwal-baru.mdx'],
      ['content/news/arsip.mdx', 'content/news/arsip/index.mdx'],
    ]);
  });

  it('takes the used addresses from the routes and public files, and refuses a page on one', () => {
    const reserved = reservedPageIds(root);
    for (const name of ['berita', 'layanan', 'cari', 'admin', 'robots.txt', 'favicon.svg', 'pagefind', '404'])
      expect(reserved).toContain(name);
    expect(reserved).not.toContain('index');
    mkdirSync(join(root, 'src/pages/agenda'));
    expect(reservedPageIds(root)).toContain('agenda');
    write('content/pages/berita.mdx');
    write('content/pages/agenda.mdx');
    expect(fileProblems(root)).toEqual([
      'content/pages/agenda.mdx: alamat /agenda/ sudah dipakai bagian lain situs; ganti nama berkas halaman ini',
      'content/pages/berita.mdx: alamat /berita/ sudah dipakai bagian lain situs; ganti nama berkas halaman ini',
    ]);
  });
});
