/** The campaign's square image for social media, rendered from the entry at build time. */
import type { APIContext } from 'astro';
import sharp from 'sharp';
import { siteData } from '../../../lib/site-data';
import { campaignCardSvg } from '../../../lib/campaign-card';
import { absoluteUrl, paths } from '../../../lib/routes';
import { campaignPaths, type CampaignProps } from './_paths';

export const getStaticPaths = campaignPaths;

export async function GET({ props }: APIContext<CampaignProps>) {
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
