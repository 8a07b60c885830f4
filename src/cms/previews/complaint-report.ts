/**
 * Preview of a complaints recap, laid out like its row and its column in the two tables of
 * `src/pages/akuntabilitas/rekap-pengaduan.astro`. That page does not show the body, so neither
 * does the preview.
 */
import type { ReactNode } from 'react';
import { t } from '../../i18n/id';
import { formatRange, resolvedShare } from '../../lib/format';
import { COMPLAINT_CHANNELS } from '../../model/complaint-reports';
import { Page, dateOf, h, read, readItems, readText, sampleNote, type PreviewProps } from './shared';

const c = t.accountability.complaints;

const count = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** A table of the page (`TableFrame.astro` around a `.data-table`): a header row, then rows led by a header cell. */
const table = (caption: string, head: string[], rows: ReactNode[][]) =>
  h(
    'section',
    { className: 'mt-3 overflow-x-auto' },
    h(
      'table',
      { className: 'data-table' },
      h('caption', null, caption),
      h(
        'thead',
        null,
        h('tr', null, ...head.map((cell, i) => h('th', { scope: 'col', className: i > 0 ? 'num' : undefined }, cell))),
      ),
      h(
        'tbody',
        null,
        ...rows.map(([first, ...cells]) =>
          h('tr', null, h('th', { scope: 'row' }, first), ...cells.map((cell) => h('td', { className: 'num' }, cell))),
        ),
      ),
    ),
  );

export function ComplaintReportPreview(props: PreviewProps) {
  const start = dateOf(read(props, 'start'));
  const end = dateOf(read(props, 'end'));
  const sample = read(props, 'sample') === true;
  const title = `${readText(props, 'title')}${sample ? ` (${t.accountability.sample.toLowerCase()})` : ''}`;
  const received = count(read(props, 'received'));
  const resolved = count(read(props, 'resolved'));
  const channels = readItems<{ channel: string; count: number }>(props, 'channels');
  // The page lists the channels in a fixed order and leaves out those nobody used.
  const used = COMPLAINT_CHANNELS.map((channel) => ({
    channel,
    count: channels.filter((e) => e.channel === channel).reduce((sum, e) => sum + (count(e.count) ?? 0), 0),
  })).filter((row) => row.count > 0);
  return Page(
    [
      h('h1', null, c.title),
      sampleNote(sample),
      h(
        'div',
        { className: 'mt-6' },
        h('h2', null, c.summary),
        table(
          c.summary,
          [t.accountability.period, c.received, c.resolved, c.resolvedShare, c.median],
          [
            [
              h(
                'span',
                null,
                title,
                start &&
                  end &&
                  h('span', { className: 'block text-sm font-normal text-muted' }, formatRange(start, end)),
              ),
              received,
              resolved,
              resolvedShare(resolved ?? 0, received ?? 0),
              count(read(props, 'medianResponseDays')),
            ],
          ],
        ),
      ),
      h(
        'div',
        { className: 'mt-8' },
        h('h2', null, c.channels),
        table(
          c.channels,
          [c.channel, title],
          used.map((row) => [c.channelLabels[row.channel], row.count]),
        ),
      ),
    ],
    { 'data-preview': 'complaint-reports' },
  );
}
