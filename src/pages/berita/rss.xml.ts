/** RSS feed of the news, newest first, with each item's full summary. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteData } from '../../lib/site-data';
import { absoluteUrl, paths } from '../../lib/routes';
import { escapeHtml } from '../../lib/escape';
import { t } from '../../i18n/id';

export async function GET(context: APIContext) {
  const { site, news } = await siteData();
  const base = context.site ?? site.url;
  const self = absoluteUrl(`${paths.news()}rss.xml`, base);
  return rss({
    title: `${t.news.title} — ${site.name}`,
    description: `${t.news.intro} ${site.description}`,
    site: base,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>id</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: news.map((item) => ({
      title: item.data.title,
      pubDate: item.data.date,
      // RSS readers treat a description as HTML: the summary is text, so it is escaped as HTML
      // here and then once more as XML by the feed writer ("<50" must not become a tag).
      description: escapeHtml(item.data.summary),
      link: absoluteUrl(paths.newsItem(item.id), base),
      categories: item.data.tags,
    })),
  });
}
