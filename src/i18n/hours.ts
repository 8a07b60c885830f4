/**
 * Interface text about opening hours. Kept apart from the other strings because the open-now
 * script ships it to browsers, and every byte counts on a cheap phone.
 */
export const hoursStrings = {
  title: 'Jam layanan',
  openNow: 'Buka sekarang',
  closedNow: 'Tutup',
  closesAt: 'tutup pukul',
  opensAgain: 'buka lagi',
  opensToday: 'buka hari ini pukul',
  noNext: 'jadwal buka berikutnya belum diumumkan',
  unconfirmed: 'Belum dipastikan buka',
  unconfirmedDetail: 'layanan pada hari cuti bersama belum ditetapkan pemerintah daerah',
  nextSure: 'jadwal buka yang pasti berikutnya',
};

/** Day names come with the stored day keys, so a new key cannot lack its name. */
export { WEEKDAY_NAMES as weekdayNames } from '../model/weekdays';
