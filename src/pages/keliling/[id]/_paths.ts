/** The outreach days that get pages (all published ones), shared by the page and its poster. */
import { siteData, type OutreachDay } from '../../../lib/site-data';

export interface OutreachProps {
  day: OutreachDay;
}

export async function outreachPaths() {
  const { outreach } = await siteData();
  return [...outreach.upcoming, ...outreach.past].map((day) => ({
    params: { id: day.id },
    props: { day } satisfies OutreachProps,
  }));
}
