import { describe, expect, it } from 'vitest';
import {
  ENOUGH_RESULTS,
  answerTopic,
  mergeByWords,
  normaliseQuery,
  pageNamedBeyondTopic,
  promoteExactAliases,
  subjectWords,
} from '../../src/lib/search-query';
import { ANSWER_TRIGGERS, FILLER_WORDS, SPELLING_VARIANTS } from '../../src/i18n/search-words';

describe('normaliseQuery', () => {
  it('lowers case, joins hyphenated words and drops punctuation', () => {
    expect(normaliseQuery('  KTP-el   Baru?! ')).toBe('ktpel baru');
    expect(normaliseQuery('e-KTP, kartu-keluarga.')).toBe('ektp kartukeluarga');
  });
  it('writes letters held down once, and keeps real double letters', () => {
    expect(normaliseQuery('tolonggg bpjsss')).toBe('tolong bpjs');
    expect(normaliseQuery('saat maaf')).toBe('saat maaf');
  });
  it('turns spelling variants and chat forms into the words the site uses', () => {
    expect(normaliseQuery('akte ilang')).toBe('akta hilang');
    expect(normaliseQuery('ijin usaha yg gmn')).toBe('izin usaha yang gimana');
    expect(normaliseQuery('Antri brp lama')).toBe('antre berapa lama');
  });
  it('joins an abbreviation spelt letter by letter, and leaves a lone letter alone', () => {
    expect(normaliseQuery('perpanjang s t n k')).toBe('perpanjang stnk');
    expect(normaliseQuery('K.K. hilang')).toBe('kk hilang');
    expect(normaliseQuery('sim a')).toBe('sim a');
  });
  it('leaves numbers alone', () => {
    expect(normaliseQuery('stnk 5 tahun')).toBe('stnk 5 tahun');
  });
});

describe('subjectWords', () => {
  it('drops the words of how someone asks and keeps what they ask about', () => {
    expect(subjectWords(normaliseQuery('mau urus surat pindah ke palembang'))).toEqual([
      'surat',
      'pindah',
      'palembang',
    ]);
    expect(subjectWords(normaliseQuery('cakmano nak bikin ktp dak'))).toEqual(['ktp']);
  });
  it('keeps every word once, and a query of filler words whole', () => {
    expect(subjectWords('ktp ktp hilang')).toEqual(['ktp', 'hilang']);
    expect(subjectWords('mpp')).toEqual(['mpp']);
  });
});

describe('mergeByWords', () => {
  const r = (id: string, score: number) => ({ id, score });
  it('keeps the whole-query results first, in their order, once', () => {
    const merged = mergeByWords([r('a', 1), r('b', 2)], [[r('b', 9), r('c', 1)]], 100);
    expect(merged.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('ranks a page holding more of the words higher', () => {
    const merged = mergeByWords([], [[r('both', 1), r('one', 1)], [r('both', 1)]], 100);
    expect(merged.map((x) => x.id)).toEqual(['both', 'one']);
  });
  it('counts a rare word for more than a common one', () => {
    const common = Array.from({ length: 60 }, (_, i) => r(`c${i}`, 1));
    const merged = mergeByWords([], [[r('rare-page', 1)], [r('common-page', 1), ...common]], 100);
    expect(merged[0].id).toBe('rare-page');
  });
  it('gives nothing for words that found nothing', () => {
    expect(mergeByWords([], [[], []], 100)).toEqual([]);
  });
  it('relaxes only below a small number of results', () => {
    expect(ENOUGH_RESULTS).toBeGreaterThan(0);
    expect(ENOUGH_RESULTS).toBeLessThanOrEqual(5);
  });
});

describe('promoteExactAliases', () => {
  it('puts first the pages that have the whole query as a search word, keeping the order otherwise', () => {
    const hits = [
      { id: 'lost', aliases: 'ktp hilang, e-ktp hilang' },
      { id: 'news' },
      { id: 'new', aliases: 'ktp, e-ktp, ektp' },
    ];
    expect(promoteExactAliases(hits, normaliseQuery('E-KTP')).map((h) => h.id)).toEqual(['new', 'lost', 'news']);
    expect(promoteExactAliases(hits, normaliseQuery('ktp baru')).map((h) => h.id)).toEqual(['lost', 'news', 'new']);
  });
});

describe('answerTopic', () => {
  it.each([
    ['mpp tutup jam berapa', 'hours'],
    ['mpp buka hari sabtu dak', 'hours'],
    ['libur lebaran mpp', 'hours'],
    ['alamat mpp ogan ilir', 'location'],
    ['parkir motor di mpp', 'location'],
    ['nomor wa mpp', 'contact'],
    ['lapor pungli', 'complaints'],
    ['antri di mpp lama dak', 'queue'],
    ['petugas minta uang, lapor petugas', 'complaints'],
  ])('"%s" asks about %s', (query, topic) => {
    expect(answerTopic(normaliseQuery(query))).toBe(topic);
  });
  it.each(['buka rekening', 'ktp rusak kena air', 'lapor orang meninggal', 'nomor induk berusaha', 'pindah alamat'])(
    '"%s" asks about a service, not the MPP',
    (query) => {
      expect(answerTopic(normaliseQuery(query))).toBeUndefined();
    },
  );
});

describe('pageNamedBeyondTopic', () => {
  const titles = ['Pengaduan', 'Akuntabilitas', 'Rekap pengaduan'];
  it('finds the page that a word beyond the question names', () => {
    expect(pageNamedBeyondTopic(titles, 'rekap pengaduan mpp', 'complaints')).toBe(2);
  });
  it('leaves the answer alone when the question has no other word, or no page is named by it', () => {
    expect(pageNamedBeyondTopic(titles, 'pengaduan', 'complaints')).toBe(-1);
    expect(pageNamedBeyondTopic(titles, 'cara pengaduan pungli', 'complaints')).toBe(-1);
  });
});

describe('the word lists', () => {
  const word = /^\p{Ll}+$/u;
  it('are lower-case single words, as normaliseQuery leaves them', () => {
    for (const entry of [...FILLER_WORDS, ...Object.keys(SPELLING_VARIANTS), ...Object.values(SPELLING_VARIANTS)])
      expect(entry, entry).toMatch(word);
    for (const sets of Object.values(ANSWER_TRIGGERS))
      for (const set of sets) for (const w of set) expect(w).toMatch(word);
  });
  it('map a variant to a form that is not itself a variant, so one pass is enough', () => {
    for (const [variant, form] of Object.entries(SPELLING_VARIANTS)) {
      expect(form, variant).not.toBe(variant);
      expect(SPELLING_VARIANTS[form], `${variant} → ${form}`).toBeUndefined();
    }
  });
  it('trigger answers with words a query can hold after normalising: no variant, no word a variant replaces', () => {
    for (const sets of Object.values(ANSWER_TRIGGERS))
      for (const set of sets) for (const w of set) expect(SPELLING_VARIANTS[w], w).toBeUndefined();
  });
  it('never count a document or subject word as filler', () => {
    for (const subject of ['ktp', 'kk', 'akta', 'izin', 'pajak', 'bpjs', 'surat', 'pindah', 'jam', 'buka', 'tutup'])
      expect(FILLER_WORDS.has(subject), subject).toBe(false);
  });
});
