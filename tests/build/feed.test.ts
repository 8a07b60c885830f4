/**
 * The news feed as a feed reader reads it: valid XML that names its own address, and item
 * descriptions that, read as HTML the way readers do, give back exactly the summary as text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { DOMParser, parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../build-site';

let feed: Document;
beforeAll(() => {
  const xml = readFileSync(join(inject('distDir'), 'berita/rss.xml'), 'utf8');
  feed = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
});

/** Summaries of the sample's news, by page address. */
function summaries(): Map<string, string> {
  const site = load(readFileSync(join(projectRoot, 'content/settings/site.yml'), 'utf8')) as { url: string };
  const folder = join(projectRoot, 'content/news');
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => {
        const data = load(readFileSync(join(folder, name), 'utf8').split(/^---$/m)[1]) as { summary: string };
        return [new URL(`/berita/${name.replace(/\.mdx$/, '')}/`, site.url).href, data.summary];
      }),
  );
}

describe('the RSS feed', () => {
  it('names its own address with atom:link rel="self"', () => {
    const self = [...feed.getElementsByTagName('atom:link')].find((link) => link.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toMatch(/^https:\/\/[^/]+\/berita\/rss\.xml$/);
    expect(self?.getAttribute('type')).toBe('application/rss+xml');
  });

  it('gives each summary as text when the description is read as HTML', () => {
    const expected = summaries();
    const items = [...feed.getElementsByTagName('item')];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const link = item.getElementsByTagName('link')[0]?.textContent ?? '';
      const description = item.getElementsByTagName('description')[0]?.textContent ?? '';
      const { document } = parseHTML(`<!doctype html><html><body>${description}</body></html>`);
      expect(document.body.children.length, `${link}: no element may come out of a summary`).toBe(0);
      expect(document.body.textContent, link).toBe(expected.get(link));
    }
  });
});
