/**
 * What search shows besides results, built from settings at build time and fetched only when a
 * search needs it (/cari/bantuan.json): direct answers to questions about the MPP itself, the
 * notices for a relaxed search, and the help shown when nothing matches at all.
 */
import type { AnswerTopic } from '../i18n/search-words';
import { fill } from '../i18n/fill';
import { t } from '../i18n/id';
import { summarizeWeek } from './hours-text';
import { zoneLabel } from './format';
import { paths } from './routes';
import { whatsappChatUrl } from './share';
import type { SiteData } from './site-data';

export interface HelpLink {
  label: string;
  href: string;
}

/** A short direct answer above the results. `live`: the renderer adds today's open-now line. */
export interface AnswerCard {
  title: string;
  lines: string[];
  links: HelpLink[];
  live?: boolean;
}

export interface SearchHelp {
  /** Notices for a relaxed search, with `{words}` and `{count}` to fill. */
  relaxed: string;
  partial: string;
  answers: Partial<Record<AnswerTopic, AnswerCard>>;
  /** Never an empty box: where to go when nothing matches. */
  noResults: { title: string; services: HelpLink[]; links: HelpLink[]; contact: HelpLink[]; contactNote?: string };
}

export function buildSearchHelp(data: SiteData): SearchHelp {
  const { site, closures, visitPage, complaintsPage, featuredServices } = data;
  const name = site.shortName;
  const visit = visitPage && { label: visitPage.data.title, href: paths.page(visitPage.id) };
  const more = (link: HelpLink | undefined) =>
    link ? [{ label: fill(t.search.answers.more, { page: link.label }), href: link.href }] : [];
  const contacts = site.contacts ?? {};
  const contact: HelpLink[] = [
    ...(contacts.phone
      ? [{ label: `${t.agencies.phone}: ${contacts.phone}`, href: `tel:${contacts.phone.replace(/[^0-9+]/g, '')}` }]
      : []),
    ...(contacts.whatsapp
      ? [{ label: `${t.agencies.whatsapp}: +${contacts.whatsapp}`, href: whatsappChatUrl(contacts.whatsapp) }]
      : []),
    ...(contacts.email ? [{ label: contacts.email, href: `mailto:${contacts.email}` }] : []),
  ];
  const complaints = complaintsPage && { label: complaintsPage.data.title, href: paths.page(complaintsPage.id) };
  const { laporUrl, ombudsman, local } = site.complaints;

  return {
    relaxed: t.search.relaxed,
    partial: t.search.partial,
    answers: {
      hours: {
        title: fill(t.search.answers.hours, { name }),
        lines: [
          `${summarizeWeek(site.hours).join(', ')} ${zoneLabel(site.timeZone)}.`,
          t.holidayLine[closures.cutiBersama],
          ...(site.shiftRule ? [site.shiftRule] : []),
          ...(site.hoursNote ? [site.hoursNote] : []),
        ],
        links: more(visit),
        live: true,
      },
      location: {
        title: fill(t.search.answers.location, { name }),
        lines: [
          [site.address.street, site.address.locality, site.address.region].filter(Boolean).join(', '),
          ...(site.address.note ? [site.address.note] : []),
        ],
        links: [...(site.mapUrl ? [{ label: t.footer.map, href: site.mapUrl }] : []), ...more(visit)],
      },
      contact: {
        title: fill(t.search.answers.contact, { name }),
        lines: contact.length ? [] : [t.footer.contactUnknown],
        links: [...contact, ...more(visit)],
      },
      complaints: {
        title: t.search.answers.complaints,
        lines: [
          ...(local ? [fill(t.search.answers.local, { channel: local })] : []),
          ...(ombudsman ? [fill(t.search.answers.ombudsman, { office: ombudsman })] : []),
        ],
        links: [...more(complaints), { label: t.search.answers.lapor, href: laporUrl }],
      },
      // What the queue is like is not in settings: the answer only leads to the visit page.
      ...(visit && {
        queue: {
          title: fill(t.search.answers.queue, { name }),
          lines: [fill(t.search.answers.queueLine, { page: visit.label })],
          links: more(visit),
        },
      }),
    },
    noResults: {
      title: t.search.noResults.title,
      services: featuredServices.map((s) => ({ label: s.data.title, href: paths.service(s.id) })),
      links: [
        { label: t.search.noResults.services, href: paths.services() },
        ...(visit ? [visit] : []),
        {
          label: complaints ? t.search.noResults.complaints : t.search.answers.lapor,
          href: complaints?.href ?? laporUrl,
        },
      ],
      contact,
      contactNote: contact.length ? undefined : t.footer.contactUnknown,
    },
  };
}
