/**
 * What the visit planner knows about every service, built from the content at build time and
 * served as /rencana/layanan.json: requirements, fee, duration, counters and their place on the
 * floor plan, the agency's hours and the status notices in force.
 */
import { noticesForService } from './notices';
import { noticeSearchLine } from './notice-text';
import { summarizeWeek } from './hours-text';
import { zoneLabel } from './format';
import { paths } from './routes';
import { agencyOf, type SiteData } from './site-data';
import type { PlanCatalog, PlanService } from './visit-plan';

const centre = (area: { x: number; y: number; w: number; h: number }): [number, number] => [
  area.x + area.w / 2,
  area.y + area.h / 2,
];

export function planCatalog(data: SiteData): PlanCatalog {
  const areas = data.floorplan.areas;
  const entrance = areas.find((a) => a.kind === 'entrance');
  const counterArea = (counter: string) => areas.find((a) => a.counters?.includes(counter));
  const zone = zoneLabel(data.site.timeZone);
  const services: Record<string, PlanService> = {};
  for (const service of data.services) {
    const agency = agencyOf(data, service);
    const s = service.data;
    const area = agency.data.counters.map(counterArea).find(Boolean);
    services[service.id] = {
      id: service.id,
      title: s.title,
      url: paths.service(service.id),
      agency: agency.data.shortName,
      counters: agency.data.counters,
      ...(area ? { at: centre(area) } : {}),
      requirements: s.requirements.map(({ item, form, count, note }) => ({ item, form, count, note })),
      fee: { status: s.fee.status, details: s.fee.details, amount: s.fee.amount },
      duration: s.duration.text,
      hours: `${summarizeWeek(agency.data.hours ?? data.site.hours).join(', ')} ${zone}`,
      notices: noticesForService(data.notices.current, service.id, agency.id).map(
        (n) => `${noticeSearchLine(n.data)}: ${n.data.message}`,
      ),
    };
  }
  return { ...(entrance ? { entrance: centre(entrance) } : {}), services };
}
