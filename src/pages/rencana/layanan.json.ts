/** /rencana/layanan.json: what the visit planner knows about every service (src/lib/plan-catalog.ts). */
import { planCatalog } from '../../lib/plan-catalog';
import { siteData } from '../../lib/site-data';

export async function GET() {
  return new Response(JSON.stringify(planCatalog(await siteData())), {
    headers: { 'content-type': 'application/json' },
  });
}
