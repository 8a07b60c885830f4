/**
 * Opening-hours logic: is the MPP (or one agency's counter) open at a given instant, and if
 * not, when does it open next. Pure and time-zone explicit: the answer is computed in the
 * MPP's own zone (WIB, WITA or WIT, none of which has daylight saving), whatever the
 * visitor's device clock zone is. Runs at build time and in the browser.
 */
import type { Weekday } from '../model/weekdays';

export interface DayHours {
  day: Weekday;
  open: string;
  close: string;
}

export interface Closure {
  /** YYYY-MM-DD in the MPP's zone. */
  date: string;
  name: string;
  /**
   * The day may or may not be a closure: a cuti bersama while the local government has not
   * decided whether the MPP serves. Such a day is neither promised open nor said to be closed.
   */
  unconfirmed?: boolean;
}

export interface SpecialPeriod {
  name: string;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, inclusive. */
  end: string;
  hours: DayHours[];
}

export interface Schedule {
  timeZone: string;
  weekly: DayHours[];
  closures: Closure[];
  special: SpecialPeriod[];
  /** An agency's own hours; they can only narrow the MPP's hours, never extend them. */
  agency?: DayHours[];
}

export interface DayPlan {
  date: string;
  weekday: Weekday;
  hours: { open: string; close: string } | null;
  /** Why the day differs from the usual week: a holiday name or a special period. */
  reason?: string;
  /** The hours are the usual ones, but whether the MPP serves that day is not decided. */
  unconfirmed?: boolean;
}

export type OpenStatus =
  | { open: true; closesAt: string; today: DayPlan }
  | { open: false; today: DayPlan; next: DayPlan | null; unconfirmed?: boolean };

const WEEKDAY_BY_INTL: Record<string, Weekday> = {
  Mon: 'monday',
  Tue: 'tuesday',
  Wed: 'wednesday',
  Thu: 'thursday',
  Fri: 'friday',
  Sat: 'saturday',
  Sun: 'sunday',
};

/** Local calendar date (YYYY-MM-DD), weekday and HH:MM of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): { date: string; weekday: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    weekday: WEEKDAY_BY_INTL[get('weekday')] ?? 'monday',
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** The calendar date `days` after `date` (both YYYY-MM-DD); calendar arithmetic in UTC is zone-free. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekdayOf(date: string): Weekday {
  const index = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const)[index];
}

const hoursOn = (list: DayHours[], day: Weekday) => list.find((h) => h.day === day) ?? null;

/** The hours that apply on one calendar date, after holidays, special periods and agency limits. */
export function planForDate(date: string, schedule: Schedule): DayPlan {
  const weekday = weekdayOf(date);
  const closure = schedule.closures.find((c) => c.date === date);
  if (closure && !closure.unconfirmed) return { date, weekday, hours: null, reason: closure.name };
  if (closure) return { ...planForDate(date, { ...schedule, closures: [] }), reason: closure.name, unconfirmed: true };

  const period = schedule.special.find((p) => p.start <= date && date <= p.end);
  const base = hoursOn(period ? period.hours : schedule.weekly, weekday);
  if (!base) return { date, weekday, hours: null, reason: period?.name };

  let { open, close } = base;
  if (schedule.agency) {
    const own = hoursOn(schedule.agency, weekday);
    if (!own) return { date, weekday, hours: null, reason: period?.name };
    open = own.open > open ? own.open : open;
    close = own.close < close ? own.close : close;
    if (open >= close) return { date, weekday, hours: null, reason: period?.name };
  }
  return { date, weekday, hours: { open, close }, reason: period?.name };
}

/**
 * Whether the counters are open at `now`, and when they open next if not (searching 60 days).
 * On an undecided day during its hours the answer is neither: `unconfirmed`, with the next day
 * that is sure to open; undecided days are never offered as the next opening.
 */
export function openStatus(now: Date, schedule: Schedule): OpenStatus {
  const { date, time } = localParts(now, schedule.timeZone);
  const today = planForDate(date, schedule);
  if (today.unconfirmed && today.hours && time < today.hours.close) {
    return { open: false, unconfirmed: true, today, next: nextOpening(date, schedule) };
  }
  if (today.hours && today.hours.open <= time && time < today.hours.close) {
    return { open: true, closesAt: today.hours.close, today };
  }
  if (today.hours && !today.unconfirmed && time < today.hours.open) return { open: false, today, next: today };
  return { open: false, today, next: nextOpening(date, schedule) };
}

/** The first day after `date` that is sure to open, within 60 days. */
function nextOpening(date: string, schedule: Schedule): DayPlan | null {
  for (let offset = 1; offset <= 60; offset++) {
    const plan = planForDate(addDays(date, offset), schedule);
    if (plan.hours && !plan.unconfirmed) return plan;
  }
  return null;
}
