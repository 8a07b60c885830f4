/** Preview of a service guide, laid out like `src/pages/layanan/[id].astro`. */
import { t } from '../../i18n/id';
import {
  Body,
  Page,
  dateText,
  h,
  read,
  readList,
  readText,
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

const FEE_TONE: Record<string, string> = {
  gratis: 'bg-ok-50 text-ok-800 ring-ok-800',
  berbayar: 'bg-warn-50 text-warn-800 ring-warn-800',
  'belum-dikonfirmasi': 'bg-surface text-ink ring-muted',
};

const feeLabel = (status: string) => t.service.feeStatus[status as keyof typeof t.service.feeStatus] ?? status;

function requirementLine(req: Requirement) {
  const form = t.service.forms[req.form ?? ''] ?? '';
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

const section = (id: string, title: string, ...children: unknown[]) =>
  h('section', { 'aria-labelledby': id, className: 'mt-8' }, h('h2', { id }, title), ...(children as []));

export const servicePreview = (markdown: Markdown) =>
  function ServicePreview(props: PreviewProps) {
    const agency = useEntryName(props, 'agencies', readText(props, 'agency'), 'name');
    const status = readText(props, 'fee', 'status');
    const delivery = readText(props, 'delivery');
    return Page(
      [
        h('h1', null, readText(props, 'title')),
        h('p', { className: 'mt-2 text-lg' }, readText(props, 'summary')),
        h('p', { className: 'mt-2' }, h('span', { className: 'font-semibold' }, `${t.service.agency}:`), ` ${agency}`),
        !read(props, 'verified') &&
          h(
            'div',
            { className: 'my-4 rounded-md border-l-4 border-warn-800 bg-warn-50 p-3' },
            h('p', { className: 'font-bold' }, t.service.unverifiedTitle),
            h('p', null, t.service.unverifiedBody),
          ),
        h(
          'dl',
          { className: 'my-4 grid gap-3 sm:grid-cols-3' },
          h(
            'div',
            { className: 'card' },
            h('dt', { className: 'font-bold' }, t.service.fee),
            h(
              'dd',
              { className: 'mt-1' },
              status && h('span', { className: `tag ring-1 ${FEE_TONE[status] ?? ''}` }, feeLabel(status)),
            ),
          ),
          h(
            'div',
            { className: 'card' },
            h('dt', { className: 'font-bold' }, t.service.duration),
            h('dd', { className: 'mt-1' }, readText(props, 'duration', 'text')),
          ),
          h(
            'div',
            { className: 'card' },
            h('dt', { className: 'font-bold' }, t.service.delivery),
            h('dd', { className: 'mt-1' }, t.service.deliveryLabels[delivery] ?? delivery),
          ),
        ),
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
          h('p', { className: 'mt-2' }, h('strong', null, feeLabel(status))),
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
          `${t.service.lastReviewed} ${dateText(read(props, 'lastReviewed'))}.`,
        ),
      ],
      { 'data-preview': 'services' },
    );
  };
