/**
 * `npm run bench`: how the site's build scales against bare Astro on the same content, how
 * heavy each page type is, how much search transfers, how a guide page does on slow phone
 * networks, and how Lighthouse scores the site.
 * Every build happens in a temporary copy; the report goes to stdout and bench/report.md.
 * Flags: see options.ts or `npm run bench -- --help`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { serveDist } from '../lib/static-server';
import type { CorpusSize } from '../lib/generate';
import { runLighthouse } from './lighthouse';
import { NEWS_PAGE, SERVICE_PAGE, buildGrownSite, measureScale, measureSite, pageOf } from './measure';
import { parseOptions } from './options';
import { MAX_OVERHEAD, marginalCosts, renderReport, type BenchResults } from './report';
import { measureThrottled } from './throttled';
import { BUILD_DATE } from './timed-build';
import { projectRoot, type Workspace } from '../lib/workspace';

const started = Date.now();
const progress = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function version(pkg: string): string {
  const file = join(projectRoot, 'node_modules', pkg, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Entries of the collections the generator grows, in the project's own content/ (read only). */
function sampleSize(): CorpusSize {
  const count = (name: string) =>
    readdirSync(join(projectRoot, 'content', name)).filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
      .length;
  return { services: count('services'), news: count('news'), booths: count('booths') };
}

const times = (size: CorpusSize, scale: number): CorpusSize => ({
  services: size.services * scale,
  news: size.news * scale,
  booths: size.booths * scale,
});

function machine(): BenchResults['machine'] {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    lighthouse: version('lighthouse'),
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const sample = sampleSize();
  const results: BenchResults = {
    machine: machine(),
    started: new Date(started),
    seconds: 0,
    seed: options.seed,
    buildDate: BUILD_DATE,
    scales: [],
    sites: [],
    limits: [],
  };
  const limits = new Set<string>();
  // The sample site's copy stays until the slow-network visits and Lighthouse have run on it;
  // every other copy goes at once.
  let sampleCopy: Workspace | undefined;
  progress(
    `sample: ${sample.services} services, ${sample.news} news, ${sample.booths} booths; ${results.machine.cores} cores`,
  );
  try {
    for (const scale of options.scales) {
      const { result, workspace } = await measureScale(scale, times(sample, scale), options.seed, progress);
      results.scales.push(result);
      result.corpus.limits.forEach((limit) => limits.add(limit));
      if (scale === 1) {
        sampleCopy = workspace;
        results.sites.push(await measureSite('sample site', workspace, result.ours, result.corpus, progress));
      } else workspace.dispose();
    }

    const sites: [string, CorpusSize][] = [];
    if (options.custom) sites.push(['custom site', options.custom]);
    else if (!sampleCopy) sites.push(['sample site', sample]);
    if (options.largeSite) sites.push(['~5,000-page site', options.largeSite]);
    for (const [label, size] of sites) {
      const { workspace, corpus, build } = await buildGrownSite(label, size, options.seed, progress);
      const isSample = label === 'sample site';
      if (isSample) sampleCopy = workspace;
      try {
        corpus.limits.forEach((limit) => limits.add(limit));
        const measured = await measureSite(label, workspace, build, corpus, progress);
        if (isSample) results.sites.unshift(measured);
        else results.sites.push(measured);
      } finally {
        if (!isSample) workspace.dispose();
      }
    }

    if (options.throttled && sampleCopy) {
      const dist = join(sampleCopy.root, 'dist');
      const page = pageOf(dist, SERVICE_PAGE);
      progress(`slow networks: two visits and a first search on ${page}, Slow 3G and Slow 4G`);
      results.throttled = await measureThrottled(dist, page);
    }

    if (options.lighthouse && sampleCopy) {
      const dist = join(sampleCopy.root, 'dist');
      const paths = ['/', pageOf(dist, SERVICE_PAGE), pageOf(dist, NEWS_PAGE), '/umkm/'];
      progress(`Lighthouse on ${paths.join(', ')}`);
      const server = await serveDist(dist);
      try {
        results.lighthouse = await runLighthouse(server.origin, paths);
      } finally {
        await server.close();
      }
    }
  } finally {
    sampleCopy?.dispose();
  }

  results.limits = [...limits];
  results.seconds = (Date.now() - started) / 1000;
  const report = renderReport(results);
  mkdirSync(join(projectRoot, 'bench'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench', 'report.md'), report);
  console.log(`\n${report}`);
  const [siteWall, siteCpu] = marginalCosts(results.scales);
  if (siteWall && siteCpu)
    progress(
      `marginal site build cost ours/bare: ${(siteWall.ours / siteWall.bare).toFixed(2)}× wall, ${(siteCpu.ours / siteCpu.bare).toFixed(2)}× CPU (limit ${MAX_OVERHEAD}×); report in bench/report.md`,
    );
  else progress('report in bench/report.md');
}

await main();
