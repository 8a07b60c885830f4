/**
 * Every string the admin can show an editor is Indonesian: Decap's interface (our locale), the
 * collections' names, descriptions, field labels, hints and option labels, the body editor's
 * buttons, the admin page's own texts, and every problem message the build and the CMS give
 * (the admin lists the build's problems word for word). A word found in common English and not
 * on the short list of shared words and names in `tests/english-words.ts` fails the test. The
 * browser test (`tests/browser/cms.test.ts`) checks what the running admin actually shows.
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config';
import { bodyImage } from '../../src/cms/editor-image';
import { bodyTable } from '../../src/cms/editor-table';
import { decapLocaleId } from '../../src/cms/locale-id';
import { t } from '../../src/i18n/id';
import { badContentCases } from '../bad-content-cases';
import { englishWords } from '../english-words';

/** The keys of Decap's configuration whose values an editor reads. */
const SHOWN = new Set(['label', 'label_singular', 'description', 'hint', 'summary']);

/** [where, text] for every shown string under `value`; `all` takes every string, not only shown keys. */
function strings(value: unknown, where: string, all: boolean): [string, string][] {
  if (typeof value === 'string') return all ? [[where, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${where}[${i}]`, all));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'string'
        ? all || SHOWN.has(key)
          ? [[`${where}.${key}`, item] as [string, string]]
          : []
        : strings(item, `${where}.${key}`, all),
    );
  return [];
}

const english = (found: [string, string][]) =>
  found.flatMap(([where, text]) =>
    englishWords(text).length > 0 ? [`${where}: ${englishWords(text)} in "${text}"`] : [],
  );

describe('the admin speaks Indonesian', () => {
  it('finds English words, so a pass means something', () => {
    expect(englishWords('Entri gagal disimpan: Error: field is required')).toEqual([
      'error',
      'field',
      'is',
      'required',
    ]);
    expect(englishWords('Kode gerai G-02 sudah dipakai; lihat content/booths/ dan %{details}')).toEqual([]);
  });

  it("in Decap's interface", () => {
    expect(english(strings(decapLocaleId, 'locale', true))).toEqual([]);
  });

  it('in the names, descriptions, labels, hints and options of every collection and field', () => {
    const config = cmsConfig({});
    expect(english(strings(config.collections, 'collections', false))).toEqual([]);
    expect(english(strings([bodyImage, bodyTable], 'editor components', false))).toEqual([]);
  });

  it("in the admin page's own texts", () => {
    expect(english(strings(t.admin, 't.admin', true))).toEqual([]);
  });

  it('in every problem message the build and the CMS give', () => {
    const messages = badContentCases.flatMap(({ name, problems }) =>
      problems.map((problem): [string, string] => [name, problem.replace(/^\S+?: (field "[^"]*": )?/, '')]),
    );
    expect(messages.length).toBeGreaterThan(40);
    expect(english(messages)).toEqual([]);
  });
});
