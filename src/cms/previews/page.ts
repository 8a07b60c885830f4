/**
 * Preview of a fixed page, laid out like `src/pages/[page].astro`. The page that Pengaturan →
 * Identitas names as the visit page also shows the hours and the floor plan, as on the site.
 */
import { Fragment } from 'react';
import type { Floorplan } from '../../model/floorplan';
import { t } from '../../i18n/id';
import { PlanView } from './floorplan';
import {
  Body,
  Page,
  dateText,
  h,
  hoursBlock,
  readText,
  useSettings,
  type Markdown,
  type PreviewProps,
  type SiteHours,
} from './shared';

/** What only the visit page has: the hours with the holiday rule and the calendars, then the plan. */
function VisitParts({ preview, site }: { preview: PreviewProps; site: SiteHours }) {
  const closures = useSettings<{ cutiBersama: string }>(preview, 'closures');
  return h(
    Fragment,
    null,
    hoursBlock(site, closures?.cutiBersama, [], 'mt-4'),
    h(
      'ul',
      { className: 'mt-2 list-disc pl-6' },
      h('li', null, h('a', null, t.calendar.subscribe)),
      h('li', null, h('a', null, t.outreach.calendar)),
    ),
  );
}

function VisitPlan({ preview }: { preview: PreviewProps }) {
  const plan = useSettings<Floorplan>(preview, 'floorplan');
  return plan ? h(PlanView, { preview, plan }) : null;
}

export const pagePreview = (markdown: Markdown) =>
  function PagePreview(props: PreviewProps) {
    const site = useSettings<SiteHours & { visitPage: string }>(props, 'site');
    const isVisitPage = Boolean(site?.visitPage) && site?.visitPage === props.entry.get('slug');
    const lastReviewed = readText(props, 'lastReviewed');
    return Page(
      [
        h('h1', null, readText(props, 'title')),
        h('p', { className: 'mt-2 text-lg' }, readText(props, 'summary')),
        site && isVisitPage && h(VisitParts, { preview: props, site }),
        Body(props, markdown, 'mt-6'),
        isVisitPage && h(VisitPlan, { preview: props }),
        lastReviewed &&
          h('p', { className: 'mt-8 text-sm text-muted' }, `${t.service.lastReviewed} ${dateText(lastReviewed)}.`),
      ],
      { 'data-preview': 'pages' },
    );
  };
