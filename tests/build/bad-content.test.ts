/**
 * Bad content must stop the build with a message naming the file and the field, and must
 * never leave a half-built site: each case edits a copy of the sample content, runs the real
 * build, and checks the output and that the previous dist/ is untouched.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { dump, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectCopy } from '../build-site';

type Data = Record<string, unknown>;
interface Case {
  name: string;
  /** Changes the copy's content so that the build must fail. */
  apply: (root: string) => void;
  /** File named in the error, relative to the project. */
  file: string;
  /** Field named in the error (for broken MDX or YAML: the line it is on). */
  field: string | RegExp;
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const write = (root: string, file: string, text: string) => writeFileSync(join(root, file), text);

/** Rewrites an MDX file's frontmatter through a function on its parsed data. */
function editFrontmatter(root: string, file: string, edit: (data: Data) => void) {
  const [, yaml, ...body] = read(root, file).split(/^---$/m);
  const data = load(yaml) as Data;
  edit(data);
  write(root, file, `---\n${dump(data)}---${body.join('---')}`);
}
function editYaml(root: string, file: string, edit: (data: Data) => void) {
  const data = load(read(root, file)) as Data;
  edit(data);
  write(root, file, dump(data));
}
/** Replaces one exact piece of text in a file, failing loudly if the sample changed. */
function replaceText(root: string, file: string, from: string | RegExp, to: string) {
  const text = read(root, file);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file} no longer contains ${from}: update this test case`);
  write(root, file, next);
}

const KTP = 'content/services/ktp-el-baru.mdx';
const NIB = 'content/services/nib-oss.mdx';
const BOOTH = 'content/booths/g-01-songket-tanjung-batu.mdx';
const CAMPAIGN = 'content/campaigns/dokumen-kependudukan-gratis.mdx';
const NEWS = 'content/news/uji-coba-mpp-ogan-ilir.mdx';
const JOURNEY = 'content/journeys/kelahiran.mdx';
const AGENCY = 'content/agencies/pln.mdx';
const SITE = 'content/settings/site.yml';
const CLOSURES = 'content/settings/closures.yml';

const cases: Case[] = [
  { name: 'missing title', file: KTP, field: 'title', apply: (r) => editFrontmatter(r, KTP, (d) => delete d.title) },
  {
    name: 'requirements as text instead of a list',
    file: KTP,
    field: 'requirements',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.requirements = 'KK dan KTP')),
  },
  {
    name: 'empty requirements on a published service',
    file: KTP,
    field: 'requirements',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.requirements = [])),
  },
  {
    name: 'unknown key (typo)',
    file: KTP,
    field: 'titel',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.titel = 'KTP')),
  },
  {
    name: 'summary too long',
    file: KTP,
    field: 'summary',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.summary = 'panjang '.repeat(40))),
  },
  {
    name: 'verified flag as text',
    file: KTP,
    field: 'verified',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.verified = 'ya')),
  },
  {
    name: 'unknown requirement form',
    file: KTP,
    field: 'form',
    apply: (r) => editFrontmatter(r, KTP, (d) => ((d.requirements as Data[])[0].form = 'salinan')),
  },
  {
    name: 'agency that does not exist',
    file: KTP,
    field: 'agency',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.agency = 'dinas-tidak-ada')),
  },
  {
    name: 'category that does not exist',
    file: KTP,
    field: 'category',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.category = 'hiburan')),
  },
  {
    name: 'booking URL without https',
    file: NIB,
    field: 'bookingUrl',
    apply: (r) => editFrontmatter(r, NIB, (d) => (d.bookingUrl = 'http://oss.go.id')),
  },
  {
    name: 'online-first service without a booking link',
    file: KTP,
    field: 'bookingUrl',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.delivery = 'daftar-daring')),
  },
  {
    name: 'paid fee without its amount',
    file: KTP,
    field: 'details',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.fee = { status: 'berbayar', basis: 'Perda' })),
  },
  {
    name: 'lastReviewed that is not a date',
    file: KTP,
    field: 'lastReviewed',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.lastReviewed = 'kemarin')),
  },
  {
    name: 'impossible date (30 February)',
    file: NEWS,
    field: 'date',
    apply: (r) => replaceText(r, NEWS, /^date: .*$/m, 'date: 2025-02-30'),
  },
  {
    name: 'campaign ending before it starts',
    file: CAMPAIGN,
    field: 'end',
    apply: (r) => replaceText(r, CAMPAIGN, 'end: 2026-12-31', 'end: 2026-10-01'),
  },
  {
    name: 'campaign link with javascript:',
    file: CAMPAIGN,
    field: 'url',
    apply: (r) => replaceText(r, CAMPAIGN, 'url: /layanan/ktp-el-baru/', 'url: "javascript:alert(1)"'),
  },
  {
    name: 'booth period ending before it starts',
    file: BOOTH,
    field: 'end',
    apply: (r) => replaceText(r, BOOTH, 'end: 2025-07-04', 'end: 2025-05-01'),
  },
  {
    name: 'booth WhatsApp number in local format',
    file: BOOTH,
    field: 'whatsapp',
    apply: (r) => editFrontmatter(r, BOOTH, (d) => (d.whatsapp = '0812-3456-7890')),
  },
  {
    name: 'duplicate booth code',
    file: 'content/booths/g-02-kemplang-tanjung-gelam.mdx',
    field: 'code',
    apply: (r) => editFrontmatter(r, 'content/booths/g-02-kemplang-tanjung-gelam.mdx', (d) => (d.code = 'G-01')),
  },
  {
    name: 'two booths in one slot at the same time',
    file: 'content/booths/g-02-kemplang-tanjung-gelam.mdx',
    field: 'schedule',
    apply: (r) => editFrontmatter(r, 'content/booths/g-02-kemplang-tanjung-gelam.mdx', (d) => (d.slot = 'G-01')),
  },
  {
    name: 'journey step pointing at a missing service',
    file: JOURNEY,
    field: 'steps[0].service',
    apply: (r) => editFrontmatter(r, JOURNEY, (d) => ((d.steps as Data[])[0].service = 'akta-hilang')),
  },
  {
    name: 'news related to a missing service',
    file: NEWS,
    field: 'relatedServices[0]',
    apply: (r) => editFrontmatter(r, NEWS, (d) => (d.relatedServices = ['tidak-ada'])),
  },
  {
    name: 'news tag with capitals and spaces',
    file: NEWS,
    field: 'tags',
    apply: (r) => editFrontmatter(r, NEWS, (d) => (d.tags = ['Uji Coba'])),
  },
  {
    name: 'cover image that does not exist',
    file: NEWS,
    field: 'cover.src',
    apply: (r) => editFrontmatter(r, NEWS, (d) => (d.cover = { src: '../uploads/tidak-ada.jpg', alt: 'Foto' })),
  },
  {
    name: 'image without alt text',
    file: NEWS,
    field: 'alt',
    apply: (r) => {
      mkdirSync(join(r, 'content/uploads'), { recursive: true });
      writeFileSync(
        join(r, 'content/uploads/foto.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
      );
      editFrontmatter(r, NEWS, (d) => (d.cover = { src: '../uploads/foto.svg', alt: '' }));
    },
  },
  {
    name: 'agency kind that does not exist',
    file: AGENCY,
    field: 'kind',
    apply: (r) => editFrontmatter(r, AGENCY, (d) => (d.kind = 'swasta')),
  },
  {
    name: 'counter claimed by two agencies',
    file: AGENCY,
    field: 'counters',
    apply: (r) => editFrontmatter(r, AGENCY, (d) => (d.counters = ['3'])),
  },
  {
    name: 'duplicate slug (.mdx file with the same id)',
    file: 'content/services/ktp-el-baru-salinan.mdx',
    field: 'slug',
    apply: (r) => {
      write(r, 'content/services/ktp-el-baru-salinan.mdx', read(r, KTP).replace('---\n', '---\nslug: ktp-el-baru\n'));
    },
  },
  {
    name: 'malformed YAML frontmatter',
    file: KTP,
    field: /YAML tidak bisa dibaca \(baris \d+\)/,
    apply: (r) => replaceText(r, KTP, /^title: .*$/m, 'title: "KTP-el tanpa tanda kutip penutup'),
  },
  {
    name: 'invalid MDX in the body',
    file: KTP,
    field: /ktp-el-baru\.mdx:\d+:\d+/,
    apply: (r) => write(r, KTP, `${read(r, KTP)}\nBiaya <50 ribu {gratis\n`),
  },
  {
    name: 'booth slot that is not on the floor plan',
    file: BOOTH,
    field: 'slot',
    apply: (r) => editFrontmatter(r, BOOTH, (d) => (d.slot = 'G-99')),
  },
  {
    name: 'agency counter missing from the floor plan',
    file: AGENCY,
    field: 'counters',
    apply: (r) => editFrontmatter(r, AGENCY, (d) => (d.counters = ['15', '40'])),
  },
  {
    name: 'floor plan area outside the hall',
    file: 'content/settings/floorplan.yml',
    field: 'areas.0',
    apply: (r) => editYaml(r, 'content/settings/floorplan.yml', (d) => ((d.areas as Data[])[0].x = 100)),
  },
  {
    name: 'site hours closing before opening',
    file: SITE,
    field: 'close',
    apply: (r) => editYaml(r, SITE, (d) => ((d.hours as Data[])[0].close = '07:00')),
  },
  {
    name: 'site clock time in words',
    file: SITE,
    field: 'open',
    apply: (r) => editYaml(r, SITE, (d) => ((d.hours as Data[])[0].open = '8 pagi')),
  },
  {
    name: 'site without complaint channels',
    file: SITE,
    field: 'complaints',
    apply: (r) => editYaml(r, SITE, (d) => delete d.complaints),
  },
  {
    name: 'impossible holiday date',
    file: CLOSURES,
    field: 'closures[0].date',
    apply: (r) => replaceText(r, CLOSURES, 'date: 2025-01-01', 'date: 2025-02-30'),
  },
];

describe('bad content stops the build', () => {
  let root: string;
  let dispose: () => Promise<void>;
  let pristine: Map<string, string>;
  const sentinel = '<!doctype html><title>previous good build</title>';

  beforeAll(async () => {
    ({ root, dispose } = await projectCopy());
    pristine = new Map();
    for (const dir of [
      'content/services',
      'content/booths',
      'content/campaigns',
      'content/news',
      'content/journeys',
      'content/agencies',
      'content/settings',
    ])
      for (const name of readdirSync(join(root, dir))) pristine.set(`${dir}/${name}`, read(root, `${dir}/${name}`));
  });
  afterAll(() => dispose());

  it.each(cases)('$name → names $file and $field', async ({ apply, file, field }) => {
    for (const [path, text] of pristine) write(root, path, text);
    mkdirSync(join(root, 'dist'), { recursive: true });
    write(root, 'dist/index.html', sentinel);

    apply(root);
    const result = await astroBuild(root);
    rmSync(join(root, 'content/services/ktp-el-baru-salinan.mdx'), { force: true });

    expect(result.ok, 'the build should have failed').toBe(false);
    const output = stripVTControlCharacters(result.output);
    expect(output).toContain(file.replace(/^content\//, ''));
    if (typeof field === 'string') expect(output).toContain(field);
    else expect(output).toMatch(field);
    expect(read(root, 'dist/index.html'), 'dist/ must keep the previous build').toBe(sentinel);
    const leftovers = existsSync(join(root, '.tmp')) ? readdirSync(join(root, '.tmp')) : [];
    expect(leftovers, 'no staging folder may remain').toEqual([]);
  });
});
