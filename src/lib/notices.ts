/**
 * Which service status notices are in force on the build day, and which pages each belongs on.
 * A notice is in force from its start to its end (both days included; no end: until someone
 * sets one), waits unseen before its start, and moves to the archive after its end. The site is
 * rebuilt daily, so the build day is "today".
 */
import { within } from './date-windows';

export type NoticePhase = 'berlaku' | 'akan-datang' | 'berakhir';

export interface NoticeLike {
  id: string;
  data: { services: { id: string }[]; agencies: { id: string }[]; start: Date; end?: Date };
}

export function noticePhase(notice: NoticeLike['data'], day: Date): NoticePhase {
  if (notice.start.getTime() > day.getTime()) return 'akan-datang';
  if (!notice.end) return 'berlaku';
  return within({ start: notice.start, end: notice.end }, day) ? 'berlaku' : 'berakhir';
}

/** Newest first: the latest start, then the latest end, then the file name for a stable order. */
const newestFirst = (a: NoticeLike, b: NoticeLike) =>
  b.data.start.getTime() - a.data.start.getTime() ||
  (b.data.end?.getTime() ?? Infinity) - (a.data.end?.getTime() ?? Infinity) ||
  a.id.localeCompare(b.id);

/** The notices in force and the archive of those that ended; notices yet to start are in neither. */
export function noticesOn<N extends NoticeLike>(notices: N[], day: Date): { current: N[]; ended: N[] } {
  const sorted = [...notices].sort(newestFirst);
  return {
    current: sorted.filter((n) => noticePhase(n.data, day) === 'berlaku'),
    ended: sorted.filter((n) => noticePhase(n.data, day) === 'berakhir'),
  };
}

/** The notices about one service: those naming it and those naming its whole agency. */
export function noticesForService<N extends NoticeLike>(notices: N[], serviceId: string, agencyId: string): N[] {
  return notices.filter(
    (n) => n.data.services.some((s) => s.id === serviceId) || n.data.agencies.some((a) => a.id === agencyId),
  );
}

/** The notices about an agency: those naming it and those naming one of its services. */
export function noticesForAgency<N extends NoticeLike>(notices: N[], agencyId: string, serviceIds: string[]): N[] {
  return notices.filter(
    (n) => n.data.agencies.some((a) => a.id === agencyId) || n.data.services.some((s) => serviceIds.includes(s.id)),
  );
}
