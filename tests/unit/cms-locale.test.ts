/**
 * Decap ships no Indonesian; the locale registered in the admin must translate every string of
 * Decap's English locale and keep each %{placeholder}, or the editor shows English or a broken
 * message.
 */
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { decapLocaleId } from '../../src/cms/locale-id';

type Phrases = { [key: string]: string | Phrases };

function flatten(phrases: Phrases, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

const english = flatten(en as Phrases);
const indonesian = flatten(decapLocaleId as Phrases);

describe('the Indonesian locale of the CMS', () => {
  it('has exactly the keys of the English one', () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps every placeholder of every phrase', () => {
    const broken = [...english].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(indonesian.get(key) ?? '').join(),
    );
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  it('translates the phrases an editor reads, instead of copying the English', () => {
    const words = (text: string) => text.replace(/%\{\w+\}/g, '');
    const copied = [...english].filter(([key, text]) => /[a-z]{3}/.test(words(text)) && indonesian.get(key) === text);
    // "Media", "Status" and "Markdown" are the same words in Indonesian.
    expect(copied.map(([key]) => key)).toEqual([
      'app.header.media',
      'editor.editorToolbar.status',
      'editor.editorWidgets.markdown.markdown',
    ]);
  });
});
