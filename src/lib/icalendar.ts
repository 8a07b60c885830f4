/**
 * iCalendar (RFC 5545) text for the site's calendars: all-day events and events at set times,
 * escaped and folded as the standard asks, with CRLF line ends. Pure, so the format is unit-checked; the build serves it
 * from src/pages/kalender/.
 */

export interface DayEvent {
  /** Unique and stable across builds, so a subscribed calendar updates an event in place. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** First day, and last day included; with `timed`, the exact start and end instead. */
  start: Date;
  end: Date;
  /** An event at set hours (an outreach morning), not whole days; it then takes up the time. */
  timed?: boolean;
}

export interface Calendar {
  name: string;
  /** PRODID: who made the calendar. */
  producer: string;
  timeZone: string;
  /** DTSTAMP of every event: the day the site was built for, so builds stay byte-identical. */
  stamp: Date;
  events: DayEvent[];
}

const day = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');
const nextDay = (date: Date) => new Date(date.getTime() + 24 * 60 * 60 * 1000);
/** A UTC date-time: 20261205T010000Z. */
const instant = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

export function icalendar(calendar: Calendar): string {
  const stamp = `${day(calendar.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.producer)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
    ...calendar.events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      ...(event.timed
        ? [`DTSTART:${instant(event.start)}`, `DTEND:${instant(event.end)}`]
        : [`DTSTART;VALUE=DATE:${day(event.start)}`, `DTEND;VALUE=DATE:${day(nextDay(event.end))}`]),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      event.timed ? 'TRANSP:OPAQUE' : 'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
