/**
 * What a resident and a link preview see on every guide: share links, Open Graph and Twitter
 * tags, structured data with the properties schema.org types require, honest fees, trust lines.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../build-site';
import { contentIds, entryData } from '../content-entries';
import { htmlPages, loadPage } from '../../scripts/lib/dist-pages';

let dist: string;
let services: string[];
beforeAll(() => {
  dist = inject('distDir');
  services = htmlPages(dist).filter((p) => /^\/layanan\/[^/]+\/$/.test(p));
});

/** Required (or, for rich results, expected) properties of the types we publish. */
const REQUIRED: Record<string, string[]> = {
  GovernmentService: ['name', 'description', 'url', 'provider', 'areaServed', 'serviceType', 'audience'],
  GovernmentOffice: ['name', 'address', 'openingHoursSpecification', 'url'],
  BreadcrumbList: ['itemListElement'],
  NewsArticle: ['headline', 'datePublished', 'author', 'publisher', 'url'],
};

function jsonLd(doc: Document): Record<string, unknown>[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
}

function checkStructuredData(path: string, items: Record<string, unknown>[]) {
  for (const item of items) {
    expect(item['@context'], path).toBe('https://schema.org');
    const type = String(item['@type']);
    for (const property of REQUIRED[type] ?? []) expect(item[property], `${path} ${type}.${property}`).toBeTruthy();
  }
}

