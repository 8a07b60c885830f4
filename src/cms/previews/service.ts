/** Preview of a service guide, laid out like `src/pages/layanan/[id].astro`. */
import { t } from '../../i18n/id';
import { feeBadge } from '../../lib/service-display';
import {
  Body,
  Page,
  fact,
  factList,
  h,
  read,
  readList,
  readText,
  reviewLine,
  section,
  unverifiedNotice,
  useEntryName,
  type Markdown,
  type PreviewProps,
} from './shared';

interface Requirement {
  item?: string;
  form?: string;
  count?: number;
  note?: string;
}

function requirementLine(req: Requirement) {
  const form = t.service.forms[req.form as keyof typeof t.service.forms] ?? '';
  const extra = [form, req.count ? `${req.count} ${t.service.sheets}` : ''].filter(Boolean).join(', ');
  return h(
    'li',
    { className: 'flex gap-3 rounded-md border border-line p-3' },
    h('span', {
      'aria-hidden': 'true',
      className: 'mt-1 inline-block h-5 w-5 shrink-0 rounded-sm border-2 border-ink',
    }),
    h(
      'span',
      null,
      h('span', { className: 'font-semibold' }, req.item),
      extra && h('span', { className: 'text-muted' }, ` (${extra})`),
      req.note && h('span', { className: 'block text-sm' }, req.note),
    ),
  );
}

export const servicePreview = (markdown: Markdown) =>
  function ServicePreview(props: PreviewProps) {
    const agency = useEntryName(props, 'agencies', readText(props, 'agency'), 'name');
    const status = readText(props, 'fee', 'status');
    const fee = feeBadge(status);
    const delivery = readText(props, 'delivery');
    return Page(
      [
        h('h1', null, readText(props, 'title')),
        factList(
          fact(t.service.fee, status && h('span', { className: fee.className, 'data-fee': status }, fee.label)),
          fact(t.service.duration, readText(props, 'duration', 'text')),
          fact(
            t.service.delivery,
            t.service.deliveryLabels[delivery as keyof typeof t.service.deliveryLabels] ?? delivery,
          ),
        ),
        h('p', { className: 'mt-3' }, h('span', { className: 'font-semibold' }, `${t.service.agency}:`), ` ${agency}`),
        h('p', { className: 'mt-2 md:text-lg' }, readText(props, 'summary')),
        !read(props, 'verified') && h('div', { className: 'mt-3' }, unverifiedNotice()),
        section(
          'persyaratan',
          t.service.requirements,
          h(
            'ul',
            { className: 'mt-3 space-y-2', 'data-requirements': '' },
            ...readList<Requirement>(props, 'requirements').map(requirementLine),
          ),
        ),
        section(
          'prosedur',
          t.service.steps,
          h(
            'ol',
            { className: 'mt-3 list-decimal space-y-2 pl-6', 'data-steps': '' },
            ...readList<string>(props, 'steps').map((step) => h('li', null, step)),
          ),
        ),
        section('produk', t.service.product, h('p', { className: 'mt-2' }, readText(props, 'product'))),
        section(
          'biaya',
          t.service.fee,
          h('p', { className: 'mt-2' }, h('strong', null, fee.label)),
          readText(props, 'fee', 'details') && h('p', { className: 'mt-1' }, readText(props, 'fee', 'details')),
          h(
            'p',
            { className: 'mt-1' },
            h('span', { className: 'font-semibold' }, `${t.service.feeBasis}:`),
            ` ${readText(props, 'fee', 'basis')}`,
          ),
        ),
        section('pengaduan', t.service.complaints, h('p', { className: 'mt-2' }, readText(props, 'complaints'))),
        section(
          'dasar-hukum',
          t.service.legalBasis,
          h(
            'ul',
            { className: 'mt-2 list-disc pl-6' },
            ...readList<string>(props, 'legalBasis').map((law) => h('li', null, law)),
          ),
        ),
        Body(props, markdown),
        h(
          'p',
          { className: 'mt-8 text-sm text-muted' },
          reviewLine(read(props, 'verified') === true, read(props, 'lastReviewed'), agency),
        ),
      ],
      { 'data-preview': 'services' },
    );
  };
