/**
 * Preview of a facility for vulnerable groups, laid out like its card on
 * `src/pages/akuntabilitas/fasilitas.astro`. The number of its mark on the plan depends on the
 * other facilities, so the preview names its area instead. That page does not show the body,
 * so neither does the preview.
 */
import { t } from '../../i18n/id';
import { fill } from '../../i18n/fill';
import { Page, h, read, readList, readText, sampleNote, type PreviewProps } from './shared';

const f = t.accountability.facilities;

export function FacilityPreview(props: PreviewProps) {
  const sample = read(props, 'sample') === true;
  const kind = readText(props, 'kind');
  const status = readText(props, 'status');
  const area = readText(props, 'area');
  const groups = readList<string>(props, 'groups').map((g) => f.groups[g as keyof typeof f.groups] ?? g);
  return Page(
    [
      h('h1', null, f.title),
      sampleNote(sample),
      h(
        'ul',
        { className: 'mt-6 grid gap-3 sm:grid-cols-2' },
        h(
          'li',
          { className: 'card' },
          h(
            'h2',
            { className: 'text-lg' },
            readText(props, 'name'),
            sample && h('span', { className: 'text-base font-normal' }, ` (${t.accountability.sample.toLowerCase()})`),
          ),
          h(
            'p',
            { className: 'mt-1 text-sm text-muted' },
            [f.kinds[kind as keyof typeof f.kinds] ?? kind, f.statuses[status as keyof typeof f.statuses] ?? status]
              .filter(Boolean)
              .join(' · '),
          ),
          h('p', { className: 'mt-1' }, readText(props, 'description')),
          h(
            'p',
            { className: 'mt-1 text-sm' },
            h('span', { className: 'font-semibold' }, `${f.for}:`),
            ` ${groups.join(', ')}`,
          ),
          h('p', { className: 'mt-1 text-sm' }, area ? fill(t.booths.onPlan, { slot: area }) : f.notOnPlan),
        ),
      ),
    ],
    { 'data-preview': 'facilities' },
  );
}
