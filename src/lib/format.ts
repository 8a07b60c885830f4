/** Indonesian formatting of dates and times, always in the MPP's own time zone. */
import { t } from '../i18n/id';
import type { SiteSettings } from './site-data';

/** "3 Februari 2025" for a calendar date stored as a UTC-midnight Date. */
// One formatter for the whole build: creating one costs far more than using it.
const DATE_FORMAT = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

/** YYYY-MM-DD of a calendar date stored as a UTC-midnight Date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The start of a calendar day in a time zone, as ISO 8601 with the zone's offset:
 * "2025-02-03T00:00:00+07:00" in WIB. Feeds and structured data want a time, not just a day.
 */
export function dayStartIn(date: Date, timeZone: string): string {
  const zone = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = zone === 'GMT' || !zone ? '+00:00' : zone.replace('GMT', '');
  return `${isoDate(date)}T00:00:00${offset}`;
}

export { formatClock } from './hours-text';

/** "3–24 Februari 2025", or with both months/years when they differ. */
export function formatRange(start: Date, end: Date): string {
  const s = formatDate(start).split(' ');
  const e = formatDate(end);
  if (start.getUTCFullYear() !== end.getUTCFullYear()) return `${formatDate(start)} – ${e}`;
  if (start.getUTCMonth() !== end.getUTCMonth()) return `${s[0]} ${s[1]} – ${e}`;
  return `${s[0]}–${e}`;
}

/** Short zone label (WIB/WITA/WIT) for an IANA zone. */
export function zoneLabel(timeZone: SiteSettings['timeZone']): string {
  return t.zones[timeZone];
}

/** "83" for 5 of 6 resolved, as a whole percentage; a dash when nothing was received. */
export function resolvedShare(resolved: number, received: number): string {
  if (received === 0) return '–';
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format((resolved / received) * 100);
}
