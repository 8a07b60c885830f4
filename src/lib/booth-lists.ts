/**
 * How booth lists stay short as the rotation history grows: /umkm/ and the category pages
 * show at most BOOTH_GROUP_PREVIEW booths per status (the ones that matter most: active by
 * code, upcoming soonest first, finished most recent first), and each status has its own
 * numbered pages with every booth.
 */
import { boothStatus, type BoothStatus } from './date-windows';
import { paginate, type Pagination } from './routes';
import { t } from '../i18n/id';

export const BOOTH_STATUSES: BoothStatus[] = ['aktif', 'akan-datang', 'selesai'];
export const BOOTH_GROUP_PREVIEW = 24;
export const BOOTH_STATUS_PAGE_SIZE = 30;

interface Scheduled {
  data: { code: string; schedule: { start: Date; end: Date }[] };
}

const firstStart = (b: Scheduled) => Math.min(...b.data.schedule.map((p) => p.start.getTime()));
const lastEnd = (b: Scheduled) => Math.max(...b.data.schedule.map((p) => p.end.getTime()));

/** The order that puts the most useful booths of a status first. */
function byRelevance(status: BoothStatus): (a: Scheduled, b: Scheduled) => number {
  const byCode = (a: Scheduled, b: Scheduled) => a.data.code.localeCompare(b.data.code, 'id', { numeric: true });
  if (status === 'akan-datang') return (a, b) => firstStart(a) - firstStart(b) || byCode(a, b);
  if (status === 'selesai') return (a, b) => lastEnd(b) - lastEnd(a) || byCode(a, b);
  return byCode;
}

/** Booths of each status on `today`, most useful first; statuses without booths are left out. */
export function boothGroups<T extends Scheduled>(booths: T[], today: Date): { status: BoothStatus; booths: T[] }[] {
  return BOOTH_STATUSES.map((status) => ({
    status,
    booths: booths.filter((b) => boothStatus(b.data.schedule, today) === status).sort(byRelevance(status)),
  })).filter((group) => group.booths.length > 0);
}

/** Every numbered page of every status that has booths. */
export function boothStatusPages<T extends Scheduled>(
  booths: T[],
  today: Date,
): { status: BoothStatus; pagination: Pagination<T> }[] {
  return boothGroups(booths, today).flatMap(({ status, booths: inStatus }) =>
    paginate(inStatus, BOOTH_STATUS_PAGE_SIZE).map((pagination) => ({ status, pagination })),
  );
}

/**
 * The names of the status groups. Until the booth scheme is announced (a setting), booths and
 * their rotation are examples, and no label may say that a seller is at the MPP now.
 */
export function boothStatusLabels(schemeAnnounced: boolean): Record<BoothStatus, string> {
  return schemeAnnounced ? t.booths.status : t.booths.sampleStatus;
}
