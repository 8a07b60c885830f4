/**
 * The calendar files of the built site, read by ical.js (Mozilla's iCalendar library, as
 * calendar apps read it). `/kalender/libur.ics`: one all-day event for each closure and
 * special-hours period in content/settings/closures.yml, on its dates, under the CRLF and
 * 75-octet rules of RFC 5545. `/kalender/kegiatan.ics`: the campaigns on their dates (outreach
 * days at their hours are checked on the second MPP, whose fixture has them). Both linked from
 * the visit page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_BUILD_DATE, projectRoot } from '../build-site';
import { contentIds, entryData } from '../content-entries';
import { loadPage } from '../../scripts/lib/dist-pages';

/** Dates as js-yaml reads them: strings (YAML 1.2), or dates from an older schema. */
type YamlDate = string | Date;
interface ClosuresFile {
  closures: { date: YamlDate; name: string; kind: string }[];
  specialHours?: { name: string; start: YamlDate; end: YamlDate }[];
}

let text: string;
let events: ICAL.Event[];
const settings = load(readFileSync(join(projectRoot, 'content/settings/closures.yml'), 'utf8')) as ClosuresFile;
const site = load(readFileSync(join(projectRoot, 'content/settings/site.yml'), 'utf8')) as { visitPage: string };
const day = (date: YamlDate) => (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);

beforeAll(() => {
  text = readFileSync(join(inject('distDir'), 'kalender/libur.ics'), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
});

describe('/kalender/libur.ics', () => {
  it('has one all-day event per closure, on its date, with its name', () => {
    expect(settings.closures.length).toBeGreaterThan(10);
    for (const closure of settings.closures) {
      const event = events.find(
        (e) => e.startDate.toString() === day(closure.date) && e.summary.includes(closure.name),
      );
      expect(event, `${day(closure.date)} ${closure.name}`).toBeDefined();
      if (!event) continue;
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
  });

  it('has one event per special-hours period, spanning it, and nothing else', () => {
    const periods = settings.specialHours ?? [];
    for (const period of periods)
      expect(
        events.some((e) => e.startDate.toString() === day(period.start) && e.summary.includes(period.name)),
        period.name,
      ).toBe(true);
    expect(events.length).toBe(settings.closures.length + periods.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('follows the line rules: CRLF ends, at most 75 octets a line', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(lines.filter((line) => line.includes('\n'))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  });

  it('is linked from the visit page', () => {
    const link = loadPage(inject('distDir'), `/${site.visitPage}/`).querySelector('[data-holiday-calendar]');
    expect(link?.getAttribute('href')).toBe('/kalender/libur.ics');
  });
});

describe('/kalender/kegiatan.ics', () => {
  interface CampaignFile {
    title: string;
    start: YamlDate;
    end: YamlDate;
    draft?: boolean;
  }
  const campaigns = contentIds(projectRoot, 'campaigns')
    .map((id) => ({ id, ...entryData<CampaignFile>(projectRoot, 'campaigns', id) }))
    .filter((c) => !c.draft && day(c.start) <= TEST_BUILD_DATE);
  let eventsFile: string;
  let campaignEvents: ICAL.Event[];
  beforeAll(() => {
    eventsFile = readFileSync(join(inject('distDir'), 'kalender/kegiatan.ics'), 'utf8');
    campaignEvents = new ICAL.Component(ICAL.parse(eventsFile))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
  });

  it('has every campaign running or past as an all-day event from its first to its last day', () => {
    expect(campaigns.length).toBeGreaterThan(0);
    for (const campaign of campaigns) {
      const event = campaignEvents.find((e) => e.summary.includes(campaign.title));
      expect(event, campaign.id).toBeDefined();
      expect(event?.startDate.toString()).toBe(day(campaign.start));
      // DTEND of an all-day event is the day after the last.
      const last = event!.endDate.clone();
      last.adjust(-1, 0, 0, 0);
      expect(last.toString()).toBe(day(campaign.end));
    }
    expect(eventsFile.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  });

  it('is linked from the visit page', () => {
    const link = loadPage(inject('distDir'), `/${site.visitPage}/`).querySelector('[data-event-calendar]');
    expect(link?.getAttribute('href')).toBe('/kalender/kegiatan.ics');
  });
});
