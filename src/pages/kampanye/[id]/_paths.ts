/** The campaigns that get pages, shared by the campaign page, its poster and its square image. */
import { siteData, type Campaign } from '../../../lib/site-data';
import { visibleCampaigns } from '../../../lib/campaigns';

export interface CampaignProps {
  campaign: Campaign;
}

export async function campaignPaths() {
  const { campaigns, today } = await siteData();
  return visibleCampaigns(campaigns, today).map((campaign) => ({
    params: { id: campaign.id },
    props: { campaign } satisfies CampaignProps,
  }));
}
