/**
 * The benchmark's Markdown report: machine and versions, then one section per budget
 * (build scaling and marginal cost against bare Astro, page weight per
 * page type, search transfer, visits on slow networks, Lighthouse), then the limits the
 * content model set.
 */
import type { LighthouseResult } from './lighthouse';
import { marginalSection, scalingSection, type ScaleResult } from './report-build';
import { s, table } from './report-format';
import { throttledSection } from './report-throttled';
import type { ThrottledResult } from './throttled';
import { lighthouseSection, searchSection, weightSection, type SiteResult } from './report-visitor';

export { MAX_OVERHEAD, marginalCosts, type ScaleResult } from './report-build';
export type { SiteResult } from './report-visitor';

export interface BenchResults {
  machine: {
    cores: number;
    cpu: string;
    memoryGb: number;
    node: string;
    astro: string;
    pagefind: string;
    lighthouse: string;
  };
  started: Date;
  seconds: number;
  seed: string;
  buildDate: string;
  scales: ScaleResult[];
  sites: SiteResult[];
  throttled?: ThrottledResult;
  lighthouse?: LighthouseResult[];
  limits: string[];
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const header = [
    '# Portal MPP benchmark',
    '',
    `${results.started.toISOString()} · ${machine.cores} cores (${machine.cpu}) · ${machine.memoryGb} GB RAM · Node ${machine.node} · Astro ${machine.astro} · Pagefind ${machine.pagefind} · Lighthouse ${machine.lighthouse} · seed \`${results.seed}\` · BUILD_DATE ${results.buildDate} · whole run ${(results.seconds / 60).toFixed(1)} min`,
  ].join('\n');
  const sections = [header];
  if (results.scales.length) sections.push(scalingSection(results.scales), marginalSection(results.scales));
  if (results.sites.length) {
    sections.push(
      '## Site builds measured for weight and search\n\n' +
        table(
          ['site', 'content files (services/news/booths)', 'pages', 'wall s', 'CPU s', 'peak MB'],
          results.sites.map(({ label, corpus, build }) => [
            label,
            `${corpus.contentFiles} (${corpus.total.services}/${corpus.total.news}/${corpus.total.booths})`,
            build.pages,
            s(build.seconds),
            s(build.cpuSeconds),
            build.peakMb.toFixed(0),
          ]),
        ),
    );
    sections.push(['## Page weight', ...results.sites.map(weightSection)].join('\n\n'));
    sections.push(searchSection(results.sites));
  }
  if (results.throttled) sections.push(throttledSection(results.throttled));
  if (results.lighthouse) sections.push(lighthouseSection(results.lighthouse));
  if (results.limits.length) sections.push(['## Limits met', '', ...results.limits.map((l) => `- ${l}`)].join('\n'));
  return sections.join('\n\n') + '\n';
}
