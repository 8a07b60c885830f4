/**
 * Building blocks of the CMS previews. Previews are React (Decap renders them in an iframe
 * styled with the site's own CSS, see `preview-styles.ts`) and follow the markup and classes of
 * the public page components, so an editor sees what residents will see. Where a component
 * decides what to show (the fee badge, the unverified notice), both take it from `src/lib`.
 */
import { createElement as h, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { formatDate } from '../../lib/format';

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

/** "3 Februari 2025" for a `YYYY-MM-DD` value; the value itself when it is not a date yet. */
export function dateText(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return String(value ?? '');
  return formatDate(new Date(`${value}T00:00:00Z`));
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

function BodyPreview({ preview, markdown }: { preview: PreviewProps; markdown: Markdown }) {
  const ref = useRef<HTMLDivElement>(null);
  // Decap wraps the rendered Markdown in a div of its own; the site's `.prose` rules style the
  // children of the element that has the class, so the class goes on Decap's div.
  useEffect(() => ref.current?.firstElementChild?.classList.add('prose'));
  const value = literalHtml(readText(preview, 'body'));
  if (!value) return null;
  const field = preview.fields.find((f) => f?.get('name') === 'body');
  return h(
    'div',
    { ref, className: 'mt-8', 'data-preview-body': '' },
    markdown({ value, field, getAsset: preview.getAsset }),
  );
}

/** The body as the site will show it. */
export const Body = (props: PreviewProps, markdown: Markdown) => h(BodyPreview, { preview: props, markdown });

/** The name of the entry an id points at ("disdukcapil" → "Dinas Kependudukan …"), once loaded. */
export function useEntryName(props: PreviewProps, collection: string, id: string | undefined, field: string) {
  const [name, setName] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    setName(undefined);
    if (id)
      props
        .getCollection(collection, id)
        .then((entry) => {
          const value = (entry as unknown as { getIn: (path: string[]) => unknown }).getIn(['data', field]);
          if (live && typeof value === 'string') setName(value);
        })
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [collection, id, field]);
  return name ?? id ?? '';
}

/** The name of a category ("kain-tenun" → "Kain dan Tenun") from Pengaturan → Kategori, once loaded. */
export function useCategoryLabel(props: PreviewProps, list: 'services' | 'booths', id: string) {
  const [label, setLabel] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    props
      .getCollection('settings', 'categories')
      .then((entry) => {
        // Entries from getCollection hold plain data, unlike the entry being edited.
        const items = (entry as unknown as { getIn: (path: string[]) => unknown }).getIn(['data', list]);
        const categories = (Array.isArray(items) ? items : []) as { id?: string; label?: string }[];
        if (live) setLabel(categories.find((category) => category.id === id)?.label);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [list, id]);
  return label ?? id;
}
