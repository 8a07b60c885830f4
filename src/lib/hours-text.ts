/** Turns an opening status into the sentence residents read: "Buka sekarang — tutup pukul 15.00". */
import { hoursStrings, weekdayNames } from '../i18n/hours';
import type { DayHours, OpenStatus } from './hours';
import { WEEKDAYS, type Weekday } from '../model/weekdays';

/** "08.00": Indonesian writes clock times with a dot. */
export function formatClock(time: string): string {
  return time.replace(':', '.');
}

/** Headline (open/closed) and detail for a status; `zone` is the label of the MPP's time zone (WIB, WITA or WIT). */
export function describeStatus(status: OpenStatus, zone: string): { open: boolean; headline: string; detail: string } {
  if (status.open) {
    return {
      open: true,
      headline: hoursStrings.openNow,
      detail: `${hoursStrings.closesAt} ${formatClock(status.closesAt)} ${zone}`,
    };
  }
  const reason = status.today.reason ? ` (${status.today.reason})` : '';
  const next = status.next;
  if (status.unconfirmed) {
    const then = next?.hours
      ? `; ${hoursStrings.nextSure} ${weekdayNames[next.weekday]} ${formatClock(next.hours.open)} ${zone}`
      : '';
    return { open: false, headline: hoursStrings.unconfirmed + reason, detail: hoursStrings.unconfirmedDetail + then };
  }
  if (!next?.hours) return { open: false, headline: hoursStrings.closedNow + reason, detail: hoursStrings.noNext };
  if (next.date === status.today.date) {
    return {
      open: false,
      headline: hoursStrings.closedNow + reason,
      detail: `${hoursStrings.opensToday} ${formatClock(next.hours.open)} ${zone}`,
    };
  }
  return {
    open: false,
    headline: hoursStrings.closedNow + reason,
    detail: `${hoursStrings.opensAgain} ${weekdayNames[next.weekday]} ${formatClock(next.hours.open)} ${zone}`,
  };
}

/** "Senin–Jumat 08.00–15.00": consecutive days with equal hours grouped, week order Monday first. */
export function summarizeWeek(hours: DayHours[]): string[] {
  const lines: string[] = [];
  let run: { first: Weekday; last: Weekday; open: string; close: string } | null = null;
  const flush = () => {
    if (!run) return;
    const days =
      run.first === run.last ? weekdayNames[run.first] : `${weekdayNames[run.first]}–${weekdayNames[run.last]}`;
    lines.push(`${days} ${formatClock(run.open)}–${formatClock(run.close)}`);
    run = null;
  };
  for (const day of WEEKDAYS) {
    const h = hours.find((x) => x.day === day);
    if (!h) {
      flush();
      continue;
    }
    if (run && run.open === h.open && run.close === h.close) run.last = day;
    else {
      flush();
      run = { first: day, last: day, open: h.open, close: h.close };
    }
  }
  flush();
  return lines;
}
