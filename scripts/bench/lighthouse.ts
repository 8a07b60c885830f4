/**
 * Lighthouse (the version pinned in package.json) on pages of a built site, in Debian's
 * Chromium, with Lighthouse's default mobile emulation and simulated throttling. For every
 * category under 100 it lists the audits that cost points, so the report can say why.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../lib/chromium';
import { projectRoot } from '../lib/workspace';

const run = promisify(execFile);

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  id: string;
  title: string;
  displayValue?: string;
  /** Weight in the category score; 0 for hints (insights, diagnostics) that cost no points. */
  weight: number;
}

/**
 * Audits that fail only because of how the benchmark serves the site: the test server sends
 * files without compression or cache headers, which the deploy configurations do send.
 */
export const SERVER_NOTES: Record<string, string> = {
  'cache-insight':
    'the test server sends no Cache-Control; deploy/nginx.conf and public/_headers cache /_astro/ for a year',
  'uses-long-cache-ttl': 'the test server sends no Cache-Control; the deploy configurations do',
  'document-latency-insight': 'the test server does not compress; deploy/nginx.conf gzips HTML, CSS and JS',
  'uses-text-compression': 'the test server does not compress; deploy/nginx.conf does',
};

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number>;
  /** Audits scoring under 1 that count towards a category under 100. */
  failing: Record<Category, FailingAudit[]>;
  /** Runs made; the median one is reported when there were several. */
  runs: number;
}

interface Report {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
}

const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking';

function summarise(path: string, report: Report): LighthouseResult {
  const scores = {} as Record<Category, number>;
  const failing = {} as Record<Category, FailingAudit[]>;
  for (const category of CATEGORIES) {
    const { score, auditRefs } = report.categories[category];
    scores[category] = Math.round((score ?? 0) * 100);
    failing[category] = auditRefs
      .filter((ref) => ref.weight > 0 || category === 'performance')
      .map((ref) => ({ id: ref.id, weight: ref.weight, ...report.audits[ref.id] }))
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map(({ id, title, displayValue, weight }) => ({ id, title, displayValue, weight }));
  }
  return { path, scores, failing, runs: 1 };
}

const CLI = join(projectRoot, 'node_modules/lighthouse/cli/index.js');

/** One Lighthouse run in a fresh browser, as Lighthouse expects. */
async function runOnce(url: string, outputPath: string): Promise<Report> {
  await run(
    process.execPath,
    [
      CLI,
      url,
      '--output=json',
      `--output-path=${outputPath}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(outputPath, 'utf8')) as Report;
}

const sum = (result: LighthouseResult) => CATEGORIES.reduce((total, c) => total + result.scores[c], 0);

/**
 * Lighthouse on each page. Its performance metrics (blocking time above all) swing with the
 * load of a shared machine, so a page that misses 100 anywhere is run twice more and the
 * median run is reported, as Lighthouse's own guidance on variability recommends.
 */
export async function runLighthouse(origin: string, paths: string[]): Promise<LighthouseResult[]> {
  const out = mkdtempSync(join(tmpdir(), 'portal-mpp-bench-lighthouse-'));
  try {
    const results: LighthouseResult[] = [];
    for (const [i, path] of paths.entries()) {
      const runs = [summarise(path, await runOnce(origin + path, join(out, `${i}-0.json`)))];
      if (sum(runs[0]) < 100 * CATEGORIES.length)
        for (const again of [1, 2])
          runs.push(summarise(path, await runOnce(origin + path, join(out, `${i}-${again}.json`))));
      const median = [...runs].sort((a, b) => sum(a) - sum(b))[Math.floor(runs.length / 2)];
      results.push({ ...median, runs: runs.length });
    }
    return results;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
