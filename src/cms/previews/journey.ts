/** Preview of a life event, laid out like `src/pages/peristiwa/[id].astro`. */
import { t } from '../../i18n/id';
import { feeBadge } from '../../lib/service-display';
import { Body, Page, h, readItems, readText, useEntry, type Markdown, type PreviewProps } from './shared';

interface Step {
  title?: string;
  service?: string;
  note?: string;
}

interface ServiceData {
  agency: string;
  fee: { status?: string };
  requirements: { item?: string }[];
}

/** One step as a card: its service's agency, counters and fee, and what to bring, once loaded. */
function StepCard({ preview, step, number }: { preview: PreviewProps; step: Partial<Step>; number: number }) {
  const service = useEntry<Partial<ServiceData>>(preview, 'services', step.service);
  const agency = useEntry<{ shortName?: string; counters?: string[] }>(preview, 'agencies', service?.agency);
  const fee = feeBadge(service?.fee?.status ?? '');
  const counters = Array.isArray(agency?.counters) ? agency.counters.join(', ') : '';
  const requirements = Array.isArray(service?.requirements) ? service.requirements : [];
  return h(
    'li',
    { className: 'card' },
    h(
      'h2',
      { className: 'text-lg' },
      h('span', { className: 'text-muted' }, `${t.journeys.step} ${number}:`),
      ' ',
      h('a', null, step.title),
    ),
    service &&
      h(
        'p',
        { className: 'text-sm text-muted' },
        `${agency?.shortName ?? service.agency ?? ''} · ${t.service.counter} ${counters} · `,
        h('span', { className: fee.className }, fee.label),
      ),
    step.note && h('p', { className: 'mt-1' }, step.note),
    service && h('p', { className: 'mt-2 font-semibold' }, `${t.journeys.bring}:`),
    service && h('ul', { className: 'list-disc pl-6' }, ...requirements.map((req) => h('li', null, req.item))),
  );
}

export const journeyPreview = (markdown: Markdown) =>
  function JourneyPreview(props: PreviewProps) {
    return Page(
      [
        h('h1', null, readText(props, 'title')),
        h('p', { className: 'mt-2 text-lg' }, readText(props, 'summary')),
        h('p', { className: 'mt-3' }, h('a', null, t.plan.planAll)),
        Body(props, markdown, 'mt-4'),
        h(
          'ol',
          { className: 'mt-6 space-y-4' },
          ...readItems<Step>(props, 'steps').map((step, i) => h(StepCard, { preview: props, step, number: i + 1 })),
        ),
      ],
      { 'data-preview': 'journeys' },
    );
  };
