import { describe, expect, it } from 'vitest';
import { noticePhase, noticesForAgency, noticesForService, noticesOn } from '../../src/lib/notices';
import { noticeWhen } from '../../src/lib/notice-text';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const notice = (id: string, start: string, end?: string, services: string[] = [], agencies: string[] = []) => ({
  id,
  data: {
    start: day(start),
    end: end ? day(end) : undefined,
    services: services.map((s) => ({ id: s })),
    agencies: agencies.map((a) => ({ id: a })),
  },
});

describe('status notice dates', () => {
  it('is in force from its first day to its last, both included, and without an end until one is set', () => {
    const n = notice('a', '2026-11-27', '2026-11-30').data;
    expect(noticePhase(n, day('2026-11-26'))).toBe('akan-datang');
    expect(noticePhase(n, day('2026-11-27'))).toBe('berlaku');
    expect(noticePhase(n, day('2026-11-30'))).toBe('berlaku');
    expect(noticePhase(n, day('2026-12-01'))).toBe('berakhir');
    expect(noticePhase(notice('b', '2026-01-01').data, day('2030-01-01'))).toBe('berlaku');
  });

  it('lists those in force and those ended, newest first, and leaves out those yet to start', () => {
    const list = [
      notice('lama', '2026-10-01', '2026-10-02'),
      notice('baru', '2026-11-28'),
      notice('kemarin', '2026-11-20', '2026-11-29'),
      notice('nanti', '2026-12-10'),
    ];
    const { current, ended } = noticesOn(list, day('2026-11-28'));
    expect(current.map((n) => n.id)).toEqual(['baru', 'kemarin']);
    expect(ended.map((n) => n.id)).toEqual(['lama']);
  });

  it('belongs on the guides it names and on every guide of an agency it names, and on their agencies', () => {
    const list = [
      notice('ktp', '2026-11-01', undefined, ['ktp-el']),
      notice('jaringan', '2026-11-01', undefined, [], ['capil']),
    ];
    expect(noticesForService(list, 'ktp-el', 'capil').map((n) => n.id)).toEqual(['ktp', 'jaringan']);
    expect(noticesForService(list, 'akta', 'capil').map((n) => n.id)).toEqual(['jaringan']);
    expect(noticesForService(list, 'stnk', 'samsat')).toEqual([]);
    expect(noticesForAgency(list, 'capil', ['akta']).map((n) => n.id)).toEqual(['jaringan']);
    expect(noticesForAgency(list, 'dukcapil', ['ktp-el']).map((n) => n.id)).toEqual(['ktp']);
  });

  it('reads its dates in Indonesian', () => {
    expect(noticeWhen(notice('a', '2026-11-27', '2026-12-02').data, day('2026-11-28'))).toBe(
      'Sejak 27 November 2026, sampai 2 Desember 2026',
    );
    expect(noticeWhen(notice('b', '2026-11-27').data, day('2026-11-28'))).toBe(
      'Sejak 27 November 2026, sampai pemberitahuan berikutnya',
    );
    expect(noticeWhen(notice('c', '2026-10-01', '2026-10-03').data, day('2026-11-28'))).toBe(
      'Berlaku 1–3 Oktober 2026',
    );
  });
});
