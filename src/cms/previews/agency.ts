/** Preview of an agency, laid out like `src/pages/instansi/[id].astro`. */
import { t } from '../../i18n/id';
import { fill } from '../../i18n/fill';
import { reviewState } from '../../lib/review';
import { UNVERIFIED_NOTICE, feeBadge } from '../../lib/service-display';
import { SERVICE_CARDS_PER_PAGE } from '../../lib/service-lists';
import {
  Body,
  Page,
  contactList,
  dateOf,
  fact,
  factList,
  h,
  hoursBlock,
  hoursOf,
  read,
  readList,
  readText,
  reviewLine,
  section,
  today,
  unverifiedNotice,
  useEntries,
  useSettings,
  weekText,
  type Markdown,
  type PreviewProps,
  type SiteHours,
} from './shared';

interface ServiceData {
  title: string;
  agency: string;
  summary: string;
  fee: { status?: string };
}

/** A service of the agency (`ServiceCard.astro`). */
const serviceCard = (service: Partial<ServiceData>, agency: string) => {
  const fee = feeBadge(service.fee?.status ?? '');
  return h(
    'article',
    { className: 'card flex flex-col gap-1' },
    h('h3', { className: 'text-lg' }, h('a', null, service.title)),
    h('p', { className: 'text-sm font-semibold text-muted' }, agency),
    h('p', null, service.summary),
    service.fee?.status && h('p', null, h('span', { className: fee.className }, fee.label)),
  );
};

export const agencyPreview = (markdown: Markdown) =>
  function AgencyPreview(props: PreviewProps) {
    const site = useSettings<SiteHours & { reviewPeriodMonths: number }>(props, 'site');
    const closures = useSettings<{ cutiBersama: string }>(props, 'closures');
    const slug = String(props.entry.get('slug') ?? '');
    const services = (useEntries<ServiceData>(props, 'services') ?? []).filter((s) => slug && s.data.agency === slug);
    const verified = read(props, 'verified') === true;
    const shortName = readText(props, 'shortName');
    const kind = readText(props, 'kind');
    const own = hoursOf(read(props, 'hours'));
    const week = weekText(own.length > 0 ? own : hoursOf(site?.hours), site?.timeZone);
    const contacts = read<Record<string, string>>(props, 'contacts');
    const months = site?.reviewPeriodMonths;
    const { overdue } = reviewState(
      { verified, date: dateOf(read(props, 'lastReviewed')) },
      today(site?.timeZone),
      months,
    );
    return Page(
      [
        h('h1', null, readText(props, 'name')),
        factList(
          fact(
            t.service.counters,
            h('span', { className: 'font-semibold' }, readList<string>(props, 'counters').join(', ')),
            !verified && h('span', { className: 'text-sm' }, ` ${t.service.countersUnconfirmed}`),
          ),
          week &&
            fact(
              t.hours.title,
              week,
              site?.hoursNote &&
                h('span', { className: 'text-sm whitespace-nowrap' }, ` (${t.service.hoursUnofficial})`),
            ),
        ),
        h(
          'p',
          { className: 'mt-2 text-muted' },
          [shortName, t.agencies.kinds[kind as keyof typeof t.agencies.kinds] ?? kind].filter(Boolean).join(' · '),
        ),
        (!verified || overdue) &&
          h(
            'div',
            { className: 'mt-3 grid justify-items-start gap-1' },
            !verified && unverifiedNotice(t.agencies.unverifiedBody),
            // `DataNotices.astro` draws this notice like the unverified one.
            overdue &&
              h(
                'p',
                { className: UNVERIFIED_NOTICE.className, role: 'note' },
                h('strong', { className: UNVERIFIED_NOTICE.titleClassName }, t.review.overdue),
              ),
          ),
        Body(props, markdown, 'mt-6'),
        hoursBlock(site, closures?.cutiBersama, own),
        contacts && Object.keys(contacts).length > 0 && section('kontak', t.agencies.contacts, contactList(contacts)),
        services.length > 0 &&
          section(
            'layanan-instansi',
            t.agencies.servicesHere,
            h(
              'div',
              { className: 'mt-3 grid gap-3 sm:grid-cols-2' },
              ...services.slice(0, SERVICE_CARDS_PER_PAGE).map((s) => serviceCard(s.data, shortName)),
            ),
            services.length > SERVICE_CARDS_PER_PAGE &&
              h('p', { className: 'mt-3' }, h('a', null, fill(t.agencies.allServices, { count: services.length }))),
          ),
        h(
          'p',
          { className: 'mt-8 text-sm text-muted' },
          reviewLine(verified, read(props, 'lastReviewed'), shortName, months),
        ),
      ],
      { 'data-preview': 'agencies' },
    );
  };
