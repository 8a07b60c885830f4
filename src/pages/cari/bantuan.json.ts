/** /cari/bantuan.json: direct answers and no-result help for search (see src/lib/search-help.ts). */
import { buildSearchHelp } from '../../lib/search-help';
import { siteData } from '../../lib/site-data';

export async function GET() {
  return new Response(JSON.stringify(buildSearchHelp(await siteData())), {
    headers: { 'content-type': 'application/json' },
  });
}
