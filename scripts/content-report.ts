/**
 * `npm run content:report`: the content-health table for the communications team, per agency
 * (guides not confirmed by their agency, overdue for review, fee unconfirmed, without search
 * aliases, images without alternative text), from the files in content/. The same table is on
 * the admin page /admin/laporan-konten/ after every build.
 *
 * `npm run content:report -- --links` also checks every external link over the network and
 * counts the broken ones. The build never does: it must not depend on other sites being up.
 * `--json` prints the rows as JSON instead of a table.
 */
import { readEntries } from '../src/lib/content-check';
import { buildDate } from '../src/lib/date-windows';
import { contentHealth, formatReport, reportAgency, reportGuide, totals } from '../src/lib/content-report';
import { isoDate } from '../src/lib/format';
import { t } from '../src/i18n/id';
import { fill } from '../src/i18n/fill';

const root = process.cwd();
const args = process.argv.slice(2);

/** Whether a link answers: HEAD first, GET where a server refuses HEAD; 10 s each. */
async function answers(url: string): Promise<boolean> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(10_000) });
      if (response.ok) return true;
      if (method === 'HEAD' && [403, 405, 501].includes(response.status)) continue;
      return false;
    } catch {
      if (method === 'GET') return false;
    }
  }
  return false;
}

/** The links that do not answer, checked four at a time. */
async function brokenLinks(links: string[]): Promise<Set<string>> {
  const broken = new Set<string>();
  const queue = [...new Set(links)];
  const worker = async () => {
    for (let link = queue.shift(); link; link = queue.shift()) if (!(await answers(link))) broken.add(link);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return broken;
}

const [site] = readEntries(root, 'site');
if (!site) throw new Error('content/settings/site.yml is missing or invalid: run `npm run build` to see why');
const agencies = readEntries(root, 'agencies')
  .sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name))
  .map(reportAgency);
const guides = readEntries(root, 'services')
  .filter((s) => !s.data.draft)
  .map(reportGuide);

const broken = args.includes('--links')
  ? await brokenLinks([...agencies, ...guides].flatMap((entry) => entry.links))
  : undefined;
const today = buildDate(site.data.timeZone);
const rows = contentHealth({ agencies, guides, today, reviewMonths: site.data.reviewPeriodMonths, broken });

if (args.includes('--json')) {
  console.log(JSON.stringify({ date: isoDate(today), rows, totals: totals(rows) }, null, 2));
} else {
  const r = t.admin.report;
  console.log(`${fill(r.heading, { date: isoDate(today), months: site.data.reviewPeriodMonths })}\n`);
  console.log(formatReport(rows));
  if (broken) for (const link of [...broken].sort()) console.log(fill(r.broken, { link }));
  else console.log(`\n${r.notChecked}`);
}
