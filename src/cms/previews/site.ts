/**
 * Preview of Pengaturan → Identitas: the settings where residents meet them. The band above
 * every page (`OfficialBanner.astro`) and the announcement (`Announcement.astro`), the top of
 * the home page (`src/pages/index.astro`), the footer (`Footer.astro`), then the settings that
 * only name other pages, with their labels from the form.
 */
import { Fragment } from 'react';
import { t } from '../../i18n/id';
import { formatRange } from '../../lib/format';
import {
  contactList,
  dateOf,
  dateText,
  fieldLabel,
  h,
  hoursBlock,
  hoursOf,
  read,
  readList,
  readText,
  useEntryName,
  useEntryNames,
  useSettings,
  weekText,
  type PreviewProps,
  type SiteHours,
} from './shared';

interface Settings extends SiteHours {
  name: string;
  region: string;
  url: string;
  description: string;
  manager: string;
  address: { street?: string; locality?: string; region?: string; note?: string };
  officialNotice: { label?: string; howToKnow?: string[]; antiScam?: string[] };
  mapUrl: string;
  contacts: Record<string, string>;
  trial: { start?: string; end?: string; note?: string };
  announcement: { text?: string; level?: string; starts?: string; expires?: string; link?: string };
  complaints: { laporUrl?: string; ombudsman?: string; local?: string };
  surveyUrl: string;
}

// The tones of `Announcement.astro`.
const TONE: Record<string, string> = {
  info: 'bg-brand-50 border-brand-700',
  penting: 'bg-warn-50 border-warn-800',
  darurat: 'bg-brand-100 border-brand-900',
};

const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
};

const bullets = (items: unknown) =>
  h(
    'ul',
    { className: 'mt-1 list-disc pl-5' },
    ...(Array.isArray(items) ? items : []).map((item) => h('li', null, typeof item === 'string' ? item : '')),
  );

function officialBand(site: Partial<Settings>) {
  const notice = site.officialNotice;
  return h(
    'div',
    { className: 'bg-surface text-sm' },
    notice
      ? h(
          'details',
          { className: 'group wrap py-1', open: true },
          h(
            'summary',
            { className: 'flex cursor-pointer list-none items-baseline gap-1.5' },
            h('span', { 'aria-hidden': 'true', className: 'inline-block group-open:rotate-90' }, '▸'),
            h('span', { className: 'min-w-0 truncate group-open:whitespace-normal' }, notice.label),
            h('span', { className: 'shrink-0' }, ' · ', h('span', { className: 'underline' }, t.official.check)),
          ),
          h(
            'div',
            { className: 'grid gap-4 pt-2 pb-3 sm:grid-cols-2' },
            h(
              'div',
              null,
              h('p', { className: 'font-semibold' }, t.official.howToKnow),
              bullets(notice.howToKnow),
              h('p', { className: 'mt-1' }, `${t.official.address} `, h('strong', null, host(site.url))),
            ),
            h('div', null, h('p', { className: 'font-semibold' }, t.official.antiScam), bullets(notice.antiScam)),
          ),
        )
      : h('p', { className: 'wrap py-1' }, `${t.officialSite} · ${site.region ?? ''}`),
  );
}

/** The announcement as the band under the header, and when it shows (for the editor). */
function announcement(props: PreviewProps, note: Settings['announcement'] | undefined) {
  if (!note?.text) return null;
  const when = [
    dateOf(note.starts) && `${fieldLabel(props, 'announcement', 'starts')}: ${dateText(note.starts)}`,
    dateOf(note.expires) && `${fieldLabel(props, 'announcement', 'expires')}: ${dateText(note.expires)}`,
  ].filter(Boolean);
  return h(
    Fragment,
    null,
    h(
      'aside',
      { 'aria-label': t.announcement.label, className: `border-b-2 ${TONE[note.level ?? ''] ?? TONE.info}` },
      h(
        'div',
        { className: 'wrap relative py-1.5 text-sm leading-5 sm:py-2 sm:text-base sm:leading-6' },
        h(
          'p',
          null,
          h('strong', { className: 'max-sm:sr-only' }, `${t.announcement.label}:`),
          ` ${note.text}`,
          note.link && ' ',
          note.link && h('a', { className: 'font-semibold' }, t.readMore),
        ),
      ),
    ),
    when.length > 0 && h('p', { className: 'wrap mt-1 text-sm text-muted' }, when.join(' · ')),
  );
}

