/** Pictures in a body need alternative text, as covers do (src/lib/body-rules.ts). */
import { describe, expect, it } from 'vitest';
import { bodyProblems } from '../../src/lib/body-rules';

describe('bodyProblems', () => {
  it('names each picture without alternative text', () => {
    expect(bodyProblems('Teks.\n\n![](../uploads/a.png)\n\n![  ](../uploads/b.png "judul")')).toEqual([
      'gambar "../uploads/a.png" tidak punya teks alternatif; isi Teks alternatif gambar itu',
      'gambar "../uploads/b.png" tidak punya teks alternatif; isi Teks alternatif gambar itu',
    ]);
  });

  it('accepts pictures with alternative text, links, and typed text that only looks like a picture', () => {
    expect(bodyProblems('![Antrean di loket \\[2\\]](../uploads/a.png) dan [tautan](https://x.id)')).toEqual([]);
    expect(bodyProblems('Ketik \\![](contoh) apa adanya.')).toEqual([]);
  });
});
