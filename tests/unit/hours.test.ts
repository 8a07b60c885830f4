import { describe, expect, it } from 'vitest';
import { addDays, localParts, openStatus, planForDate, type Schedule } from '../../src/lib/hours';
import { describeStatus, summarizeWeek } from '../../src/lib/hours-text';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const schedule: Schedule = {
  timeZone: 'Asia/Jakarta',
  weekly: weekdays.map((day) => ({ day, open: '08:00', close: '15:00' })),
  closures: [
    { date: '2026-12-24', name: 'Cuti bersama Natal' },
    { date: '2026-12-25', name: 'Kelahiran Yesus Kristus (Natal)' },
    { date: '2026-11-27', name: 'Penutupan karena pemeliharaan gedung' },
  ],
  special: [
    {
      name: 'Jam layanan Ramadan',
      start: '2026-02-18',
      end: '2026-03-19',
      hours: weekdays.map((day) => ({ day, open: '08:00', close: day === 'friday' ? '11:30' : '14:00' })),
    },
  ],
};
/** An instant given as local WIB wall-clock time. */
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe('openStatus', () => {
  const cases: [string, string, boolean, string][] = [
    // [local WIB time, label, open?, expected detail fragment]
    ['2026-11-30T07:59', 'Monday one minute before opening', false, 'buka hari ini pukul 08.00'],
    ['2026-11-30T08:00', 'Monday at opening', true, 'tutup pukul 15.00'],
    ['2026-11-30T12:15', 'Monday lunch break (shift system keeps it open)', true, 'tutup pukul 15.00'],
    ['2026-11-30T14:59', 'Monday one minute before closing', true, 'tutup pukul 15.00'],
    ['2026-11-30T15:00', 'Monday at closing', false, 'buka lagi Selasa 08.00'],
    ['2026-12-04T16:00', 'Friday after closing', false, 'buka lagi Senin 08.00'],
    ['2026-12-05T10:00', 'Saturday', false, 'buka lagi Senin 08.00'],
    ['2026-12-06T23:59', 'Sunday just before midnight', false, 'buka lagi Senin 08.00'],
    ['2026-11-27T10:00', 'Friday closure', false, 'buka lagi Senin 08.00'],
    ['2026-11-26T16:00', 'Thursday evening before a Friday closure', false, 'buka lagi Senin 08.00'],
    ['2026-12-23T15:30', 'holiday eve, after closing', false, 'buka lagi Senin 08.00'],
    ['2026-12-24T09:00', 'cuti bersama', false, 'buka lagi Senin 08.00'],
    ['2026-03-02T14:30', 'Ramadan Monday after the shorter closing', false, 'buka lagi Selasa 08.00'],
    ['2026-03-06T11:00', 'Ramadan Friday morning', true, 'tutup pukul 11.30'],
  ];
  for (const [local, label, open, detail] of cases) {
    it(`${label} (${local} WIB)`, () => {
      const status = openStatus(wib(local), schedule);
      expect(status.open).toBe(open);
      expect(describeStatus(status, 'WIB').detail).toContain(detail);
    });
  }

  it('names the holiday in the headline', () => {
    const status = openStatus(wib('2026-12-25T10:00'), schedule);
    expect(describeStatus(status, 'WIB').headline).toBe('Tutup (Kelahiran Yesus Kristus (Natal))');
  });

  it('uses WIB whatever the device zone: 00:30 UTC Tuesday is 07:30 WIB, before opening', () => {
    const instant = new Date('2026-12-01T00:30:00Z');
    const status = openStatus(instant, schedule);
    expect(status.open).toBe(false);
    expect(status.today.weekday).toBe('tuesday');
    expect(describeStatus(status, 'WIB').detail).toBe('buka hari ini pukul 08.00 WIB');
  });

  it('day boundary: 23:30 UTC Sunday is already Monday 06:30 WIB', () => {
    const status = openStatus(new Date('2026-11-29T23:30:00Z'), schedule);
    expect(status.today.date).toBe('2026-11-30');
    expect(status.open).toBe(false);
  });

  it('a visitor in WIT (UTC+9) at 09:30 local sees the WIB answer: 07:30 WIB, closed', () => {
    const instant = new Date('2026-11-30T09:30:00+09:00');
    expect(localParts(instant, 'Asia/Jakarta').time).toBe('07:30');
    expect(openStatus(instant, schedule).open).toBe(false);
  });

  it('a visitor in WIT at 17:30 local sees 15:30 WIB: closed', () => {
    expect(openStatus(new Date('2026-11-30T17:30:00+09:00'), schedule).open).toBe(false);
  });

  it('agency exception: a counter that closes at 12:00 is closed at 13:00 while the MPP is open', () => {
    const agency = weekdays.map((day) => ({ day, open: '08:00', close: '12:00' }));
    const status = openStatus(wib('2026-11-30T13:00'), { ...schedule, agency });
    expect(status.open).toBe(false);
    expect(openStatus(wib('2026-11-30T13:00'), schedule).open).toBe(true);
  });

  it('agency hours never extend past the MPP hours', () => {
    const agency = weekdays.map((day) => ({ day, open: '07:00', close: '17:00' }));
    expect(planForDate('2026-11-30', { ...schedule, agency }).hours).toEqual({ open: '08:00', close: '15:00' });
  });

  it('an agency closed on Friday makes Friday closed for that counter only', () => {
    const agency = weekdays.filter((d) => d !== 'friday').map((day) => ({ day, open: '08:00', close: '15:00' }));
    expect(openStatus(wib('2026-12-04T10:00'), { ...schedule, agency }).open).toBe(false);
    expect(openStatus(wib('2026-12-04T10:00'), schedule).open).toBe(true);
  });

  it('reports no next opening when nothing opens within 60 days', () => {
    const status = openStatus(wib('2026-11-30T10:00'), { ...schedule, weekly: [] });
    expect(status.open).toBe(false);
    expect(describeStatus(status, 'WIB').detail).toBe('jadwal buka berikutnya belum diumumkan');
  });
});

describe('calendar helpers', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
  it('summarises a week by grouping equal days', () => {
    expect(summarizeWeek(schedule.weekly)).toEqual(['Senin–Jumat 08.00–15.00']);
    expect(summarizeWeek([...schedule.weekly, { day: 'saturday', open: '08:00', close: '12:00' }])).toEqual([
      'Senin–Jumat 08.00–15.00',
      'Sabtu 08.00–12.00',
    ]);
  });
});
