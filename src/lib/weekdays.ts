/**
 * Days of the week, Monday first, as stored in content (English keys; Indonesian names are
 * in src/i18n/hours.ts). A module of its own so the open-now script stays tiny in browsers.
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
