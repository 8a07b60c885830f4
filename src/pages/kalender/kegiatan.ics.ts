/**
 * `/kalender/kegiatan.ics`: the MPP's campaigns (whole days, from start to end) and its outreach
 * days (MPP keliling, at their hours and place), for residents and village offices to add to a
 * phone's calendar. Campaigns not yet running are left out, as on the site.
 */
import type { APIRoute } from 'astro';
import { fill } from '../../i18n/fill';
import { t } from '../../i18n/id';
import { visibleCampaigns } from '../../lib/campaigns';
import { dayStartIn } from '../../lib/format';
import { icalendar, type DayEvent } from '../../lib/icalendar';
import { outreachPlace } from '../../lib/outreach';
import { absoluteUrl, paths } from '../../lib/routes';
import { siteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const { site, campaigns, outreach, serviceById, today } = await siteData();
  const host = new URL(site.url).host;
  // "2026-12-05T08:00:00+07:00": the hour in the MPP's own zone, which Date turns into an instant.
  const at = (date: Date, clock: string) => new Date(dayStartIn(date, site.timeZone).replace('T00:00', `T${clock}`));
  const events: DayEvent[] = [
    ...visibleCampaigns(campaigns, today).map((campaign) => ({
      uid: `kampanye-${campaign.id}@${host}`,
      summary: fill(t.calendar.campaign, { site: site.shortName, title: campaign.data.title }),
      description: `${campaign.data.message} ${absoluteUrl(paths.campaign(campaign.id), site.url)}`,
      start: campaign.data.start,
      end: campaign.data.end,
    })),
    ...[...outreach.upcoming, ...outreach.past].map((day) => ({
      uid: `keliling-${day.id}@${host}`,
      summary: day.data.title,
      description: fill(t.calendar.outreachBody, {
        services: day.data.services.flatMap((ref) => serviceById.get(ref.id)?.data.title ?? []).join(', '),
        url: absoluteUrl(paths.outreachDay(day.id), site.url),
      }),
      location: outreachPlace(day.data),
      start: at(day.data.date, day.data.start),
      end: at(day.data.date, day.data.end),
      timed: true,
    })),
  ].sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
  const body = icalendar({
    name: fill(t.calendar.eventsName, { site: site.shortName }),
    producer: `-//${site.name}//Portal MPP//ID`,
    timeZone: site.timeZone,
    stamp: today,
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
