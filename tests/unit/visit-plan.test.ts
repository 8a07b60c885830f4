/**
 * The visit planner's merge on real combinations of the sample guides, read from content/: one
 * checklist without duplicates, the largest number of copies, fees known and unknown, and the
 * counters in walking order.
 */
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../build-site';
import { entryData } from '../content-entries';
import {
  buildPlan,
  mergeRequirements,
  planIds,
  planQuery,
  walkingOrder,
  type PlanCatalog,
  type PlanService,
} from '../../src/lib/visit-plan';

type ServiceFile = Pick<PlanService, 'requirements' | 'fee'> & { title: string; agency: string };

/** A guide as the planner's data carries it, from its file; `at` places its counter. */
function fromFile(id: string, at?: [number, number]): PlanService {
  const file = entryData<ServiceFile>(projectRoot, 'services', id);
  return {
    id,
    title: file.title,
    url: `/layanan/${id}/`,
    agency: file.agency,
    counters: [],
    ...(at ? { at } : {}),
    requirements: file.requirements,
    fee: file.fee,
    duration: '',
    hours: '',
    notices: [],
  };
}

describe('the plan address', () => {
  it('reads ids joined by commas or repeated, in order, once each, and ignores anything else', () => {
    expect(planIds('?l=ktp-el-baru,kartu-keluarga')).toEqual(['ktp-el-baru', 'kartu-keluarga']);
    expect(planIds('?l=ktp-el-baru&l=akta-kelahiran&l=ktp-el-baru')).toEqual(['ktp-el-baru', 'akta-kelahiran']);
    expect(planIds('?l=<script>,KTP-EL-BARU, ,../x')).toEqual(['ktp-el-baru']);
    expect(planQuery(['a', 'b'])).toBe('?l=a,b');
    expect(planQuery([])).toBe('');
  });
});

describe('one checklist after a birth: akta kelahiran, KK and JKN for the baby', () => {
  const services = ['akta-kelahiran', 'kartu-keluarga', 'pendaftaran-jkn'].map((id) => fromFile(id));
  const checklist = mergeRequirements(services);

  it('lists a document several guides ask for once, naming every guide that needs it', () => {
    const asked = services.flatMap((s) => s.requirements.map((r) => r.item.toLowerCase()));
    const kk = checklist.filter((r) => r.item.toLowerCase() === 'kartu keluarga (kk)');
    expect(asked.filter((item) => item === 'kartu keluarga (kk)').length).toBeGreaterThan(1);
    expect(kk).toHaveLength(1);
    const needing = services.filter((s) => s.requirements.some((r) => r.item === 'Kartu Keluarga (KK)'));
    expect(kk[0].services).toEqual(needing.map((s) => s.title));
  });

  it('never lists the same document twice, and keeps every item of every guide', () => {
    const keys = checklist.filter((r) => !['isian', 'lainnya'].includes(r.form)).map((r) => r.item.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const service of services)
      for (const requirement of service.requirements)
        expect(
          checklist.some(
            (r) => r.item.toLowerCase() === requirement.item.toLowerCase() && r.services.includes(service.title),
          ),
          requirement.item,
        ).toBe(true);
  });
});

describe('merging forms and copies', () => {
  const service = (id: string, requirements: PlanService['requirements']): PlanService => ({
    ...fromFile('ktp-el-baru'),
    id,
    title: id,
    requirements,
  });

  it('asks for the original and a copy when one guide wants each, and the most copies any guide wants', () => {
    const [kk] = mergeRequirements([
      service('a', [{ item: 'Kartu Keluarga (KK)', form: 'fotokopi', count: 1 }]),
      service('b', [{ item: 'kartu keluarga (KK).', form: 'ditunjukkan' }]),
      service('c', [{ item: 'Kartu  Keluarga (KK)', form: 'fotokopi', count: 3 }]),
    ]);
    expect(kk).toMatchObject({ form: 'asli-dan-fotokopi', count: 3, services: ['a', 'b', 'c'] });
  });

  it("keeps each guide's own forms to fill in apart, even under one name", () => {
    const merged = mergeRequirements([
      service('a', [{ item: 'Formulir permohonan', form: 'isian' }]),
      service('b', [{ item: 'Formulir permohonan', form: 'isian' }]),
    ]);
    expect(merged.map((r) => r.services)).toEqual([['a'], ['b']]);
  });
});

describe('fees', () => {
  it('sums fixed amounts, and names the services whose fee depends on the case or is unconfirmed', () => {
    const free = fromFile('ktp-el-baru');
    const variable = fromFile('perpanjangan-stnk-5-tahun');
    const unconfirmed = fromFile('badan-hukum-koperasi');
    expect([free.fee.status, variable.fee.status, unconfirmed.fee.status]).toEqual([
      'gratis',
      'berbayar',
      'belum-dikonfirmasi',
    ]);
    const fixed: PlanService = {
      ...variable,
      id: 'tetap',
      title: 'Tetap',
      fee: { status: 'berbayar', amount: 30_000 },
    };
    const catalog: PlanCatalog = {
      services: Object.fromEntries([free, variable, unconfirmed, fixed].map((s) => [s.id, s])),
    };
    const plan = buildPlan([free.id, variable.id, unconfirmed.id, 'tetap', 'hilang'], catalog);
    expect(plan.fees.free.map((s) => s.id)).toEqual([free.id]);
    expect(plan.fees.variable.map((s) => s.id)).toEqual([variable.id]);
    expect(plan.fees.knownTotal).toBe(30_000);
    expect(plan.fees.unconfirmed.map((s) => s.id)).toEqual([unconfirmed.id]);
    expect(plan.unknown).toEqual(['hilang']);
  });
});

describe('walking order', () => {
  it('goes from the entrance to the nearest counter each time, keeps one agency together, undrawn last', () => {
    const near = { ...fromFile('pendaftaran-jkn', [2, 2]), agency: 'BPJS' };
    const far = { ...fromFile('ktp-el-baru', [20, 2]), agency: 'Dukcapil' };
    const farToo = { ...fromFile('kartu-keluarga', [20, 3]), agency: 'Dukcapil' };
    const middle = { ...fromFile('nib-oss', [10, 2]), agency: 'DPMPTSP' };
    const nowhere = { ...fromFile('akta-kelahiran'), agency: 'Dukcapil' };
    const order = walkingOrder([farToo, nowhere, far, middle, near], [0, 0]).map((s) => s.id);
    expect(order).toEqual(['pendaftaran-jkn', 'nib-oss', 'ktp-el-baru', 'kartu-keluarga', 'akta-kelahiran']);
  });
});
