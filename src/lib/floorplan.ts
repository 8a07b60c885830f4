/**
 * Turns the floor-plan settings into what the page draws: each area with its label lines,
 * its link (a counter to its agency, a booth to the seller occupying it on the build day),
 * the numbered marks of the facilities for vulnerable groups placed in it, and a sentence for
 * the text alternative. Pure: the SVG markup is in FloorPlan.astro.
 */
import type { AreaKind, Floorplan } from '../model/floorplan';
import { boothStatus } from './date-windows';
import { paths } from './routes';
import { t } from '../i18n/id';
import { fill } from '../i18n/fill';

export interface PlanAgency {
  id: string;
  shortName: string;
  counters: string[];
}
export interface PlanBooth {
  id: string;
  code: string;
  slot: string;
  business: string;
  schedule: { start: Date; end: Date }[];
}

/** A facility for vulnerable groups that names the area it is in. */
export interface PlanFacility {
  id: string;
  name: string;
  area?: string;
  /** Sample data: named "(contoh)" on the plan. */
  sample: boolean;
}

/** A facility's mark on the plan: its number, shared with the facility list. */
export interface FacilityMark {
  number: number;
  id: string;
  name: string;
}

export interface DrawnArea {
  id: string;
  kind: AreaKind;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  href?: string;
  description: string;
  /** The link's accessible name: the visible label first (WCAG 2.5.3), then what it hides. */
  name: string;
  fontSize: number;
  /** Vertical centre of the label: lower in an area whose top carries facility marks. */
  labelY: number;
  /** The facilities in this area, numbered in the order of the facility list. */
  marks: FacilityMark[];
}

/** Height (plan units) kept free at the top of an area for its facility marks. */
export const MARK_BAND = 1.6;

/** "1–2" for consecutive counters, "1, 4" otherwise. */
export function counterRange(counters: string[]): string {
  const numbers = counters.map(Number);
  const consecutive = numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === numbers[i - 1] + 1));
  return consecutive && counters.length > 1 ? `${counters[0]}–${counters[counters.length - 1]}` : counters.join(', ');
}

/** The booth shown on a slot: the one there today, else the next one, else the last one. */
export function boothOnSlot(booths: PlanBooth[], slot: string, today: Date): PlanBooth | undefined {
  const here = booths.filter((b) => b.slot === slot);
  return (
    here.find((b) => boothStatus(b.schedule, today) === 'aktif') ??
    here.find((b) => boothStatus(b.schedule, today) === 'akan-datang') ??
    here[here.length - 1]
  );
}

/** Smallest label size (plan units) still readable when the plan fills a phone screen. */
const MIN_FONT = 0.55;

/** Font size that lets the longest line fit the area's width (about 0.6 em per character). */
function fit(lines: string[], w: number, h: number): number {
  const longest = Math.max(...lines.map((line) => line.length), 1);
  return Math.min(1.2, (w * 0.9) / (longest * 0.6), (h * 0.8) / (lines.length * 1.25));
}

/**
 * The marks of the facilities that name an area, numbered 1, 2 … in the given order; facilities
 * without an area (sign-language help) get no number.
 */
export function facilityMarks(facilities: PlanFacility[]): Map<string, FacilityMark[]> {
  const byArea = new Map<string, FacilityMark[]>();
  facilities
    .filter((f) => f.area)
    .forEach((f, i) => {
      const mark = {
        number: i + 1,
        id: f.id,
        name: f.sample ? fill(t.floorplan.sampleFacility, { name: f.name }) : f.name,
      };
      byArea.set(f.area as string, [...(byArea.get(f.area as string) ?? []), mark]);
    });
  return byArea;
}

export function drawPlan(
  plan: Floorplan,
  agencies: PlanAgency[],
  booths: PlanBooth[],
  today: Date,
  facilities: PlanFacility[] = [],
): DrawnArea[] {
  const marksByArea = facilityMarks(facilities);
  return plan.areas.map((area) => {
    let lines = [area.label ?? t.floorplan.kinds[area.kind]];
    let href: string | undefined;
    let description = lines[0];
    if (area.kind === 'counter') {
      const counters = area.counters ?? [];
      const agency = agencies.find((a) => counters.some((c) => a.counters.includes(c)));
      const name = fill(t.floorplan.counter, { counters: counterRange(counters) });
      // A narrow counter keeps only its number legible; the agency is in the list below the
      // drawing and in the link's accessible name.
      lines = agency && fit([name, agency.shortName], area.w, area.h) >= MIN_FONT ? [name, agency.shortName] : [name];
      href = agency ? paths.agency(agency.id) : undefined;
      description = agency ? `${name} ${agency.shortName}` : fill(t.floorplan.vacantCounter, { counter: name });
    } else if (area.kind === 'booth') {
      const booth = boothOnSlot(booths, area.id, today);
      lines = [area.label ?? area.id];
      href = booth ? paths.booth(booth.id) : paths.booths();
      description = booth
        ? fill(t.floorplan.booth, { slot: area.id, business: booth.business })
        : fill(t.floorplan.vacantBooth, { slot: area.id });
    }
    const marks = marksByArea.get(area.id) ?? [];
    if (marks.length > 0)
      description += `; ${fill(t.floorplan.facilities, { list: marks.map((m) => `${m.number} ${m.name}`).join(', ') })}`;
    const visible = lines.join(' ');
    const name = description.startsWith(visible) ? description : `${visible}, ${description}`;
    const band = marks.length > 0 ? MARK_BAND : 0;
    return {
      id: area.id,
      kind: area.kind,
      x: area.x,
      y: area.y,
      w: area.w,
      h: area.h,
      lines,
      href,
      description,
      name,
      fontSize: fit(lines, area.w, area.h - band),
      labelY: area.y + band + (area.h - band) / 2,
      marks,
    };
  });
}
