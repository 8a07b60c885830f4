/**
 * Building blocks of the CMS previews. Previews are React (Decap renders them in an iframe
 * styled with the site's own CSS, see `preview-styles.ts`) and follow the markup and classes of
 * the public page components, so an editor sees what residents will see. Where a component
 * decides what to show (the fee badge, the unverified notice), both take it from `src/lib`.
 * What other entries and the settings hold (an agency's name, the opening hours) is loaded with
 * Decap's `getCollection` and appears a moment after the rest; until then it is left out, or
 * the id stands in for a name.
 */
import { createElement as h, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { t } from '../../i18n/id';
import { DEFAULT_TIME_ZONE } from '../../model/site';
import { buildDate } from '../../lib/date-windows';
import { formatDate } from '../../lib/format';
import type { DayHours } from '../../lib/hours';
import { summarizeWeek } from '../../lib/hours-text';
import { reviewSentence, reviewState } from '../../lib/review';
import { UNVERIFIED_NOTICE } from '../../lib/service-display';

export { h };
export type PreviewProps = PreviewTemplateComponentProps;

/** A field's value as plain JavaScript (Decap keeps entry data as Immutable.js structures). */
export function read<T = unknown>(props: PreviewProps, ...path: string[]): T | undefined {
  const value = props.entry.getIn(['data', ...path]) as { toJS?: () => unknown } | undefined;
  return (typeof value?.toJS === 'function' ? value.toJS() : value) as T | undefined;
}

export const readText = (props: PreviewProps, ...path: string[]) => {
  const value = read(props, ...path);
  return typeof value === 'string' ? value : '';
};

export const readList = <T>(props: PreviewProps, ...path: string[]): T[] => {
  const value = read<T[]>(props, ...path);
  return Array.isArray(value) ? value : [];
};

/** The items of a list of objects, without the empty slots of a half-added item. */
export const readItems = <T extends object>(props: PreviewProps, ...path: string[]): Partial<T>[] =>
  readList<unknown>(props, ...path).filter((item): item is Partial<T> => typeof item === 'object' && item !== null);

/**
 * A `YYYY-MM-DD` value as the UTC-midnight date the site's own functions take; undefined while
 * the editor has not picked a whole date.
 */
export function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "3 Februari 2025" for a `YYYY-MM-DD` value; the value itself when it is not a date yet. */
export function dateText(value: unknown): string {
  const date = dateOf(value);
  return date ? formatDate(date) : String(value ?? '');
}

/**
 * The day the site would be built for now, in the MPP's time zone (the schema's default zone
 * until the settings have loaded); a browser has no BUILD_DATE to pin it.
 */
export const today = (timeZone: string = DEFAULT_TIME_ZONE) => buildDate(timeZone, {});

type FieldMap = { get: (key: string) => unknown };
type FieldList = { find: (test: (field?: FieldMap) => boolean) => FieldMap | undefined };

/** The configured field at `path` (Decap passes the form's fields as Immutable maps). */
function fieldAt(props: PreviewProps, path: string[]): FieldMap | undefined {
  let fields = props.fields as unknown as FieldList | undefined;
  let field: FieldMap | undefined;
  for (const name of path) {
    field = fields?.find((f) => f?.get('name') === name);
    if (!field) return undefined;
    const single = field.get('field') as FieldMap | undefined;
    fields =
      (field.get('fields') as FieldList | undefined) ??
      (single && { find: (test) => (test(single) ? single : undefined) });
  }
  return field;
}

/** A field's Indonesian label, as the form shows it (the schema's title): "Berlaku sampai". */
export function fieldLabel(props: PreviewProps, ...path: string[]): string {
  const label = fieldAt(props, path)?.get('label');
  return typeof label === 'string' ? label : '';
}

/** The Indonesian label of a choice, as the form's select shows it; the value itself if unknown. */
export function optionText(props: PreviewProps, path: string[], value: string): string {
  const options = fieldAt(props, path)?.get('options') as
    { find: (test: (o?: FieldMap) => boolean) => FieldMap | undefined } | undefined;
  const label = options?.find((o) => o?.get('value') === value)?.get('label');
  return typeof label === 'string' ? label : value;
}

/** The page frame: the site's content column without header and footer. */
export const Page = (children: ReactNode[], attributes: Record<string, string> = {}) =>
  h('main', { className: 'wrap w-full flex-1 py-6' }, h('article', attributes, ...children));

/** Renders Markdown with Decap's own Markdown preview (bound in `index.ts`). */
export type Markdown = (props: { value: string; field: unknown; getAsset: unknown }) => ReactNode;

/**
 * Decap's Markdown preview renders HTML in the text as HTML; the site shows it as text (see
 * `mdx-escape.ts`). A backslash before each `<` makes the preview show `<b>` as `<b>` too.
 */
export const literalHtml = (markdown: string) =>
  markdown.replace(/(\\*)</g, (match: string, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\<` : match));

function BodyPreview({
  preview,
  markdown,
  className,
}: {
  preview: PreviewProps;
  markdown: Markdown;
  className: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Decap wraps the rendered Markdown in a div of its own; the site's `.prose` rules style the
  // children of the element that has the class, so the class goes on Decap's div.
  useEffect(() => ref.current?.firstElementChild?.classList.add('prose'));
  const value = literalHtml(readText(preview, 'body'));
  if (!value) return null;
  const field = preview.fields.find((f) => f?.get('name') === 'body');
  return h('div', { ref, className, 'data-preview-body': '' }, markdown({ value, field, getAsset: preview.getAsset }));
}

/** The body as the site will show it; `className` places it as the page does. */
export const Body = (props: PreviewProps, markdown: Markdown, className = 'mt-8') =>
  h(BodyPreview, { preview: props, markdown, className });

/** The data of an entry from `getCollection`, as plain JavaScript. */
function dataOf(entry: unknown): Record<string, unknown> | undefined {
  // Entries from getCollection mostly hold plain data, unlike the entry being edited.
  const value = (entry as { get: (key: string) => unknown }).get('data') as { toJS?: () => unknown } | undefined;
  const plain = typeof value?.toJS === 'function' ? value.toJS() : value;
  return plain && typeof plain === 'object' ? (plain as Record<string, unknown>) : undefined;
}

/** Every entry of a collection with its file name (slug), once loaded; the agency page's services. */
export function useEntries<T = Record<string, unknown>>(props: PreviewProps, collection: string) {
  const [entries, setEntries] = useState<{ slug: string; data: Partial<T> }[] | undefined>();
  useEffect(() => {
    let live = true;
    props
      .getCollection(collection)
      .then((list) => {
        const all = (list as unknown[]).map((entry) => ({
          slug: String((entry as { get: (key: string) => unknown }).get('slug')),
          data: (dataOf(entry) ?? {}) as Partial<T>,
        }));
        if (live) setEntries(all);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [collection]);
  return entries;
}

/**
 * The data of another entry (`getCollection`), once loaded: an agency a guide names, a settings
 * file. Undefined until then, and when there is no such entry.
 */
export function useEntry<T = Record<string, unknown>>(props: PreviewProps, collection: string, id: string | undefined) {
  const [data, setData] = useState<T | undefined>();
  useEffect(() => {
    let live = true;
    setData(undefined);
    if (id)
      props
        .getCollection(collection, id)
        .then((entry) => {
          const value = dataOf(entry);
          if (live && value) setData(value as T);
        })
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [collection, id]);
  return data;
}

/** A settings file (Pengaturan → …) as saved, once loaded. */
export const useSettings = <T>(props: PreviewProps, file: string) => useEntry<Partial<T>>(props, 'settings', file);

/** The name of the entry an id points at ("disdukcapil" → "Dinas Kependudukan …"), once loaded. */
export function useEntryName(props: PreviewProps, collection: string, id: string | undefined, field: string) {
  const value = useEntry(props, collection, id)?.[field];
  return typeof value === 'string' ? value : (id ?? '');
}

/** The names of the entries a list of ids points at, in the list's order; each id until loaded. */
export function useEntryNames(props: PreviewProps, collection: string, ids: string[], field: string): string[] {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = ids.join('\n');
  useEffect(() => {
    let live = true;
    Promise.all(
      ids.map((id) =>
        props
          .getCollection(collection, id)
          .then((entry) => [id, dataOf(entry)?.[field]])
          .catch(() => [id, undefined]),
      ),
    )
      .then((pairs) => {
        if (live) setNames(Object.fromEntries(pairs.filter(([, name]) => typeof name === 'string')));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [collection, key, field]);
  return ids.map((id) => names[id] ?? id);
}

/** Items with a separator between them, for inline lists of elements. */
export const joined = (items: ReactNode[], separator = ', ') =>
  items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));

/** The name of a category ("kain-tenun" → "Kain dan Tenun") from Pengaturan → Kategori, once loaded. */
export function useCategoryLabel(props: PreviewProps, list: 'services' | 'booths', id: string) {
  const items = useSettings<Record<typeof list, unknown>>(props, 'categories')?.[list];
  const categories = (Array.isArray(items) ? items : []) as { id?: string; label?: string }[];
  return categories.find((category) => category.id === id)?.label ?? id;
}

/**
 * The site's one-line notice (`UnverifiedNotice.astro`) for a page not yet confirmed by its
 * agency; the preview has no foot section to link to, so the explanation follows in the line.
 */
export const unverifiedNotice = (body: string = UNVERIFIED_NOTICE.body) =>
  h(
    'p',
    { className: UNVERIFIED_NOTICE.className, 'data-unverified': '', role: 'note' },
    h('strong', { className: UNVERIFIED_NOTICE.titleClassName }, UNVERIFIED_NOTICE.title),
    ` · ${body}`,
  );

/** The review line a guide or an agency page will show (`ReviewLine.astro`). */
export function reviewLine(verified: boolean, lastReviewed: unknown, agency: string, months?: number): string {
  return reviewSentence(
    reviewState({ verified, date: dateOf(String(lastReviewed ?? '').slice(0, 10)) }, new Date(), months),
    agency,
  );
}

/** "Contoh" and its explanation on sample figures (`SampleNote.astro` of the accountability pages). */
export const sampleNote = (sample: unknown) =>
  sample === true &&
  h(
    'p',
    { className: 'my-2 rounded-md border-l-4 border-warn-800 bg-warn-50 p-2', role: 'note', 'data-sample': '' },
    h('span', { className: 'tag bg-white ring-1 ring-warn-800' }, t.accountability.sample),
    ` ${t.accountability.sampleNote}`,
  );

/** Opening hours as far as the editor has filled them in: the days that have both times. */
export function hoursOf(value: unknown): DayHours[] {
  return (Array.isArray(value) ? value : []).filter(
    (day): day is DayHours =>
      typeof day?.day === 'string' && typeof day.open === 'string' && typeof day.close === 'string',
  );
}

/** What `OpenNow.astro` reads from Pengaturan → Identitas. */
export interface SiteHours {
  hours?: unknown;
  timeZone?: string;
  hoursNote?: string;
  shiftRule?: string;
}

/** "Senin–Jumat 08.00–15.00 WIB": the week as the site sums it up, in the MPP's time zone. */
export function weekText(hours: DayHours[], timeZone: string | undefined): string {
  const week = summarizeWeek(hours).join(', ');
  const zone = t.zones[timeZone as keyof typeof t.zones] ?? t.zones[DEFAULT_TIME_ZONE];
  return week ? `${week} ${zone}` : '';
}

/**
 * The hours block of `OpenNow.astro` without the live status: the week (an agency's own hours
 * when it has them), the holiday rule, the hours note and the shift rule. Parts not known yet
 * (settings still loading) are left out, and the block while nothing is.
 */
export function hoursBlock(
  site: SiteHours | undefined,
  cutiBersama: unknown,
  own: DayHours[] = [],
  className = 'mt-8',
) {
  const week = weekText(own.length > 0 ? own : hoursOf(site?.hours), site?.timeZone);
  const holidays = t.holidayLine[cutiBersama as keyof typeof t.holidayLine];
  if (!week && !holidays && !site?.hoursNote && !site?.shiftRule) return null;
  return h(
    'div',
    { className: `${className} block rounded-md border-l-4 border-brand-700 bg-surface p-3`, 'data-hours': '' },
    h(
      'p',
      null,
      h('span', { className: 'font-semibold' }, `${t.hours.title}: `),
      [week && `${week}.`, holidays].filter(Boolean).join(' '),
    ),
    site?.hoursNote && h('p', { className: 'text-sm' }, site.hoursNote),
    site?.shiftRule && h('p', { className: 'text-sm' }, site.shiftRule),
  );
}

interface Contacts {
  phone?: string;
  whatsapp?: string;
  email?: string;
  website?: string;
}

/** Official contact channels (`ContactList.astro`); a channel not filled in is not shown. */
export function contactList(contacts: Contacts | undefined) {
  const line = (label: string, value: string | undefined, shown = value) =>
    value && h('li', null, `${label}: `, h('a', null, shown));
  return h(
    'ul',
    { className: 'mt-2' },
    line(t.agencies.phone, contacts?.phone),
    line(t.agencies.whatsapp, contacts?.whatsapp, `+${contacts?.whatsapp}`),
    line(t.agencies.email, contacts?.email),
    line(t.agencies.website, contacts?.website, contacts?.website?.replace(/^https:\/\//, '')),
  );
}

/** One line of the key facts under a title (`Fact.astro`): "Label: value". */
export const fact = (label: string, ...value: unknown[]) =>
  h(
    'div',
    null,
    h('dt', { className: 'inline font-semibold' }, `${label}: `),
    h('dd', { className: 'inline' }, ...(value as [])),
  );

/** The key facts box under a title (`FactList.astro`). */
export const factList = (...facts: ReactNode[]) =>
  h(
    'dl',
    {
      className: 'mt-3 grid gap-x-6 gap-y-1 rounded-md border-l-4 border-brand-700 bg-surface px-3 py-2 md:grid-cols-2',
    },
    ...facts,
  );

/** A section of a page under its own heading. */
export const section = (id: string, title: string, ...children: unknown[]) =>
  h('section', { 'aria-labelledby': id, className: 'mt-8' }, h('h2', { id }, title), ...(children as []));
