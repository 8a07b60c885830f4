/** Date-window rules decided at build time: booth rotation status and campaign visibility. */

export type BoothStatus = 'aktif' | 'akan-datang' | 'selesai';

interface Period {
  start: Date;
  end: Date;
}

/** The day the site is built for, as a UTC-midnight date. BUILD_DATE=YYYY-MM-DD pins it (tests). */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const pinned = env.BUILD_DATE;
  if (pinned) {
    const date = new Date(`${pinned}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`BUILD_DATE "${pinned}" is not a date (YYYY-MM-DD)`);
    return date;
  }
  // The calendar day in WIB; the site is rebuilt daily so "today" is the MPP's today.
  const local = new Date(now.getTime() + 7 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/** Whether `day` falls inside a period, both ends inclusive. */
export function within(period: Period, day: Date): boolean {
  return period.start.getTime() <= day.getTime() && day.getTime() <= period.end.getTime();
}

/** A booth is active when one of its periods covers the day, upcoming when one starts later. */
export function boothStatus(schedule: Period[], day: Date): BoothStatus {
  if (schedule.some((p) => within(p, day))) return 'aktif';
  if (schedule.some((p) => p.start.getTime() > day.getTime())) return 'akan-datang';
  return 'selesai';
}

export type CampaignPhase = 'berjalan' | 'akan-datang' | 'selesai';

/** Where a campaign stands on the build day. */
export function campaignPhase(campaign: Period, day: Date): CampaignPhase {
  if (within(campaign, day)) return 'berjalan';
  return campaign.start.getTime() > day.getTime() ? 'akan-datang' : 'selesai';
}
