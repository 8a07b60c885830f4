/** Preview of a UMKM booth, laid out like `src/pages/umkm/[id].astro`. */
import { t } from '../../i18n/id';
import {
  Body,
  Page,
  dateText,
  h,
  read,
  readList,
  readText,
  useCategoryLabel,
  type Markdown,
  type PreviewProps,
} from './shared';

interface Product {
  name?: string;
  price?: string;
}
interface Period {
  start?: string;
  end?: string;
}

const row = (term: string, value: string) => [h('dt', { className: 'font-semibold' }, term), h('dd', null, value)];

const listSection = (title: string, items: string[]) =>
  h(
    'section',
    { className: 'mt-6' },
    h('h2', null, title),
    h('ul', { className: 'mt-2 list-disc pl-6' }, ...items.map((item) => h('li', null, item))),
  );

export const boothPreview = (markdown: Markdown) =>
  function BoothPreview(props: PreviewProps) {
    const photo = read<{ src?: string; alt?: string }>(props, 'photo');
    const origin = readText(props, 'origin');
    const category = useCategoryLabel(props, 'booths', readText(props, 'category'));
    return Page(
      [
        h('h1', null, readText(props, 'business')),
        h(
          'dl',
          { className: 'mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]' },
          ...row(t.booths.code, readText(props, 'code')),
          ...row(t.booths.category, category),
          ...row(t.booths.owner, readText(props, 'owner')),
          ...(origin ? row(t.booths.origin, origin) : []),
        ),
        photo?.src &&
          h('img', {
            src: props.getAsset(photo.src)?.toString(),
            alt: photo.alt ?? '',
            className: 'mt-4 h-auto max-w-full rounded-md',
          }),
        listSection(
          t.booths.products,
          readList<Product>(props, 'products').map((p) => (p.price ? `${p.name} — ${p.price}` : (p.name ?? ''))),
        ),
        listSection(
          t.booths.schedule,
          readList<Period>(props, 'schedule').map((p) => `${dateText(p.start)} – ${dateText(p.end)}`),
        ),
        readText(props, 'whatsapp') && h('p', { className: 'mt-6' }, h('span', { className: 'button' }, t.booths.chat)),
        Body(props, markdown),
      ],
      { 'data-preview': 'booths' },
    );
  };
