/** Preview of a news item, laid out like `src/pages/berita/[id].astro`. */
import { t } from '../../i18n/id';
import { Body, Page, dateText, h, read, readList, readText, type Markdown, type PreviewProps } from './shared';

export const newsPreview = (markdown: Markdown) =>
  function NewsPreview(props: PreviewProps) {
    const cover = read<{ src?: string; alt?: string }>(props, 'cover');
    const tags = readList<string>(props, 'tags');
    return Page(
      [
        h('h1', null, readText(props, 'title')),
        h('p', { className: 'mt-2 text-muted' }, dateText(read(props, 'date'))),
        cover?.src &&
          h('img', {
            src: props.getAsset(cover.src)?.toString(),
            alt: cover.alt ?? '',
            className: 'mt-4 h-auto w-full rounded-md',
          }),
        h('p', { className: 'mt-4 text-lg' }, readText(props, 'summary')),
        Body(props, markdown),
        tags.length > 0 &&
          h(
            'p',
            { className: 'mt-6' },
            h('span', { className: 'font-semibold' }, `${t.news.tags}:`),
            ` ${tags.join(', ')}`,
          ),
      ],
      { 'data-preview': 'news' },
    );
  };
