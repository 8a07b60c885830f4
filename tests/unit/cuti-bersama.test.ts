/**
 * A cuti bersama on which the local government has not decided whether the MPP serves: the
 * open-now line says neither open nor closed, and never offers that day as the next opening.
 */
import { describe, expect, it } from 'vitest';
import { openStatus, planForDate, type Schedule } from '../../src/lib/hours';
import { describeStatus } from '../../src/lib/hours-text';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const schedule: Schedule = {
  timeZone: 'Asia/Jakarta',
  weekly: weekdays.map((day) => ({ day, open: '08:00', close: '15:00' })),
  closures: [
    { date: '2026-12-24', name: 'Kelahiran Yesus Kristus (Natal)', unconfirmed: true },
    { date: '2026-12-25', name: 'Kelahiran Yesus Kristus (Natal)' },
  ],
  special: [],
};
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe('an undecided cuti bersama', () => {
  it('keeps the usual hours in the day plan but marks them unconfirmed', () => {
    expect(planForDate('2026-12-24', schedule)).toEqual({
      date: '2026-12-24',
      weekday: 'thursday',
      hours: { open: '08:00', close: '15:00' },
      reason: 'Kelahiran Yesus Kristus (Natal)',
      unconfirmed: true,
    });
  });

  it.each(['2026-12-24T07:00', '2026-12-24T10:00'])('is neither open nor closed during the day (%s WIB)', (local) => {
    const status = openStatus(wib(local), schedule);
    expect(status.open).toBe(false);
    expect(!status.open && status.unconfirmed).toBe(true);
    const text = describeStatus(status, 'WIB');
    expect(text.headline).toBe('Belum dipastikan buka (Kelahiran Yesus Kristus (Natal))');
    expect(text.detail).toBe(
      'layanan pada hari cuti bersama belum ditetapkan pemerintah daerah; jadwal buka yang pasti berikutnya Senin 08.00 WIB',
    );
  });

  it('is skipped as the next opening: Wednesday evening points to Monday', () => {
    const status = openStatus(wib('2026-12-23T16:00'), schedule);
    expect(status.open).toBe(false);
    expect(describeStatus(status, 'WIB').detail).toBe('buka lagi Senin 08.00 WIB');
  });

  it('after its hours it reads as closed, like any evening', () => {
    const status = openStatus(wib('2026-12-24T16:00'), schedule);
    expect(!status.open && status.unconfirmed).toBeFalsy();
    expect(describeStatus(status, 'WIB').headline).toBe('Tutup (Kelahiran Yesus Kristus (Natal))');
  });
});
