/**
 * Whatever an editor types must compile as MDX and show literally. Text goes through the same
 * steps as in the CMS: Decap's own Markdown serializer (bundled from node_modules for Node),
 * our escaper, then the MDX compiler Astro uses (Sätteri, with Astro's features), rendered with
 * React to HTML. Also covers the reverse step the editor uses when it loads a file.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { evaluate, type EvaluateOptions } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMdx, unescapeMdx } from '../../src/cms/mdx-escape';

/** Astro's default MDX features (`@astrojs/markdown-satteri`): GFM and smart punctuation. */
const FEATURES = { gfm: true, smartPunctuation: true };

interface Serializer {
  slateToMarkdown: (nodes: unknown[]) => string;
  markdownToSlate: (markdown: string) => { children: { text: string }[] }[];
}
let decap: Serializer;
// react-dom ships no types of its own, and only this one function is needed.
const { renderToStaticMarkup } = createRequire(import.meta.url)('react-dom/server') as {
  renderToStaticMarkup: (element: unknown) => string;
};
const workDir = mkdtempSync(join(tmpdir(), 'decap-serializer-'));

beforeAll(async () => {
  // Decap's serializers are ESM written for a bundler; their only browser-bound import is the
  // editor's component registry, replaced by an empty one.
  const registryStub = {
    name: 'editor-components-stub',
    setup(b: import('esbuild').PluginBuild) {
      b.onResolve({ filter: /\/MarkdownControl$/ }, () => ({ path: 'stub', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
        contents: "import { Map } from 'immutable'; export const getEditorComponents = () => Map();",
        resolveDir: process.cwd(),
      }));
    },
  };
  const outfile = join(workDir, 'serializers.cjs');
  await build({
    stdin: {
      contents:
        "export { slateToMarkdown, markdownToSlate } from 'decap-cms-widget-markdown/dist/esm/serializers/index.js';",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    outfile,
    plugins: [registryStub],
    loader: { '.js': 'jsx' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  decap = createRequire(import.meta.url)(outfile) as Serializer;
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The body file the CMS writes for paragraphs typed in its rich-text editor. */
const savedBody = (paragraphs: string[]) =>
  escapeMdx(decap.slateToMarkdown(paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] }))));

/** Compiles MDX as the site does and renders it to a document. */
async function render(mdx: string): Promise<Document> {
  const { default: Content } = await evaluate(mdx, { ...runtime, features: FEATURES } as unknown as EvaluateOptions);
  const html = renderToStaticMarkup(createElement(Content as () => null));
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}
const paragraphsOf = (doc: Document) => [...doc.querySelectorAll('p')].map((p) => p.textContent);

const HOSTILE = [
  'Biaya <50 ribu {gratis}',
  '<script>alert(1)</script>',
  'Harga 5 * 3, *penting* dan **tebal**',
  '[catatan] dan [tautan](https://contoh.id)',
  'C:\\Data\\Warga dan a\\b \\ garis miring terbalik',
  'Emoji 😀 👍🏽 🇮🇩',
  'خدمة عامة للمواطنين',
  '<p class=MsoNormal><o:p></o:p><span lang=EN-US style=mso-ansi-language:EN-US>Teks</span></p>',
  '&amp; &copy; &#169; &#x00A9; & lalu',
  '{{ nama }} ${x} `kode` ~coret~ _miring_ __tebal__',
  '# bukan judul',
  '> bukan kutipan',
  '<!DOCTYPE html> <https://bukan.tautan> </penutup>',
  'a < b > c {} } {',
];

describe('what an editor types in the rich-text editor', () => {
  it.each(HOSTILE)('compiles as MDX and shows literally: %s', async (typed) => {
    const doc = await render(savedBody([typed]));
    expect(paragraphsOf(doc)).toEqual([typed]);
    // Bare URLs still become links (GFM), as everywhere on the site; nothing else turns into markup.
    expect(doc.querySelector('script, o\\:p, span, del, em, strong, h1, blockquote')).toBeNull();
  });

  it('keeps paragraphs that start with JavaScript keywords as text', async () => {
    const typed = ['Harga naik.', 'import beras naik 10 persen', 'export kopi Ogan Ilir', 'export{a} import*'];
    expect(paragraphsOf(await render(savedBody(typed)))).toEqual(typed);
  });

  it('shows the editor the same text again when the file is opened', () => {
    for (const typed of HOSTILE) {
      const reopened = decap.markdownToSlate(unescapeMdx(savedBody([typed])));
      expect(reopened.map((block) => block.children.map((c) => c.text).join(''))).toEqual([typed]);
    }
  });

  it('keeps typographic quotes and dashes, as on every other page of the site', async () => {
    expect(paragraphsOf(await render(savedBody(['"kutip" -- ...'])))).toEqual(['“kutip” – …']);
  });
});

describe('escapeMdx', () => {
  it('escapes only what MDX would read as code', () => {
    expect(escapeMdx('Biaya <50 ribu {gratis}')).toBe('Biaya &lt;50 ribu \\{gratis\\}');
    expect(escapeMdx('a &amp; b & c &nbsp')).toBe('a \\&amp; b & c &nbsp');
    expect(escapeMdx('import x\nexport y\nimporter z')).toBe(' import x\n export y\nimporter z');
    expect(escapeMdx('**tebal** [tautan](https://a.id) \\*')).toBe('**tebal** [tautan](https://a.id) \\*');
  });

  it('writes < as a reference: right after a bare URL a backslash would join the URL and free the <', async () => {
    expect(escapeMdx('https://lapor.go.id<b>')).toBe('https://lapor.go.id&lt;b>');
    // GFM reads the reference as part of the URL there; the text is not exact, the build is safe.
    expect(paragraphsOf(await render(escapeMdx('https://lapor.go.id<b>')))[0]).toMatch(/^https:\/\/lapor\.go\.id/);
  });

  it('escapes inside code too, rather than guess where code ends', () => {
    expect(escapeMdx('`a<b` teks\n\n```\nimport x\n{y}\n```')).toBe('`a&lt;b` teks\n\n```\n import x\n\\{y\\}\n```');
  });

  it('keeps what the editor already escaped escaped, once', () => {
    expect(escapeMdx('\\<b> \\\\<i> \\{x\\} \\&amp;')).toBe('&lt;b> \\\\&lt;i> \\{x\\} \\&amp;');
  });

  it('is undone by unescapeMdx, so a file saved again is byte-identical', () => {
    for (const typed of HOSTILE) {
      const markdown = decap.slateToMarkdown([{ type: 'paragraph', children: [{ text: typed }] }]);
      const file = escapeMdx(markdown);
      expect(unescapeMdx(file)).toBe(markdown);
      expect(escapeMdx(unescapeMdx(file))).toBe(file);
    }
    const handWritten = escapeMdx('import x\n\n`<kode>` {a} &lt; \\&lt;\n\n```\n<b>\n```');
    expect(escapeMdx(unescapeMdx(handWritten))).toBe(handWritten);
  });

  it('makes any text compile: 500 random strings of Markdown, MDX and URLs', async () => {
    const alphabet = [
      '<',
      '>',
      '{',
      '}',
      '[',
      ']',
      '(',
      ')',
      '*',
      '_',
      '`',
      '~',
      '\\',
      '&',
      ';',
      '#',
      '!',
      ':',
      '|',
      '-',
      '"',
      "'",
      '$',
      '=',
      '/',
      ' ',
      ' ',
      '\n',
      '\n\n',
      'a',
      '1',
      'import ',
      'export ',
      '&amp;',
      '&lt;',
      '👍',
      'خ',
      '```',
      '    ',
      '> ',
      '- ',
      '1. ',
      '\t',
      '@',
      '%',
      '&#',
      'http://a.b',
      'www.c.d',
      'e@f.gh',
      '<!--',
      '![',
      '](',
      '\u00a0',
    ];
    let seed = 20250212;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const failures: string[] = [];
    for (let i = 0; i < 500; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 50) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const file = escapeMdx(text);
      if (escapeMdx(unescapeMdx(file)) !== file) failures.push(`${JSON.stringify(text)}: not stable`);
      try {
        await render(file);
      } catch (error) {
        failures.push(`${JSON.stringify(text)}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
