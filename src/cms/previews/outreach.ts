/** Preview of an outreach day (MPP keliling), laid out like `src/pages/keliling/[id]/index.astro`. */
import { t } from '../../i18n/id';
import { DEFAULT_TIME_ZONE } from '../../model/site';
import { outreachPlace, outreachShareText, outreachWhen } from '../../lib/outreach';
import {
  Body,
  Page,
  dateOf,
  h,
  read,
  readList,
  readText,
  today,
  useEntryNames,
  useSettings,
  type Markdown,
  type PreviewProps,
} from './shared';

export const outreachPreview = (markdown: Markdown) =>
  function OutreachPreview(props: PreviewProps) {
    const site = useSettings<{ timeZone: keyof typeof t.zones }>(props, 'site');
    const zone = t.zones[site?.timeZone ?? DEFAULT_TIME_ZONE] ?? t.zones[DEFAULT_TIME_ZONE];
    const services = useEntryNames(props, 'services', readList<string>(props, 'services'), 'title');
    const date = dateOf(read(props, 'date'));
    const day = {
      title: readText(props, 'title'),
      date: date as Date,
      start: readText(props, 'start'),
      end: readText(props, 'end'),
      place: readText(props, 'place'),
      district: readText(props, 'district'),
      village: readText(props, 'village') || undefined,
    };
    // The site's sentences need a whole date and both times; a half-filled form shows what it has.
    const complete = Boolean(date && day.start && day.end);
    const when = complete ? outreachWhen(day, zone) : '';
    const place = day.district ? outreachPlace(day) : [day.place, day.village].filter(Boolean).join(', ');
    const note = readText(props, 'note');
    return Page(
      [
        h('h1', null, day.title),
        date &&
          date.getTime() < today(site?.timeZone).getTime() &&
          h('p', { className: 'mt-2 font-semibold' }, t.outreach.past),
        h(
          'dl',
          { className: 'mt-4 grid gap-2 sm:grid-cols-[auto_1fr] sm:gap-x-4' },
          h('dt', { className: 'font-semibold' }, t.outreach.when),
          h('dd', null, when),
          h('dt', { className: 'font-semibold' }, t.outreach.where),
          h('dd', null, place),
        ),
        h(
          'section',
          { className: 'mt-6' },
          h('h2', null, t.outreach.services),
          h('ul', { className: 'mt-2 list-disc pl-6' }, ...services.map((title) => h('li', null, h('a', null, title)))),
          h('p', { className: 'mt-2 text-sm' }, t.outreach.servicesHint),
        ),
        note && h('p', { className: 'mt-4' }, h('strong', null, `${t.outreach.note}:`), ` ${note}`),
        Body(props, markdown, 'mt-4'),
        complete &&
          h(
            'section',
            { className: 'mt-8 rounded-md border border-line p-4' },
            h('h2', { className: 'text-lg' }, t.share.title),
            h('p', { className: 'mt-3' }, h('span', { className: 'button' }, t.share.whatsapp)),
            h('p', { className: 'mt-3 text-sm' }, outreachShareText(day, services, zone)),
          ),
      ],
      { 'data-preview': 'outreach' },
    );
  };