describe('every service page', () => {
  it('has Open Graph and Twitter tags with an absolute image', () => {
    for (const path of services) {
      const doc = loadPage(dist, path);
      const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
      expect(meta('meta[property="og:title"]'), path).toBe(doc.querySelector('h1')?.textContent?.trim());
      expect(meta('meta[property="og:url"]'), path).toMatch(new RegExp(`^https://[^/]+${path}$`));
      expect(meta('meta[property="og:image"]'), path).toMatch(/^https:\/\/.+\.(png|jpe?g|webp)$/);
      expect(meta('meta[name="twitter:card"]'), path).toBe('summary_large_image');
      expect(meta('meta[property="og:description"]').length, path).toBeGreaterThan(10);
    }
  });

  it('shares to WhatsApp with the title and the page URL in the message', () => {
    for (const path of services) {
      const doc = loadPage(dist, path);
      const href = doc.querySelector('[data-whatsapp-share]')?.getAttribute('href') ?? '';
      const url = new URL(href);
      expect(url.origin + url.pathname, path).toBe('https://wa.me/');
      const text = url.searchParams.get('text') ?? '';
      expect(text, path).toContain(doc.querySelector('h1')?.textContent?.trim() ?? '---');
      expect(text, path).toContain(doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '---');
    }
  });

  it('carries GovernmentService and BreadcrumbList structured data with required properties', () => {
    for (const path of services) {
      const items = jsonLd(loadPage(dist, path));
      expect(items.map((i) => i['@type']).sort(), path).toEqual(['BreadcrumbList', 'GovernmentService']);
      checkStructuredData(path, items);
    }
  });

  it('has an inline QR code, the anti-pungli line, feedback channels and a dated review line', () => {
    for (const path of services) {
      const doc = loadPage(dist, path);
      expect(doc.querySelector('[data-qr] svg'), path).not.toBeNull();
      expect(doc.querySelector('[data-anti-pungli]')?.textContent, path).toContain('SP4N-LAPOR!');
      expect(doc.querySelector('[data-feedback] a[href^="https://"]'), path).not.toBeNull();
      expect(doc.querySelector('[data-last-reviewed] time')?.getAttribute('datetime'), path).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
    }
  });

  it("shows its file's fee status as a badge, with the legal basis only where the fee is zero", () => {
    let free = 0;
    for (const path of services) {
      const doc = loadPage(dist, path);
      const { fee } = entryData<{ fee: { status: string } }>(projectRoot, 'services', path.split('/')[2]);
      const badge = doc.querySelector('[data-key-facts] [data-fee]');
      const basis = doc.querySelector('[data-fee-basis]');
      expect(badge?.getAttribute('data-fee'), path).toBe(fee.status);
      if (fee.status === 'gratis') {
        free++;
        expect(basis?.textContent?.length, path).toBeGreaterThan(5);
      } else expect(basis, path).toBeNull();
    }
    expect(free).toBeGreaterThan(5);
  });

  it('names exactly the life-event journeys it is a step of, and which step, linking to each', () => {
    const journeys = contentIds(projectRoot, 'journeys').map((id) => ({
      id,
      ...entryData<{ title: string; steps: { service: string }[] }>(projectRoot, 'journeys', id),
    }));
    let linked = 0;
    for (const path of services) {
      const id = path.split('/')[2];
      const expected = journeys.flatMap((journey) => {
        const index = journey.steps.findIndex((step) => step.service === id);
        return index < 0
          ? []
          : [`/peristiwa/${journey.id}/ ${journey.title} (langkah ${index + 1} dari ${journey.steps.length})`];
      });
      const shown = [...loadPage(dist, path).querySelectorAll('[data-journeys] li')].map(
        (li) => `${li.querySelector('a')?.getAttribute('href')} ${li.textContent?.replace(/\s+/g, ' ').trim()}`,
      );
      expect(shown, path).toEqual(expected);
      linked += shown.length;
    }
    expect(linked).toBeGreaterThan(5);
  });

  it("lists exactly its file's other ways to apply, each with its link and source, near the top", () => {
    let withWays = 0;
    for (const path of services) {
      const id = path.split('/')[2];
      const { otherWays = [] } = entryData<{ otherWays?: { name: string; url?: string; source: string }[] }>(
        projectRoot,
        'services',
        id,
      );
      const doc = loadPage(dist, path);
      const items = [...doc.querySelectorAll('[data-other-ways] li')];
      expect(items.length, path).toBe(otherWays.length);
      if (!otherWays.length) continue;
      withWays++;
      // Above the requirements, where the first screens of a phone still reach.
      const box = doc.querySelector('[data-other-ways]')!;
      const requirements = doc.querySelector('#persyaratan')!;
      expect(box.compareDocumentPosition(requirements) & 4, path).toBe(4);
      otherWays.forEach((way, i) => {
        expect(items[i].textContent, path).toContain(way.name);
        expect(items[i].textContent, path).toContain(way.source);
        expect(items[i].querySelector('a')?.getAttribute('href') ?? undefined, path).toBe(way.url);
      });
    }
    expect(withWays).toBeGreaterThanOrEqual(5);
  });

  it('offers the requirements as checkboxes', () => {
    for (const path of services) {
      const doc = loadPage(dist, path);
      const items = doc.querySelectorAll('[data-requirements] li');
      expect(doc.querySelectorAll('[data-requirements] input[type=checkbox]').length, path).toBe(items.length);
    }
  });
});

describe('the MPP itself', () => {
  it('is a GovernmentOffice on the home page, with hours from the same settings', () => {
    const items = jsonLd(loadPage(dist, '/'));
    const office = items.find((i) => i['@type'] === 'GovernmentOffice') as {
      openingHoursSpecification: { opens: string; closes: string; dayOfWeek: string[] }[];
    };
    expect(office).toBeTruthy();
    checkStructuredData('/', items);
    expect(office.openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => `https://schema.org/${d}`),
        opens: '08:00',
        closes: '15:00',
      },
    ]);
  });

  it('every public page shows the hours and the official-site line', () => {
    // Print posters are a sheet of paper, not a page with a header and footer.
    for (const path of htmlPages(dist).filter((p) => !p.startsWith('/admin/') && !p.endsWith('/poster/'))) {
      const doc = loadPage(dist, path);
      expect(doc.querySelector('open-now [data-week]')?.textContent, path).toMatch(/\d{2}\.\d{2}–\d{2}\.\d{2}/);
      expect(doc.querySelector('#mpp-schedule'), path).not.toBeNull();
    }
  });
});
