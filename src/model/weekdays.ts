/**
 * Days of the week, Monday first, as stored in content (English keys, like the `day` of
 * schema.org opening hours) with their Indonesian names. The names are the editor's option
 * labels and the site's day names alike. A module of its own, free of the schema library, so
 * the open-now script stays tiny in browsers.
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  monday: 'Senin',
  tuesday: 'Selasa',
  wednesday: 'Rabu',
  thursday: 'Kamis',
  friday: 'Jumat',
  saturday: 'Sabtu',
  sunday: 'Minggu',
};
