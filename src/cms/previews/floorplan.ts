/**
 * Preview of Pengaturan → Denah: the plan as `FloorPlan.astro` draws it (with `drawPlan`, the
 * site's own layout), then every area with its kind and code. The visit page's preview draws
 * the saved plan with the same component.
 */
import type { ReactNode } from 'react';
import { t } from '../../i18n/id';
import { fill } from '../../i18n/fill';
import { counterRange, drawPlan } from '../../lib/floorplan';
import { AREA_KIND_OPTIONS, type AreaKind, type Floorplan, type FloorplanArea } from '../../model/floorplan';
import { Page, dateOf, fieldLabel, h, joined, read, today, useEntries, type PreviewProps } from './shared';

// The fills of `FloorPlan.astro`.
const FILL: Record<string, string> = {
  counter: 'fill-brand-50',
  booth: 'fill-warn-50',
  waiting: 'fill-white',
  entrance: 'fill-ok-50',
  parking: 'fill-surface',
};

const size = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The areas the site could draw: those with a code, a known kind and a whole position and size. */
function drawable(plan: Partial<Floorplan>): Floorplan | undefined {
  if (!size(plan.width) || !size(plan.height) || plan.width === 0 || plan.height === 0) return undefined;
  const areas = (Array.isArray(plan.areas) ? plan.areas : [])
    .filter(
      (a): a is FloorplanArea =>
        typeof a?.id === 'string' &&
        Object.hasOwn(AREA_KIND_OPTIONS, a.kind) &&
        size(a.x) &&
        size(a.y) &&
        size(a.w) &&
        size(a.h) &&
        a.w > 0 &&
        a.h > 0,
    )
    .map((a) => ({ ...a, counters: strings(a.counters) }));
  return { title: plan.title ?? '', note: plan.note, width: plan.width, height: plan.height, areas };
}

interface BoothData {
  code: string;
  slot: string;
  business: string;
  schedule: { start?: string; end?: string }[];
}

/**
 * The drawing and the list under it. `list` replaces the site's list (the areas in words) with
 * one of the caller's; counters and booths are named once their entries have loaded.
 */
export function PlanView({
  preview,
  plan,
  list,
}: {
  preview: PreviewProps;
  plan?: Partial<Floorplan>;
  list?: ReactNode[];
}) {
  const agencies = useEntries<{ shortName: string; counters: string[] }>(preview, 'agencies') ?? [];
  const booths = useEntries<BoothData>(preview, 'booths') ?? [];
  const whole = plan && drawable(plan);
  const areas = whole
    ? drawPlan(
        whole,
        agencies.map((a) => ({
          id: a.slug,
          shortName: a.data.shortName ?? a.slug,
          counters: strings(a.data.counters),
        })),
        booths.map((b) => ({
          id: b.slug,
          code: b.data.code ?? '',
          slot: b.data.slot ?? '',
          business: b.data.business ?? '',
          schedule: (Array.isArray(b.data.schedule) ? b.data.schedule : []).flatMap((p) => {
            const start = dateOf(p?.start);
            const end = dateOf(p?.end);
            return start && end ? [{ start, end }] : [];
          }),
        })),
        today(),
      )
    : [];
  return h(
    'section',
    { className: 'mt-8', 'data-floorplan': '' },
    h('h2', null, plan?.title),
    plan?.note && h('p', { className: 'mt-1 text-sm' }, plan.note),
    whole &&
      h(
        'div',
        { className: 'mt-3 max-w-3xl overflow-x-auto' },
        h(
          'svg',
          {
            viewBox: `-0.5 -0.5 ${whole.width + 1} ${whole.height + 1}`,
            className: 'h-auto w-full min-w-[40rem] rounded-md border border-line bg-white',
            role: 'group',
          },
          ...areas.map((area) =>
            h(
              'g',
              { role: 'img', 'aria-label': area.name },
              h('rect', {
                x: area.x,
                y: area.y,
                width: area.w,
                height: area.h,
                className: `${FILL[area.kind] ?? 'fill-surface'} stroke-muted`,
                strokeWidth: 0.1,
              }),
              h(
                'text',
                {
                  x: area.x + area.w / 2,
                  y: area.labelY,
                  fontSize: area.fontSize,
                  textAnchor: 'middle',
                  className: 'fill-ink',
                },
                ...joined(
                  area.lines.map((line, i) =>
                    h(
                      'tspan',
                      {
                        x: area.x + area.w / 2,
                        dy: i === 0 ? `${0.35 - (area.lines.length - 1) * 0.6}em` : '1.2em',
                        fontWeight: i === 0 ? 700 : 400,
                      },
                      line,
                    ),
                  ),
                  ' ',
                ),
              ),
            ),
          ),
        ),
      ),
    h(
      'details',
      { className: 'mt-3', open: true },
      h('summary', { className: 'cursor-pointer font-semibold' }, t.floorplan.list),
      h(
        'ul',
        { className: 'mt-2 columns-1 sm:columns-2' },
        ...(list ?? areas.map((area) => h('li', null, area.href ? h('a', null, area.description) : area.description))),
      ),
    ),
  );
}

/** An area in words for the editor: code, then kind (a counter's numbers) and name, whatever is filled in. */
function areaLine(area: Partial<FloorplanArea>) {
  const counters = strings(area.counters);
  const kind =
    area.kind === 'counter' && counters.length > 0
      ? fill(t.floorplan.counter, { counters: counterRange(counters) })
      : (AREA_KIND_OPTIONS[area.kind as AreaKind] ?? '');
  return h('li', null, h('strong', null, area.id), ` — ${[kind, area.label].filter(Boolean).join(': ')}`);
}

export function FloorplanPreview(props: PreviewProps) {
  const plan = read<Partial<Floorplan>>(props) ?? {};
  const areas = (Array.isArray(plan.areas) ? plan.areas : []).filter((area) => typeof area === 'object' && area);
  return Page(
    [
      h(PlanView, { preview: props, plan, list: areas.map(areaLine) }),
      h(
        'p',
        { className: 'mt-3 text-sm text-muted' },
        `${fieldLabel(props, 'width')}: ${plan.width ?? ''} · ${fieldLabel(props, 'height')}: ${plan.height ?? ''}`,
      ),
    ],
    { 'data-preview': 'floorplan' },
  );
}
