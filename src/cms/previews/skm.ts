/**
 * Preview of one period's SKM results, laid out like its section on
 * `src/pages/akuntabilitas/survei-kepuasan.astro`: the bar chart (`SkmChart.astro`, laid out by
 * the site's `barChart`), the table (`SkmTable.astro`) and the body.
 */
import { t } from '../../i18n/id';
import { fill } from '../../i18n/fill';
import { formatRange } from '../../lib/format';
import { barChart, formatIndex, type ChartRow } from '../../lib/skm-chart';
import {
  Body,
  Page,
  dateOf,
  h,
  read,
  readItems,
  readText,
  sampleNote,
  useEntryNames,
  type Markdown,
  type PreviewProps,
} from './shared';

const s = t.accountability.skm;

interface Result {
  agency: string;
  respondents: number;
  index: number;
  grade: keyof typeof s.grades;
  lowest: (keyof typeof s.elements)[];
  followUp: string;
  followUpStatus: keyof typeof s.followUpStatus;
}

function chart(rows: ChartRow[], period: string, sample: boolean) {
  const c = barChart(rows, period);
  const title = `${fill(s.chartTitle, { period })}${sample ? ` (${t.accountability.sample.toLowerCase()})` : ''}`;
  const text = (x: number, y: number, value: string, attributes: Record<string, unknown> = {}) =>
    h('text', { x, y, fontSize: 14, className: 'fill-ink', ...attributes }, value);
  return h(
    'figure',
    { className: 'mt-4 max-w-3xl' },
    h(
      'svg',
      { viewBox: `0 0 ${c.width} ${c.height}`, className: 'h-auto w-full', role: 'img' },
      h('title', null, title),
      h('desc', null, c.summary),
      ...c.ticks.flatMap((tick) => [
        h('line', { x1: tick.x, x2: tick.x, y1: c.top - 6, y2: c.height, className: 'stroke-line', strokeWidth: 1 }),
        text(tick.x, c.top - 10, tick.label, { fontSize: 12, textAnchor: 'middle', className: 'fill-muted' }),
      ]),
      ...c.bars.flatMap((bar) => [
        text(c.plotX - 8, bar.y + c.barHeight / 2 + 5, bar.label, { textAnchor: 'end' }),
        h('rect', { x: c.plotX, y: bar.y, width: bar.width, height: c.barHeight, className: 'fill-brand-700' }),
        text(c.plotX + bar.width + 6, bar.y + c.barHeight / 2 + 5, bar.valueText),
      ]),
    ),
    h('figcaption', { className: 'mt-1 text-sm' }, c.summary),
  );
}

export const skmPreview = (markdown: Markdown) =>
  function SkmPreview(props: PreviewProps) {
    const title = readText(props, 'title');
    const start = dateOf(read(props, 'start'));
    const end = dateOf(read(props, 'end'));
    const sample = read(props, 'sample') === true;
    const method = readText(props, 'method');
    const results = readItems<Result>(props, 'results');
    const ids = results.flatMap((r) => (r.agency ? [r.agency] : []));
    const names = useEntryNames(props, 'agencies', ids, 'shortName');
    const units = results.map((r) => (r.agency ? names[ids.indexOf(r.agency)] : s.whole));
    const rows = results.flatMap((r, i) => (typeof r.index === 'number' ? [{ label: units[i], value: r.index }] : []));
    const cell = (value: unknown) => h('td', null, value as string);
    return Page(
      [
        h('h1', null, s.title),
        h(
          'section',
          { className: 'mt-8' },
          h('h2', null, title),
          start &&
            end &&
            h('p', { className: 'text-sm text-muted' }, `${t.accountability.period}: ${formatRange(start, end)}`),
          sampleNote(sample),
          method &&
            h('p', { className: 'mt-2' }, h('span', { className: 'font-semibold' }, `${s.method}:`), ` ${method}`),
          rows.length > 0 && chart(rows, title, sample),
          h(
            'section',
            { className: 'mt-3 overflow-x-auto' },
            h(
              'table',
              { className: 'data-table' },
              h('caption', null, fill(s.table, { period: title })),
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  h('th', { scope: 'col' }, s.unit),
                  h('th', { scope: 'col', className: 'num' }, s.respondents),
                  h('th', { scope: 'col', className: 'num' }, s.index),
                  h('th', { scope: 'col' }, s.grade),
                  h('th', { scope: 'col' }, s.lowest),
                  h('th', { scope: 'col' }, s.followUp),
                  h('th', { scope: 'col' }, s.status),
                ),
              ),
              h(
                'tbody',
                null,
                ...results.map((r, i) =>
                  h(
                    'tr',
                    null,
                    h('th', { scope: 'row' }, units[i]),
                    h('td', { className: 'num' }, r.respondents),
                    h('td', { className: 'num' }, typeof r.index === 'number' ? formatIndex(r.index) : ''),
                    cell(r.grade ? (s.grades[r.grade] ?? r.grade) : '–'),
                    cell((Array.isArray(r.lowest) ? r.lowest : []).map((e) => s.elements[e] ?? e).join(', ') || '–'),
                    cell(r.followUp),
                    cell(r.followUpStatus && (s.followUpStatus[r.followUpStatus] ?? r.followUpStatus)),
                  ),
                ),
              ),
            ),
          ),
          Body(props, markdown, 'mt-3'),
        ),
      ],
      { 'data-preview': 'skm' },
    );
  };
