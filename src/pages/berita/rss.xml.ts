/** RSS feed of the news, newest first, with each item's full summary. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteData } from '../../lib/site-data';
import { absoluteUrl, paths } from '../../lib/routes';
import { t } from '../../i18n/id';

export async function GET(context: APIContext) {
  const { site, news } = await siteData();
  return rss({
    title: `${t.news.title} — ${site.name}`,
    description: `${t.news.intro} ${site.description}`,
    site: context.site ?? site.url,
    customData: '<language>id</language>',
    items: news.map((item) => ({
      title: item.data.title,
      pubDate: item.data.date,
      description: item.data.summary,
      link: absoluteUrl(paths.newsItem(item.id), context.site ?? site.url),
      categories: item.data.tags,
    })),
  });
}
