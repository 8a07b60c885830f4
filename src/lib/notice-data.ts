/** A status notice as schema.org SpecialAnnouncement data, for the pages that show it. */
import { t } from '../i18n/id';
import { dayStartIn } from './format';
import { absoluteUrl, paths } from './routes';
import type { Notice, SiteData } from './site-data';
import { specialAnnouncement } from './structured-data';

const DAY = 86_400_000;

export function noticeStructuredData(notice: Notice, data: SiteData) {
  const { site } = data;
  const services = [
    ...notice.data.services.flatMap((ref) => data.serviceById.get(ref.id) ?? []),
    ...notice.data.agencies.flatMap((ref) => data.servicesByAgency.get(ref.id) ?? []),
  ];
  return specialAnnouncement({
    name: `${t.notices.kinds[notice.data.kind]}: ${notice.data.message}`,
    text: [notice.data.message, notice.data.instead].filter(Boolean).join(' '),
    url: absoluteUrl(paths.notice(notice.id), site.url),
    datePosted: dayStartIn(notice.data.start, site.timeZone),
    // The end day is included: the notice expires when the next day begins.
    expires: notice.data.end && dayStartIn(new Date(notice.data.end.getTime() + DAY), site.timeZone),
    officeName: site.name,
    about: [...new Set(services)].map((s) => ({ name: s.data.title, url: absoluteUrl(paths.service(s.id), site.url) })),
  });
}
