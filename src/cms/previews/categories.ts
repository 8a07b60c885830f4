/**
 * Preview of Pengaturan → Kategori: the service categories as the services list shows them
 * (`CategoryOverview.astro`, with each category's address), then the booth categories as the
 * UMKM page offers them (`BoothFilter.astro`).
 */
import { t } from '../../i18n/id';
import { paths } from '../../lib/routes';
import { Page, h, readItems, section, type PreviewProps } from './shared';

interface Category {
  id: string;
  label: string;
  description: string;
}

/** The category's page, once its code is a valid one. */
const address = (id: string | undefined, path: (id: string) => string) =>
  id && /^[a-z0-9-]+$/.test(id) && h('span', { className: 'block text-sm text-muted' }, path(id));

export function CategoriesPreview(props: PreviewProps) {
  return Page(
    [
      section(
        'menurut-kategori',
        t.services.byCategory,
        h(
          'ul',
          { className: 'mt-3 grid gap-3 sm:grid-cols-2' },
          ...readItems<Category>(props, 'services').map((category) =>
            h(
              'li',
              { className: 'card' },
              h('a', { className: 'text-lg font-semibold' }, category.label),
              address(category.id, (id) => paths.serviceCategory(id)),
              category.description && h('p', { className: 'mt-1' }, category.description),
            ),
          ),
        ),
      ),
      section(
        'kategori-gerai',
        t.booths.byCategory,
        h(
          'ul',
          { className: 'mt-3 flex flex-wrap gap-2' },
          ...readItems<Category>(props, 'booths').map((category) =>
            h('li', { className: 'card' }, h('a', null, category.label), address(category.id, paths.boothCategory)),
          ),
        ),
      ),
    ],
    { 'data-preview': 'categories' },
  );
}
