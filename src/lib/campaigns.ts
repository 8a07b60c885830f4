/** Which campaigns get pages: those that have started (running or archived), decided at build. */
import { campaignPhase } from './date-windows';

export function visibleCampaigns<T extends { data: { start: Date; end: Date } }>(campaigns: T[], today: Date): T[] {
  return campaigns.filter((campaign) => campaignPhase(campaign.data, today) !== 'akan-datang');
}
