/**
 * Content images go through astro:assets: AVIF and WebP in responsive sizes, width and height
 * set (no layout shift), lazy below the fold, and a share image that exists.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectCopy } from '../build-site';
import { fileFor, loadPage } from '../dist-pages';

let root: string;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ root, dispose } = await projectCopy());
  mkdirSync(join(root, 'content/uploads'), { recursive: true });
  await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#a61b1b' } })
    .jpeg()
    .toFile(join(root, 'content/uploads/contoh-foto.jpg'));
  const addImage = (file: string, field: string, after: RegExp) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8').replace(
      after,
      (line) => `${line}\n${field}:\n  src: ../uploads/contoh-foto.jpg\n  alt: Foto contoh untuk uji`,
    );
    writeFileSync(path, text);
  };
  addImage('content/news/uji-coba-mpp-ogan-ilir.mdx', 'cover', /^date: .*$/m);
  addImage('content/booths/g-01-songket-tanjung-batu.mdx', 'photo', /^slot: .*$/m);
  const result = await astroBuild(root);
  expect(result.ok, result.output.slice(-3000)).toBe(true);
});
afterAll(() => dispose());

describe('content images', () => {
  it.each([
    ['/berita/uji-coba-mpp-ogan-ilir/', 'eager'],
    ['/umkm/g-01-songket-tanjung-batu/', 'lazy'],
  ])('%s serves AVIF and WebP in several widths, sized, %s', (path, loading) => {
    const dist = join(root, 'dist');
    const doc = loadPage(dist, path);
    const picture = doc.querySelector('main picture');
    expect(picture).not.toBeNull();
    const types = [...picture!.querySelectorAll('source')].map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of picture!.querySelectorAll('source')) {
      const candidates = (source.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/));
      expect(candidates.length).toBeGreaterThanOrEqual(2);
      for (const [url, width] of candidates) {
        expect(width).toMatch(/^\d+w$/);
        expect(existsSync(fileFor(dist, url)), url).toBe(true);
      }
    }
    const img = picture!.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Foto contoh untuk uji');
    expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
    expect(img?.getAttribute('loading')).toBe(loading);
    const ogImage = new URL(doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '');
    expect(existsSync(fileFor(dist, ogImage.pathname)), ogImage.pathname).toBe(true);
  });
});
