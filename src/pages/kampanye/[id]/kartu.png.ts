/** The campaign's square image for social media, rendered from the entry at build time. */
import type { APIContext } from 'astro';
import sharp from 'sharp';
import { siteData, type Campaign } from '../../../lib/site-data';
import { campaignCardSvg } from '../../../lib/campaign-card';
import { absoluteUrl, paths } from '../../../lib/routes';
import { visibleCampaigns } from '../../../lib/campaigns';

export async function getStaticPaths() {
  const { campaigns, today } = await siteData();
  return visibleCampaigns(campaigns, today).map((campaign) => ({ params: { id: campaign.id }, props: { campaign } }));
}

export async function GET({ props }: APIContext<{ campaign: Campaign }>) {
  const { site } = await siteData();
  const { campaign } = props;
  const svg = campaignCardSvg({
    title: campaign.data.title,
    message: campaign.data.message,
    siteName: site.shortName,
    url: absoluteUrl(paths.campaign(campaign.id), site.url),
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
