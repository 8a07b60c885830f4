/**
 * `/kalender/libur.ics`: the days the MPP is closed (national holidays, cuti bersama as the
 * settings decide them, closures) and its periods of special hours, from
 * content/settings/closures.yml, for residents to add to their phone's calendar.
 */
import type { APIRoute } from 'astro';
import { fill } from '../../i18n/fill';
import { t } from '../../i18n/id';
import { icalendar, type DayEvent } from '../../lib/icalendar';
import { absoluteUrl, paths } from '../../lib/routes';
import { siteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const { site, closures, today } = await siteData();
  const strings = t.calendar;
  const host = new URL(site.url).host;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const closureSummary = (name: string, kind: (typeof closures.closures)[number]['kind']) => {
    if (kind !== 'cuti-bersama' || closures.cutiBersama === 'tutup')
      return fill(strings.closed, { site: site.shortName, name });
    if (closures.cutiBersama === 'buka') return fill(strings.cutiOpen, { site: site.shortName, name });
    return fill(strings.cutiUnknown, { site: site.shortName, name });
  };
  const visitUrl = site.visitPage ? absoluteUrl(paths.page(site.visitPage), site.url) : site.url;
  const events: DayEvent[] = [
    ...closures.closures.map((closure) => ({
      uid: `libur-${day(closure.date)}-${closure.kind}@${host}`,
      summary: closureSummary(closure.name, closure.kind),
      start: closure.date,
      end: closure.date,
    })),
    ...closures.specialHours.map((period) => ({
      uid: `jam-khusus-${day(period.start)}@${host}`,
      summary: fill(strings.special, { site: site.shortName, name: period.name }),
      description: fill(strings.specialBody, { url: visitUrl }),
      start: period.start,
      end: period.end,
    })),
  ].sort((a, b) => a.start.getTime() - b.start.getTime());
  const body = icalendar({
    name: fill(strings.holidaysName, { site: site.shortName }),
    producer: `-//${site.name}//Portal MPP//ID`,
    timeZone: site.timeZone,
    stamp: today,
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
