/**
 * The content-health report for the communications team: per agency, how many guides are not
 * confirmed by the agency, overdue for review, without a confirmed fee, without search aliases,
 * or carry images without alternative text, and (only when asked: it needs the network) how
 * many external links are broken. Pure: `scripts/content-report.ts` feeds it the files in
 * content/, the build's admin page (`src/pages/admin/laporan-konten.astro`) the loaded entries.
 */
import { reviewState } from './review';
import { t } from '../i18n/id';
import { fill } from '../i18n/fill';

export interface ReportAgency {
  id: string;
  name: string;
  verified: boolean;
  lastReviewed?: Date;
  /** The MDX body, for images and links. */
  body: string;
  links: string[];
}

export interface ReportGuide {
  id: string;
  agency: string;
  verified: boolean;
  lastReviewed: Date;
  feeStatus: string;
  aliases: string[];
  body: string;
  links: string[];
}

/** An agency entry as the report reads it, from the build's collections or from the files. */
export function reportAgency(entry: {
  id: string;
  body?: string;
  data: { shortName: string; verified: boolean; lastReviewed?: Date; contacts?: { website?: string } };
}): ReportAgency {
  const body = entry.body ?? '';
  const website = entry.data.contacts?.website;
  return {
    id: entry.id,
    name: entry.data.shortName,
    verified: entry.data.verified,
    lastReviewed: entry.data.lastReviewed,
    body,
    links: [...(website ? [website] : []), ...externalLinks(body)],
  };
}

/** A guide as the report reads it; its agency is an id (files) or a reference (the build). */
export function reportGuide(entry: {
  id: string;
  body?: string;
  data: {
    agency: string | { id: string };
    verified: boolean;
    lastReviewed: Date;
    fee: { status: string };
    aliases: string[];
    bookingUrl?: string;
  };
}): ReportGuide {
  const body = entry.body ?? '';
  const { agency, bookingUrl } = entry.data;
  return {
    id: entry.id,
    agency: typeof agency === 'string' ? agency : agency.id,
    verified: entry.data.verified,
    lastReviewed: entry.data.lastReviewed,
    feeStatus: entry.data.fee.status,
    aliases: entry.data.aliases,
    body,
    links: [...(bookingUrl ? [bookingUrl] : []), ...externalLinks(body)],
  };
}

/** One agency's row; every number counts guides (or, for images and links, occurrences). */
export interface AgencyHealth {
  agency: string;
  name: string;
  guides: number;
  unverified: number;
  overdue: number;
  feeUnconfirmed: number;
  missingAliases: number;
  imagesWithoutAlt: number;
  /** Broken external links; undefined when links were not checked. */
  brokenLinks?: number;
  /** The agency's own page: confirmed by the agency, and due for review. */
  pageVerified: boolean;
  pageOverdue: boolean;
}

export type Counts = Omit<AgencyHealth, 'agency' | 'name' | 'pageVerified' | 'pageOverdue'> & {
  pagesUnverified: number;
  pagesOverdue: number;
};

/** Markdown images with empty alternative text, and HTML images without a meaningful alt. */
export function imagesWithoutAlt(markdown: string): number {
  const markdownImages = [...markdown.matchAll(/!\[([^\]]*)\]\(/g)].filter((m) => m[1].trim() === '').length;
  const htmlImages = [...markdown.matchAll(/<img\b[^>]*>/gi)].filter(
    (m) => !/\balt\s*=\s*("[^"]*\S[^"]*"|'[^']*\S[^']*')/i.test(m[0]),
  ).length;
  return markdownImages + htmlImages;
}

