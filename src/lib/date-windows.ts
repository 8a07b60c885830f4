/**
 * Date windows decided at build time: which day the site is built for, booth rotation status
 * and campaign visibility.
 */
import { localParts } from './hours';

export type BoothStatus = 'aktif' | 'akan-datang' | 'selesai';

interface Period {
  start: Date;
  end: Date;
}

/**
 * The day the site is built for, as a UTC-midnight date: the calendar day in the MPP's own time
 * zone (the site is rebuilt daily, so "today" is the MPP's today). BUILD_DATE=YYYY-MM-DD pins it.
 */
export function buildDate(
  timeZone: string,
  env: Record<string, string | undefined> = process.env,
  now = new Date(),
): Date {
  const pinned = env.BUILD_DATE;
  if (pinned) {
    const date = new Date(`${pinned}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`BUILD_DATE "${pinned}" is not a date (YYYY-MM-DD)`);
    return date;
  }
  return new Date(`${localParts(now, timeZone).date}T00:00:00Z`);
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

/**
 * The period a booth page names first: the one covering the day, else the next to start, else
 * the last to have ended.
 */
export function featuredPeriod<P extends Period>(
  schedule: P[],
  day: Date,
): { when: 'current' | 'next' | 'last'; period: P } | undefined {
  const current = schedule.find((p) => within(p, day));
  if (current) return { when: 'current', period: current };
  const byStart = [...schedule].sort((a, b) => a.start.getTime() - b.start.getTime());
  const next = byStart.find((p) => p.start.getTime() > day.getTime());
  if (next) return { when: 'next', period: next };
  const last = byStart.sort((a, b) => b.end.getTime() - a.end.getTime())[0];
  return last && { when: 'last', period: last };
}

export type CampaignPhase = 'berjalan' | 'akan-datang' | 'selesai';

/** Where a campaign stands on the build day. */
export function campaignPhase(campaign: Period, day: Date): CampaignPhase {
  if (within(campaign, day)) return 'berjalan';
  return campaign.start.getTime() > day.getTime() ? 'akan-datang' : 'selesai';
}

/** Whether the site announcement shows on `day`: from its optional start day to its expiry day, both included. */
export function announcementShows(note: { starts?: Date; expires: Date }, day: Date): boolean {
  return note.expires.getTime() >= day.getTime() && (!note.starts || note.starts.getTime() <= day.getTime());
}
