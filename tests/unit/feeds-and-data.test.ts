/** What feeds and structured data say about time and text: offsets per zone, HTML as text. */
import { describe, expect, it } from 'vitest';
import { dayStartIn } from '../../src/lib/format';
import { escapeHtml } from '../../src/lib/escape';
import { newsArticle } from '../../src/lib/structured-data';

const day = new Date('2025-02-03T00:00:00Z');

describe('dayStartIn', () => {
  it("gives the start of the day with the MPP's own offset", () => {
    expect(dayStartIn(day, 'Asia/Jakarta')).toBe('2025-02-03T00:00:00+07:00');
    expect(dayStartIn(day, 'Asia/Makassar')).toBe('2025-02-03T00:00:00+08:00');
    expect(dayStartIn(day, 'Asia/Jayapura')).toBe('2025-02-03T00:00:00+09:00');
    expect(dayStartIn(day, 'UTC')).toBe('2025-02-03T00:00:00+00:00');
  });
});

describe('escapeHtml', () => {
  it('turns every character that starts markup into an entity', () =>
    expect(escapeHtml(`Biaya <50 ribu> & "gratis" 'kata'`)).toBe(
      'Biaya &lt;50 ribu&gt; &amp; &quot;gratis&quot; &#39;kata&#39;',
    ));
});

describe('newsArticle', () => {
  it('always carries an image and a publication time', () => {
    const article = newsArticle({
      headline: 'Uji coba',
      description: 'Ringkasan',
      url: 'https://mpp.example/berita/a/',
      datePublished: dayStartIn(day, 'Asia/Jakarta'),
      publisher: 'MPP',
      image: 'https://mpp.example/og-default.png',
    });
    expect(article.image).toEqual(['https://mpp.example/og-default.png']);
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });
});
