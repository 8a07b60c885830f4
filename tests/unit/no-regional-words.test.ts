/**
 * The kit is reusable by any MPP only if nothing about this one lives in code. The words to
 * look for are read from the MPP's own settings, so the test keeps working after a swap.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const site = load(readFileSync(join(root, 'content/settings/site.yml'), 'utf8')) as {
  name: string;
  shortName: string;
  region: string;
  url: string;
  address: { street: string; locality: string; region: string };
};

/** Distinctive words of this MPP: its region without "Kabupaten"/"Kota", places, address, host. */
function regionalWords(): string[] {
  const place = site.region.replace(/^(Kabupaten|Kota)\s+/i, '');
  const words = [
    place,
    place.replace(/\s+/g, ''),
    site.shortName,
    site.address.street,
    site.address.region,
    ...site.address.locality.split(',').map((part) => part.trim().replace(/^(Kabupaten|Kota)\s+/i, '')),
    new URL(site.url).host,
  ];
  return [...new Set(words.filter((w) => w.length >= 4))];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : [full];
  });
}

describe('src/ holds nothing regency-specific', () => {
  it('derives a meaningful word list from settings', () => {
    expect(regionalWords().length).toBeGreaterThanOrEqual(4);
  });

  it('mentions none of the words in any source file', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const word of regionalWords()) if (text.includes(word.toLowerCase())) offenders.push(`${file}: "${word}"`);
    }
    expect(offenders).toEqual([]);
  });

  it('contains no phone numbers', () => {
    const phone = /(?:\+62|\b0)8\d{2}[- ]?\d{3,4}[- ]?\d{3,4}\b|\(0\d{2,3}\)\s?\d{5,8}/;
    const offenders = sourceFiles(join(root, 'src')).filter((file) => phone.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
