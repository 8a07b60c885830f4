import { describe, expect, it } from 'vitest';
import { visibleCampaigns } from '../../src/lib/campaigns';
import { announcementShows, boothStatus, buildDate, campaignPhase } from '../../src/lib/date-windows';
import { newsOn } from '../../src/lib/news';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const window = { start: day('2026-11-01'), end: day('2026-12-31') };

describe('campaign window (decided at build)', () => {
  it('is upcoming the day before it starts', () =>
    expect(campaignPhase(window, day('2026-10-31'))).toBe('akan-datang'));
  it('runs on its first day', () => expect(campaignPhase(window, day('2026-11-01'))).toBe('berjalan'));
  it('runs on its last day', () => expect(campaignPhase(window, day('2026-12-31'))).toBe('berjalan'));
  it('is over the day after', () => expect(campaignPhase(window, day('2027-01-01'))).toBe('selesai'));
});

describe('booth status', () => {
  const schedule = [
    { start: day('2026-01-01'), end: day('2026-01-31') },
    { start: day('2026-12-01'), end: day('2026-12-31') },
  ];
  it('is active inside a period', () => expect(boothStatus(schedule, day('2026-01-15'))).toBe('aktif'));
  it('is upcoming between periods', () => expect(boothStatus(schedule, day('2026-06-01'))).toBe('akan-datang'));
  it('is over after the last period', () => expect(boothStatus(schedule, day('2027-01-01'))).toBe('selesai'));
});

describe('buildDate', () => {
  const jakarta = 'Asia/Jakarta';
  it('honours BUILD_DATE', () => expect(buildDate(jakarta, { BUILD_DATE: '2025-02-03' })).toEqual(day('2025-02-03')));
  it('rejects a malformed BUILD_DATE', () =>
    expect(() => buildDate(jakarta, { BUILD_DATE: 'besok' })).toThrow(/BUILD_DATE/));
  it('uses the WIB calendar day: 18:00 UTC is already the next day in WIB', () =>
    expect(buildDate(jakarta, {}, new Date('2026-11-27T18:00:00Z'))).toEqual(day('2026-11-28')));
  it("uses the MPP's own zone: 16:30 UTC is the next day in WITA and WIT but not yet in WIB", () => {
    const instant = new Date('2026-11-27T16:30:00Z');
    expect(buildDate(jakarta, {}, instant)).toEqual(day('2026-11-27'));
    expect(buildDate('Asia/Makassar', {}, instant)).toEqual(day('2026-11-28'));
    expect(buildDate('Asia/Jayapura', {}, instant)).toEqual(day('2026-11-28'));
  });
});

describe('which campaigns get a page', () => {
  // The sample's three campaigns, as they stood on the days the site was once built for.
  const campaigns = [
    { id: 'past', data: { start: day('2025-02-01'), end: day('2025-02-28') } },
    { id: 'current', data: { start: day('2026-11-01'), end: day('2026-12-31') } },
    { id: 'future', data: { start: day('2027-01-01'), end: day('2027-02-28') } },
  ];
  const visible = (iso: string) => visibleCampaigns(campaigns, day(iso)).map((c) => c.id);
  it('only started campaigns: running ones and the archive', () => {
    expect(visible('2025-02-10')).toEqual(['past']);
    expect(visible('2026-11-28')).toEqual(['past', 'current']);
    expect(visible('2027-03-01')).toEqual(['past', 'current', 'future']);
  });
  it('a campaign gets its page on its first day, not the day before', () => {
    expect(visible('2026-10-31')).toEqual(['past']);
    expect(visible('2026-11-01')).toEqual(['past', 'current']);
  });
});

describe('scheduled publishing', () => {
  it('shows the announcement from its start day to its expiry day, both included', () => {
    const note = { starts: day('2026-12-01'), expires: day('2026-12-03') };
    expect(announcementShows(note, day('2026-11-30'))).toBe(false);
    expect(announcementShows(note, day('2026-12-01'))).toBe(true);
    expect(announcementShows(note, day('2026-12-03'))).toBe(true);
    expect(announcementShows(note, day('2026-12-04'))).toBe(false);
    expect(announcementShows({ expires: day('2026-12-03') }, day('2020-01-01'))).toBe(true);
  });

  it('gives a news item its page on its date, and takes it off the lists after its expiry', () => {
    const item = (id: string, date: string, expires?: string) => ({
      id,
      data: { date: day(date), expires: expires ? day(expires) : undefined },
    });
    const items = [
      item('later', '2026-12-05'),
      item('ended', '2026-11-01', '2026-11-10'),
      item('today', '2026-11-28', '2026-11-28'),
    ];
    const { withPage, listed } = newsOn(items, day('2026-11-28'));
    expect(withPage.map((n) => n.id)).toEqual(['ended', 'today']);
    expect(listed.map((n) => n.id)).toEqual(['today']);
  });
});