function footer(site: Partial<Settings>, cutiBersama: unknown) {
  const contacts = site.contacts;
  const week = weekText(hoursOf(site.hours), site.timeZone);
  const holidays = t.holidayLine[cutiBersama as keyof typeof t.holidayLine];
  const address = site.address ?? {};
  return h(
    'footer',
    { className: 'mt-10 border-t-4 border-brand-700 bg-surface text-[0.95rem]' },
    h(
      'div',
      { className: 'wrap grid gap-6 py-8 sm:grid-cols-2 lg:grid-cols-4' },
      h(
        'section',
        null,
        h('h2', { className: 'text-base' }, site.name),
        h('p', { className: 'mt-2' }, `${t.footer.managedBy} ${site.manager ?? ''}.`),
      ),
      h(
        'section',
        null,
        h('h2', { className: 'text-base' }, t.footer.address),
        h(
          'address',
          { className: 'mt-2 not-italic' },
          address.street,
          h('br'),
          address.locality,
          h('br'),
          address.region,
        ),
        address.note && h('p', { className: 'mt-1 text-sm' }, address.note),
        site.mapUrl && h('p', { className: 'mt-1' }, h('a', null, t.footer.map)),
      ),
      h(
        'section',
        null,
        h('h2', { className: 'text-base' }, t.hours.title),
        h('p', { className: 'mt-2' }, [week && `${week}.`, holidays].filter(Boolean).join(' ')),
        site.hoursNote && h('p', { className: 'text-sm' }, site.hoursNote),
        h('p', { className: 'mt-1 text-sm' }, site.shiftRule),
        h('h2', { className: 'mt-4 text-base' }, t.footer.contact),
        contacts && Object.keys(contacts).length > 0
          ? contactList(contacts)
          : h('p', { className: 'mt-2' }, t.footer.contactUnknown),
      ),
      h(
        'section',
        null,
        h('h2', { className: 'text-base' }, t.footer.complaints),
        h(
          'ul',
          { className: 'mt-2' },
          h('li', null, h('a', null, t.footer.lapor)),
          site.complaints?.ombudsman && h('li', null, site.complaints.ombudsman),
          site.complaints?.local && h('li', null, site.complaints.local),
          site.surveyUrl && h('li', null, h('a', null, t.footer.survey)),
        ),
      ),
    ),
    h('p', { className: 'wrap pb-6 text-sm' }, t.antiScam),
  );
}

export function SitePreview(props: PreviewProps) {
  const site = read<Partial<Settings>>(props) ?? {};
  const closures = useSettings<{ cutiBersama: string }>(props, 'closures');
  const featured = useEntryNames(props, 'services', readList<string>(props, 'featuredServices'), 'title');
  const trialStart = dateOf(site.trial?.start);
  const trialEnd = dateOf(site.trial?.end);
  const week = weekText(hoursOf(site.hours), site.timeZone);
  const visitPage = useEntryName(props, 'pages', readText(props, 'visitPage'), 'title');
  const complaintsPage = useEntryName(props, 'pages', readText(props, 'complaintsPage'), 'title');
  const boothApplication = useEntryName(props, 'services', readText(props, 'boothApplication'), 'title');
  // The settings that only name things shown elsewhere, with the form's labels.
  const others: [string, unknown][] = [
    ['shortName', readText(props, 'shortName')],
    ['url', readText(props, 'url')],
    ['visitPage', visitPage],
    ['complaintsPage', complaintsPage],
    ['boothApplication', boothApplication],
    ['reviewPeriodMonths', read(props, 'reviewPeriodMonths')],
  ];
  return h(
    'div',
    { 'data-preview': 'site' },
    officialBand(site),
    announcement(props, site.announcement),
    h(
      'main',
      { className: 'wrap w-full flex-1 py-6' },
      h(
        'section',
        { className: 'rounded-lg bg-brand-50 p-4 md:p-5' },
        h('h1', null, site.name),
        h(
          'p',
          { className: 'mt-2' },
          h('span', { className: 'font-semibold' }, `${t.hours.title}:`),
          ` ${week}`,
          site.hoursNote && h('span', { className: 'text-sm whitespace-nowrap' }, ` (${t.service.hoursUnofficial})`),
        ),
        h('p', { className: 'mt-3 md:text-lg' }, t.home.intro),
        h('p', { className: 'mt-2' }, site.description),
        trialStart &&
          trialEnd &&
          h(
            'p',
            { className: 'mt-2' },
            h('strong', null, `${t.home.trial}:`),
            ` ${formatRange(trialStart, trialEnd)}. ${site.trial?.note ?? ''}`,
          ),
        hoursBlock(site, closures?.cutiBersama, [], 'mt-4'),
      ),
      featured.length > 0 &&
        h(
          'section',
          { className: 'mt-8' },
          h('h2', null, t.home.topServices),
          h(
            'ul',
            { className: 'mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3' },
            ...featured.map((title) => h('li', { className: 'card' }, h('a', { className: 'text-lg' }, title))),
          ),
        ),
    ),
    footer(site, closures?.cutiBersama),
    h(
      'dl',
      { className: 'wrap mt-6 grid gap-x-4 gap-y-1 pb-6 text-sm sm:grid-cols-[max-content_1fr]' },
      ...others
        .filter(([, value]) => value !== undefined && value !== '')
        .flatMap(([field, value]) => [
          h('dt', { className: 'font-semibold' }, fieldLabel(props, field)),
          h('dd', null, String(value)),
        ]),
    ),
  );
}
