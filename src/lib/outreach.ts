/** Outreach days (MPP keliling): which are still to come on the build day, and how they are shared. */
import { t } from '../i18n/id';
import { fill } from '../i18n/fill';
import { formatClock, formatDate } from './format';

interface Day {
  id: string;
  data: { date: Date; start: string; end: string; title: string; place: string; district: string; village?: string };
}

/** Days from the build day on, soonest first; days past, latest first. */
export function outreachOn<T extends Day>(days: T[], today: Date): { upcoming: T[]; past: T[] } {
  const time = (day: T) => day.data.date.getTime();
  return {
    upcoming: days
      .filter((day) => time(day) >= today.getTime())
      .sort((a, b) => time(a) - time(b) || a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id)),
    past: days
      .filter((day) => time(day) < today.getTime())
      .sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id)),
  };
}

/** "Balai Desa Sukamaju, Desa Sukamaju, Kecamatan Contoh": place, village, district. */
export function outreachPlace(day: Day['data']): string {
  return [day.place, day.village, fill(t.outreach.district, { name: day.district })].filter(Boolean).join(', ');
}

/** "Sabtu, 5 Desember 2026, 08.00–12.00 WIB". */
export function outreachWhen(day: Day['data'], zone: string): string {
  const weekday = new Intl.DateTimeFormat('id-ID', { weekday: 'long', timeZone: 'UTC' }).format(day.date);
  return `${weekday}, ${formatDate(day.date)}, ${formatClock(day.start)}–${formatClock(day.end)} ${zone}`;
}

/** The WhatsApp message for an outreach day: what, when, where, which services (the link follows). */
export function outreachShareText(day: Day['data'], services: string[], zone: string): string {
  return fill(t.outreach.shareText, {
    title: day.title,
    when: outreachWhen(day, zone),
    place: outreachPlace(day),
    services: services.join(', '),
  });
}
