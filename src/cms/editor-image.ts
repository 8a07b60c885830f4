/**
 * The "insert image" button of the body editor, in Indonesian and asking for the alternative
 * text residents using screen readers depend on. Replaces Decap's English `image` component.
 */
import { createElement as h } from 'react';
import type { EditorComponentOptions } from 'decap-cms-core';

const escapeAlt = (alt: string) => alt.replace(/[[\]\\]/g, '\\$&');
const unescapeAlt = (alt: string) => alt.replace(/\\([[\]\\])/g, '$1');

export const bodyImage = {
  id: 'image',
  label: 'Gambar',
  fields: [
    {
      name: 'image',
      label: 'Berkas gambar',
      widget: 'image',
      choose_url: false,
      media_library: { allow_multiple: false },
    },
    {
      name: 'alt',
      label: 'Teks alternatif',
      widget: 'string',
      hint: 'Wajib diisi: jelaskan isi gambar untuk pembaca layar, misalnya "Antrean di loket Disdukcapil"',
    },
  ],
  pattern: /^!\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)/,
  fromBlock: (match: RegExpMatchArray) => ({ alt: unescapeAlt(match[1]), image: match[2] }),
  toBlock: ({ alt, image }: { alt?: string; image?: string }) => `![${escapeAlt(alt ?? '')}](${image ?? ''})`,
  toPreview: ({ alt, image }: { alt?: string; image?: string }, getAsset: (path: string) => unknown) =>
    h('img', { src: String(getAsset(image ?? '') ?? ''), alt: alt ?? '' }),
} as unknown as EditorComponentOptions;
