/** The iCalendar writer (src/lib/icalendar.ts): escaping and folding as RFC 5545 asks. */
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalendar } from '../../src/lib/icalendar';

describe('icalendar', () => {
  it('escapes what TEXT values reserve', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('writes an all-day event ending the day after its last day', () => {
    const text = icalendar({
      name: 'Libur',
      producer: '-//Contoh//ID',
      timeZone: 'Asia/Makassar',
      stamp: new Date('2026-11-28'),
      events: [{ uid: 'a@x', summary: 'Tutup', start: new Date('2026-12-24'), end: new Date('2026-12-26') }],
    });
    expect(text).toContain('DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\n');
    expect(text).toContain('DTSTAMP:20261128T000000Z');
  });
});
