/**
 * Preview of a service status notice, laid out like its item on `src/pages/status-layanan.astro`
 * (`StatusNotices.astro` with the services it concerns).
 */
import { t } from '../../i18n/id';
import { fill } from '../../i18n/fill';
import { noticeWhen } from '../../lib/notice-text';
import { noticePhase } from '../../lib/notices';
import {
  Page,
  dateOf,
  h,
  joined,
  read,
  readList,
  readText,
  today,
  useEntryNames,
  useSettings,
  type PreviewProps,
} from './shared';

/** Where the status page lists the notice on the build day; one yet to start is not listed yet. */
const HEADINGS = { berlaku: t.notices.current, berakhir: t.notices.archive, 'akan-datang': '' };

export function NoticePreview(props: PreviewProps) {
  const site = useSettings<{ timeZone: string }>(props, 'site');
  const kind = readText(props, 'kind');
  const start = dateOf(read(props, 'start'));
  const data = { services: [], agencies: [], start: start as Date, end: dateOf(read(props, 'end')) };
  const day = today(site?.timeZone);
  const agencies = useEntryNames(props, 'agencies', readList<string>(props, 'agencies'), 'shortName');
  const services = useEntryNames(props, 'services', readList<string>(props, 'services'), 'title');
  const affected = [...agencies.map((agency) => fill(t.notices.allOf, { agency })), ...services];
  const instead = readText(props, 'instead');
  const heading = start && HEADINGS[noticePhase(data, day)];
  return Page(
    [
      h('h1', null, t.notices.title),
      heading && h('h2', { className: 'mt-8' }, heading),
      h(
        'ul',
        { className: 'mt-3 grid gap-2' },
        h(
          'li',
          { className: 'rounded-md border-l-4 border-warn-800 bg-warn-50 px-3 py-2' },
          h(
            'p',
            null,
            h('strong', null, t.notices.kinds[kind as keyof typeof t.notices.kinds] ?? kind),
            start && ` · ${noticeWhen(data, day)}`,
          ),
          h('p', { className: 'mt-1' }, readText(props, 'message')),
          instead && h('p', { className: 'mt-1' }, h('strong', null, `${t.notices.instead}:`), ` ${instead}`),
          affected.length > 0 &&
            h(
              'p',
              { className: 'mt-1 text-sm', 'data-affected': '' },
              `${t.notices.concerns}: `,
              ...joined(affected.map((name) => h('a', null, name))),
            ),
        ),
      ),
    ],
    { 'data-preview': 'notices' },
  );
}
