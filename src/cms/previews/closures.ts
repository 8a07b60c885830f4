/**
 * Preview of Pengaturan → Hari libur: the days the MPP is closed with their reasons, the rule on
 * cuti bersama as the hours block states it (`OpenNow.astro`), the periods of special hours as
 * the site sums up a week, and the decrees they rest on.
 */
import { t } from '../../i18n/id';
import { formatRange } from '../../lib/format';
import {
  Page,
  dateOf,
  dateText,
  fieldLabel,
  h,
  hoursOf,
  read,
  readItems,
  readList,
  section,
  optionText,
  useSettings,
  weekText,
  type PreviewProps,
} from './shared';

interface Closure {
  date: string;
  name: string;
  kind: string;
}

interface Period {
  name: string;
  start: string;
  end: string;
  hours: unknown;
}

export function ClosuresPreview(props: PreviewProps) {
  const site = useSettings<{ timeZone: string }>(props, 'site');
  const rule = t.holidayLine[read(props, 'cutiBersama') as keyof typeof t.holidayLine];
  const periods = readItems<Period>(props, 'specialHours');
  const basis = readList<string>(props, 'basis').filter((line) => typeof line === 'string' && line);
  return Page(
    [
      h('h1', null, fieldLabel(props, 'closures')),
      rule && h('p', { className: 'mt-2 text-lg' }, rule),
      h(
        'ul',
        { className: 'mt-4 space-y-1' },
        ...readItems<Closure>(props, 'closures').map((closure) =>
          h(
            'li',
            null,
            h('strong', null, dateText(closure.date)),
            ` — ${closure.name ?? ''}`,
            closure.kind &&
              h('span', { className: 'text-muted' }, ` (${optionText(props, ['closures', 'kind'], closure.kind)})`),
          ),
        ),
      ),
      periods.length > 0 &&
        section(
          'jam-khusus',
          fieldLabel(props, 'specialHours'),
          h(
            'ul',
            { className: 'mt-3 space-y-3' },
            ...periods.map((period) => {
              const start = dateOf(period.start);
              const end = dateOf(period.end);
              return h(
                'li',
                { className: 'card' },
                h('h3', { className: 'text-lg' }, period.name),
                start && end && h('p', { className: 'text-sm text-muted' }, formatRange(start, end)),
                h('p', { className: 'mt-1' }, `${t.hours.title}: ${weekText(hoursOf(period.hours), site?.timeZone)}`),
              );
            }),
          ),
        ),
      basis.length > 0 &&
        section(
          'dasar-penetapan',
          fieldLabel(props, 'basis'),
          h('ul', { className: 'mt-2 list-disc pl-6' }, ...basis.map((line) => h('li', null, line))),
        ),
    ],
    { 'data-preview': 'closures' },
  );
}
