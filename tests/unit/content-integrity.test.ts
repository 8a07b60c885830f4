import { describe, expect, it } from 'vitest';
import { checkIntegrity, type IntegrityInput } from '../../src/lib/content-integrity';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function validInput(): IntegrityInput {
  return {
    agencies: [
      { id: 'disdukcapil', filePath: 'content/agencies/disdukcapil.mdx', data: { counters: ['3', '4'] } },
      { id: 'pln', filePath: 'content/agencies/pln.mdx', data: { counters: ['9'] } },
    ],
    services: [
      {
        id: 'ktp-el-baru',
        filePath: 'content/services/ktp-el-baru.mdx',
        data: { agency: { id: 'disdukcapil' }, category: 'kependudukan', draft: false },
      },
      {
        id: 'draf-layanan',
        filePath: 'content/services/draf-layanan.mdx',
        data: { agency: { id: 'pln' }, category: 'listrik', draft: true },
      },
    ],
    journeys: [
      {
        id: 'kelahiran',
        filePath: 'content/journeys/kelahiran.mdx',
        data: { steps: [{ service: { id: 'ktp-el-baru' } }], draft: false },
      },
    ],
    news: [
      { id: 'a', filePath: 'content/news/a.mdx', data: { relatedServices: [{ id: 'ktp-el-baru' }], draft: false } },
    ],
    booths: [
      {
        id: 'g-01',
        filePath: 'content/booths/g-01.mdx',
        data: {
          code: 'G-01',
          category: 'makanan',
          slot: 'G-01',
          schedule: [{ start: day('2026-11-01'), end: day('2026-11-30') }],
        },
      },
      {
        id: 'g-02',
        filePath: 'content/booths/g-02.mdx',
        data: {
          code: 'G-02',
          category: 'makanan',
          slot: 'G-01',
          schedule: [{ start: day('2026-12-01'), end: day('2026-12-31') }],
        },
      },
    ],
    campaigns: [],
    serviceCategories: ['kependudukan', 'listrik'],
    boothCategories: ['makanan'],
    production: true,
  };
}

describe('checkIntegrity', () => {
  it('accepts consistent content, including two booths sharing a slot at different times', () => {
    expect(checkIntegrity(validInput())).toEqual([]);
  });

  it('names the file and field of a service whose agency does not exist', () => {
    const input = validInput();
    input.services[0].data.agency = { id: 'dinas-hantu' };
    expect(checkIntegrity(input)).toEqual([
      'content/services/ktp-el-baru.mdx: field "agency": instansi "dinas-hantu" tidak ada di content/agencies/',
    ]);
  });

  it('rejects an unknown category', () => {
    const input = validInput();
    input.services[0].data.category = 'lain';
    expect(checkIntegrity(input)[0]).toMatch(/ktp-el-baru\.mdx: field "category": kategori "lain"/);
  });

  it('rejects a journey step pointing at a missing service, with the step index', () => {
    const input = validInput();
    input.journeys[0].data.steps.push({ service: { id: 'tidak-ada' } });
    expect(checkIntegrity(input)).toEqual([
      'content/journeys/kelahiran.mdx: field "steps[1].service": layanan "tidak-ada" tidak ada di content/services/',
    ]);
  });

  it('rejects a published entry pointing at a draft service in production only', () => {
    const input = validInput();
    input.news[0].data.relatedServices.push({ id: 'draf-layanan' });
    expect(checkIntegrity(input)[0]).toMatch(
      /news\/a\.mdx: field "relatedServices\[1\]": layanan "draf-layanan" masih draf/,
    );
    expect(checkIntegrity({ ...input, production: false })).toEqual([]);
  });

  it('rejects a duplicate booth code', () => {
    const input = validInput();
    input.booths[1].data.code = 'G-01';
    // On both booths, so that whichever an editor opens names the other.
    expect(checkIntegrity(input)).toEqual(
      expect.arrayContaining([
        'content/booths/g-01.mdx: field "code": kode gerai G-01 sudah dipakai oleh "g-02"',
        'content/booths/g-02.mdx: field "code": kode gerai G-01 sudah dipakai oleh "g-01"',
      ]),
    );
  });

  it('rejects two booths in one slot at overlapping times', () => {
    const input = validInput();
    input.booths[1].data.schedule = [{ start: day('2026-11-15'), end: day('2026-12-15') }];
    expect(checkIntegrity(input)).toEqual([
      'content/booths/g-01.mdx: field "schedule": petak G-01 sudah ditempati "g-02" pada periode yang sama',
      'content/booths/g-02.mdx: field "schedule": petak G-01 sudah ditempati "g-01" pada periode yang sama',
    ]);
  });

  it('rejects one counter claimed by two agencies', () => {
    const input = validInput();
    input.agencies[1].data.counters = ['4'];
    expect(checkIntegrity(input)).toEqual([
      'content/agencies/disdukcapil.mdx: field "counters": loket 4 sudah dipakai oleh "pln"',
      'content/agencies/pln.mdx: field "counters": loket 4 sudah dipakai oleh "disdukcapil"',
    ]);
  });

  it('rejects a booth slot missing from the floor plan when the plan is given', () => {
    const input = { ...validInput(), boothSlots: ['G-02'] };
    expect(checkIntegrity(input)[0]).toMatch(/g-01\.mdx: field "slot": petak "G-01" tidak ada di denah/);
  });

  it('checks the entries settings point at: featured services, the booth application, the visit page', () => {
    const settings = (data: NonNullable<IntegrityInput['settings']>[number]['data']) => ({
      ...validInput(),
      pages: [{ id: 'kunjungan', filePath: 'content/pages/kunjungan.mdx', data: { draft: false } }],
      settings: [{ id: 'site', filePath: 'content/settings/site.yml', data }],
    });
    const good = { featuredServices: [{ id: 'ktp-el-baru' }], boothApplication: { id: 'ktp-el-baru' }, draft: false };
    expect(checkIntegrity(settings({ ...good, visitPage: 'kunjungan', complaintsPage: 'kunjungan' }))).toEqual([]);
    expect(
      checkIntegrity(
        settings({
          featuredServices: [{ id: 'tidak-ada' }],
          boothApplication: { id: 'draf-layanan' },
          visitPage: 'berkunjung',
          complaintsPage: 'mengadu',
          draft: false,
        }),
      ),
    ).toEqual([
      'content/settings/site.yml: field "featuredServices[0]": layanan "tidak-ada" tidak ada di content/services/',
      'content/settings/site.yml: field "boothApplication": layanan "draf-layanan" masih draf sehingga tidak punya halaman',
      'content/settings/site.yml: field "visitPage": halaman "berkunjung" tidak ada di content/pages/',
      'content/settings/site.yml: field "complaintsPage": halaman "mengadu" tidak ada di content/pages/',
    ]);
  });
});
