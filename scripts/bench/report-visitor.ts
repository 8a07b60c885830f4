/**
 * The visitor half of the report: page weight per page type against the budgets, search
 * transfer and timing, and Lighthouse scores with the audits that cost points.
 */
import type { GeneratedCorpus } from '../lib/generate';
import { CATEGORIES, SERVER_NOTES, type FailingAudit, type LighthouseResult } from './lighthouse';
import { BUDGETS, jsBudget, weightTotal, type SiteWeights } from './page-types';
import { kb, table } from './report-format';
import type { SearchTransfer } from './search-transfer';
import type { BuildTiming } from './timed-build';

const SEARCH_TARGETS = { firstSearchBytes: 150 * 1024, msToResults: 400 };

export interface SiteResult {
  label: string;
  corpus: GeneratedCorpus;
  build: BuildTiming;
  weights: SiteWeights;
  search: SearchTransfer;
}

export function weightSection(site: SiteResult): string {
  const rows = site.weights.types.map((w) => {
    const { heaviest: h } = w;
    const total = weightTotal(h);
    return [
      w.type,
      w.checked < w.pages ? `${w.pages} (${w.checked} checked)` : w.pages,
      `\`${h.path}\``,
      kb(h.html),
      kb(h.css),
      kb(h.js),
      `${kb(total)}${total > BUDGETS.total ? ' ✗' : ''}`,
      `${kb(h.js)}${h.js > jsBudget(h.path) ? ' ✗' : ''}${jsBudget(h.path) !== BUDGETS.jsBeforeInteraction ? ` (own budget ${jsBudget(h.path) / 1024})` : ''}`,
      h.requests,
      h.renderBlockingScripts,
      kb(h.images),
      w.overBudget,
    ];
  });
  return [
    `### ${site.label}`,
    '',
    table(
      [
        'page type',
        'pages',
        'heaviest page',
        'HTML',
        'CSS',
        'JS',
        `total (≤ ${BUDGETS.total / 1024})`,
        `JS (≤ ${BUDGETS.jsBeforeInteraction / 1024})`,
        'requests',
        'blocking scripts',
        'first-view images',
        'pages over budget',
      ],
      rows,
    ),
    '',
    `KB gzip (level 9) of the heaviest page of each type; total = HTML + CSS + JS, plus the first-view images (raw bytes, already compressed) on the home page. Stylesheets across the pages checked: ${site.weights.stylesheets} (one means the CSS is shared and cached after the first page).${
      site.weights.planner
        ? ` The visit planner fetches, once a plan is shown, its data (${kb(site.weights.planner.catalog)} KB) and its QR encoder (${kb(site.weights.planner.qr)} KB).`
        : ''
    }`,
  ].join('\n');
}

export function searchSection(sites: SiteResult[]): string {
  const rows = sites.flatMap(({ label, search }) =>
    [search.first, search.second].map((q, i) => [
      i === 0 ? label : '',
      i === 0 ? `${kb(search.indexBytesOnDisk)} KB, ${search.indexFiles} files` : '',
      i === 0 ? `${search.searchBytesWithoutSearching} B` : '',
      `${i === 0 ? 'first' : 'second'}: “${q.query}”`,
      q.requests,
      kb(q.rawBytes),
      kb(q.gzipBytes),
      q.msToResults.toFixed(0),
      q.results,
      Object.entries(q.byKind)
        .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
        .join(', '),
    ]),
  );
  // The first site measured: the sample site, or the one size given with --services/--news/--booths.
  const sample = sites[0]?.search;
  const verdicts = sample
    ? [
        `first search ${kb(sample.first.gzipBytes)} KB gzip (target ≤ ${kb(SEARCH_TARGETS.firstSearchBytes)}): ${sample.first.gzipBytes <= SEARCH_TARGETS.firstSearchBytes ? 'met' : 'NOT met'}`,
        `results ${sample.first.msToResults.toFixed(0)} / ${sample.second.msToResults.toFixed(0)} ms after the last keypress (target ≤ ${SEARCH_TARGETS.msToResults}): ${Math.max(sample.first.msToResults, sample.second.msToResults) <= SEARCH_TARGETS.msToResults ? 'met' : 'NOT met'}`,
        `search bytes on a page not searched: ${sample.searchBytesWithoutSearching} (target 0): ${sample.searchBytesWithoutSearching === 0 ? 'met' : 'NOT met'}`,
      ]
    : [];
  return [
    '## Search transfer',
    '',
    `Chromium on a service page, typing into the header box (50 ms between keys). KB raw is what the uncompressing test server sent; KB gzip is what a server compressing text would send (Pagefind’s index, fragment and WASM files are already gzipped and count as they are). Time runs from the last keypress to the first result on screen, debounce included.`,
    '',
    table(
      [
        'site',
        'index on disk',
        'search bytes, no search',
        'query',
        'requests',
        'KB raw',
        'KB gzip',
        'ms to results',
        'results',
        'raw KB by kind',
      ],
      rows,
    ),
    '',
    ...(verdicts.length ? [`Targets on the ${sites[0].label}: ${verdicts.join('; ')}.`] : []),
  ].join('\n');
}

const auditText = (a: FailingAudit) =>
  `${a.id} (${a.title}${a.displayValue ? `: ${a.displayValue}` : ''})${SERVER_NOTES[a.id] ? ` — ${SERVER_NOTES[a.id]}` : ''}`;

export function lighthouseSection(results: LighthouseResult[]): string {
  const rows = results.map((r) => [`\`${r.path}\``, ...CATEGORIES.map((c) => r.scores[c]), r.runs]);
  const reasons = results.flatMap((r) =>
    CATEGORIES.filter((c) => r.scores[c] < 100).map((c) => {
      const scored = r.failing[c].filter((a) => a.weight > 0);
      const hints = r.failing[c].filter((a) => a.weight === 0);
      return [
        `- \`${r.path}\` ${c} ${r.scores[c]}: ${scored.map(auditText).join('; ') || 'no scored audit under 1'}`,
        ...(hints.length ? [`  - hints (no points of their own): ${hints.map(auditText).join('; ')}`] : []),
      ].join('\n');
    }),
  );
  return [
    '## Lighthouse',
    '',
    'Mobile emulation with simulated throttling (Lighthouse defaults), Debian’s Chromium, served by the test server without compression or cache headers. A page under 100 anywhere is run three times and the median run is shown: blocking time and paint metrics swing with the load other jobs put on the machine.',
    '',
    table(['page', ...CATEGORIES, 'runs'], rows),
    '',
    reasons.length ? 'What costs points:\n\n' + reasons.join('\n') : 'Every score is 100.',
  ].join('\n');
}