/** The https/http addresses a body links to (Markdown links, autolinks and bare URLs). */
export function externalLinks(markdown: string): string[] {
  const found = [...markdown.matchAll(/https?:\/\/[^\s)<>"'\]]+/g)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));
  return [...new Set(found)];
}

/**
 * One row per agency, in the order given, with the guides that name it. `broken` holds the
 * links found broken when they were checked; without it the link column stays empty.
 */
export function contentHealth(input: {
  agencies: ReportAgency[];
  guides: ReportGuide[];
  today: Date;
  reviewMonths: number;
  broken?: Set<string>;
}): AgencyHealth[] {
  const { today, reviewMonths, broken } = input;
  const overdue = (verified: boolean, date?: Date) => reviewState({ verified, date }, today, reviewMonths).overdue;
  return input.agencies.map((agency) => {
    const guides = input.guides.filter((g) => g.agency === agency.id);
    const count = (test: (g: ReportGuide) => boolean) => guides.filter(test).length;
    const links = [...agency.links, ...guides.flatMap((g) => g.links)];
    return {
      agency: agency.id,
      name: agency.name,
      guides: guides.length,
      unverified: count((g) => !g.verified),
      overdue: count((g) => overdue(g.verified, g.lastReviewed)),
      feeUnconfirmed: count((g) => g.feeStatus === 'belum-dikonfirmasi'),
      missingAliases: count((g) => g.aliases.length === 0),
      imagesWithoutAlt: [agency.body, ...guides.map((g) => g.body)].reduce((sum, b) => sum + imagesWithoutAlt(b), 0),
      ...(broken ? { brokenLinks: links.filter((link) => broken.has(link)).length } : {}),
      pageVerified: agency.verified,
      pageOverdue: overdue(agency.verified, agency.lastReviewed),
    };
  });
}

/** The sums of every column, for the line the team tracks over time. */
export function totals(rows: AgencyHealth[]): Counts {
  const sum = (pick: (r: AgencyHealth) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const checked = rows.some((r) => r.brokenLinks !== undefined);
  return {
    guides: sum((r) => r.guides),
    unverified: sum((r) => r.unverified),
    overdue: sum((r) => r.overdue),
    feeUnconfirmed: sum((r) => r.feeUnconfirmed),
    missingAliases: sum((r) => r.missingAliases),
    imagesWithoutAlt: sum((r) => r.imagesWithoutAlt),
    ...(checked ? { brokenLinks: sum((r) => r.brokenLinks ?? 0) } : {}),
    pagesUnverified: rows.filter((r) => !r.pageVerified).length,
    pagesOverdue: rows.filter((r) => r.pageOverdue).length,
  };
}

/** The counted columns, in the order both the printed table and the admin page show them. */
export const REPORT_COLUMNS = [
  'guides',
  'unverified',
  'overdue',
  'feeUnconfirmed',
  'missingAliases',
  'imagesWithoutAlt',
  'brokenLinks',
] as const;

/** The state of an agency's own page, in a word or two. */
export function pageState(row: Pick<AgencyHealth, 'pageVerified' | 'pageOverdue'>): string {
  const r = t.admin.report;
  return [row.pageVerified ? r.verified : r.unverified, ...(row.pageOverdue ? [r.overdue] : [])].join(', ');
}

/** The agency pages' line of the totals: "12 belum dikonfirmasi, 0 perlu ditinjau". */
export const pagesTotal = (counts: Counts) =>
  fill(t.admin.report.pagesTotal, { unverified: counts.pagesUnverified, overdue: counts.pagesOverdue });

/**
 * The report as a fixed-width text table for a terminal: one line per agency, then the totals.
 * Links not checked show as "–" (run with --links to check them).
 */
export function formatReport(rows: AgencyHealth[]): string {
  const all = totals(rows);
  const cell = (value: number | undefined) => (value === undefined ? '–' : String(value));
  const r = t.admin.report;
  const header = [r.agency, ...REPORT_COLUMNS.map((key) => r.columns[key]), r.page];
  const body = rows.map((row) => [row.name, ...REPORT_COLUMNS.map((key) => cell(row[key])), pageState(row)]);
  const footer = [r.total, ...REPORT_COLUMNS.map((key) => cell(all[key])), pagesTotal(all)];
  const table = [header, ...body, footer];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((value, i) => (i === 0 || i === row.length - 1 ? value.padEnd(widths[i]) : value.padStart(widths[i])))
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line), rule, line(footer)].map((l) => l.trimEnd()).join('\n');
}
