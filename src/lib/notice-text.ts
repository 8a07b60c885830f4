/** How a status notice's dates read: "Sejak 28 November 2026, sampai 5 Desember 2026". */
import { t } from '../i18n/id';
import { fill } from '../i18n/fill';
import { formatDate, formatRange } from './format';
import { noticePhase, type NoticeLike } from './notices';

export function noticeWhen(notice: NoticeLike['data'], day: Date): string {
  if (noticePhase(notice, day) === 'berakhir' && notice.end)
    return fill(t.notices.ended, { range: formatRange(notice.start, notice.end) });
  const until = notice.end ? fill(t.notices.until, { date: formatDate(notice.end) }) : t.notices.untilUnknown;
  return `${fill(t.notices.since, { date: formatDate(notice.start) })}, ${until}`;
}

/** The line search shows under a result whose service has a notice: "Blangko habis, sampai 5 Desember 2026". */
export function noticeSearchLine(notice: NoticeLike['data'] & { kind: keyof typeof t.notices.kinds }): string {
  const until = notice.end ? fill(t.notices.until, { date: formatDate(notice.end) }) : t.notices.untilUnknown;
  return `${t.notices.kinds[notice.kind]}, ${until}`;
}
