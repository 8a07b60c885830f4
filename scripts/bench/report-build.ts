/**
 * The build half of the report: time, CPU and memory per scale for ours and bare Astro, where
 * the time goes, and the marginal cost per content file, held to 1.5× bare Astro's.
 */
import type { BuildPhases } from './build-phases';
import type { GeneratedCorpus } from '../lib/generate';
import { ms, s, table } from './report-format';
import type { BuildTiming, Timing } from './timed-build';

/** The budget: our marginal build cost within 1.5× of bare Astro's. */
export const MAX_OVERHEAD = 1.5;

export interface ScaleResult {
  scale: number;
  corpus: GeneratedCorpus;
  ours: BuildTiming & { phases: BuildPhases };
  pagefind: Timing;
  bare: BuildTiming & { phases: BuildPhases };
}

/**
 * A build that got much less CPU than the time it took was waiting for cores other jobs held:
 * its wall time says more about the machine's load than about the build. Builds are mostly
 * single-threaded, so an undisturbed one uses about as much CPU time as wall time.
 */
const DISTURBED_BELOW = 0.75;
export const disturbed = (t: Timing) => t.cpuSeconds / t.seconds < DISTURBED_BELOW;
const wall = (t: Timing) => `${s(t.seconds)}${disturbed(t) ? ' †' : ''}`;

/** Build time without the Pagefind step, so it compares with bare Astro, which has no search. */
const siteOnly = (total: number, pagefind: number) => total - pagefind;

export function scalingSection(scales: ScaleResult[]): string {
  const rows = scales.map(({ scale, corpus, ours, pagefind, bare }) => [
    `${scale}×`,
    `${corpus.contentFiles} (${corpus.total.services}/${corpus.total.news}/${corpus.total.booths})`,
    ours.pages,
    wall(ours),
    s(ours.cpuSeconds),
    `${s(pagefind.seconds)} / ${s(pagefind.cpuSeconds)}`,
    s(siteOnly(ours.seconds, pagefind.seconds)),
    ours.peakMb.toFixed(0),
    bare.pages,
    wall(bare),
    s(bare.cpuSeconds),
    bare.peakMb.toFixed(0),
  ]);
  const phases = scales.flatMap(({ scale, ours, bare }) =>
    (
      [
        ['ours', ours.phases],
        ['bare', bare.phases],
      ] as const
    ).map(([name, p]) => [`${scale}× ${name}`, s(p.sync), s(p.bundle), s(p.render), s(p.images)]),
  );
  return [
    '## Build scaling',
    '',
    table(
      [
        'scale',
        'content files (services/news/booths)',
        'ours: pages',
        'wall s',
        'CPU s',
        'Pagefind wall/CPU s',
        'site build wall s',
        'peak MB',
        'bare: pages',
        'wall s',
        'CPU s',
        'peak MB',
      ],
      rows,
    ),
    '',
    `Wall and CPU seconds of the whole build (CPU: every process, Pagefind’s indexer included); site build = wall minus Pagefind timed on its own; peak MB = resident memory of all the build’s processes together at the highest moment. † = CPU time under ${DISTURBED_BELOW * 100} % of wall time: the build waited for cores held by other jobs, so its wall time is inflated.`,
    '',
    'Where the time goes, from Astro’s log (seconds): content sync and types, bundling (every MDX file is compiled here), page rendering, image optimisation.',
    '',
    table(['build', 'sync + types', 'bundle', 'render pages', 'images'], phases),
  ].join('\n');
}

interface Marginal {
  label: string;
  ours: number;
  bare: number;
}

/** Milliseconds per added content file between the two largest scales. */
export function marginalCosts(scales: ScaleResult[]): Marginal[] {
  if (scales.length < 2) return [];
  const [low, high] = scales.slice(-2);
  const files = high.corpus.contentFiles - low.corpus.contentFiles;
  const per = (a: number, b: number) => ((b - a) * 1000) / files;
  return [
    {
      label: 'site build, wall (ours without Pagefind)',
      ours: per(siteOnly(low.ours.seconds, low.pagefind.seconds), siteOnly(high.ours.seconds, high.pagefind.seconds)),
      bare: per(low.bare.seconds, high.bare.seconds),
    },
    {
      label: 'site build, CPU (ours without Pagefind)',
      ours: per(
        siteOnly(low.ours.cpuSeconds, low.pagefind.cpuSeconds),
        siteOnly(high.ours.cpuSeconds, high.pagefind.cpuSeconds),
      ),
      bare: per(low.bare.cpuSeconds, high.bare.cpuSeconds),
    },
    {
      label: 'full build with search, wall',
      ours: per(low.ours.seconds, high.ours.seconds),
      bare: per(low.bare.seconds, high.bare.seconds),
    },
    {
      label: 'full build with search, CPU',
      ours: per(low.ours.cpuSeconds, high.ours.cpuSeconds),
      bare: per(low.bare.cpuSeconds, high.bare.cpuSeconds),
    },
  ];
}

export function marginalSection(scales: ScaleResult[]): string {
  const costs = marginalCosts(scales);
  if (!costs.length) return '## Marginal cost\n\nNeeds two scales or more (for example `--scales 10,50`).';
  const [low, high] = scales.slice(-2);
  const rows = costs.map(({ label, ours, bare }, i) => {
    const ratio = ours / bare;
    const verdict = ratio <= MAX_OVERHEAD ? 'yes' : 'NO';
    return [i === 0 ? `**${label}**` : label, ms(ours), ms(bare), `${ratio.toFixed(2)}×`, verdict];
  });
  const perPage = (a: BuildTiming, b: BuildTiming) => ms(((b.seconds - a.seconds) * 1000) / (b.pages - a.pages));
  const noisy = [low.ours, high.ours, low.bare, high.bare].some(disturbed);
  return [
    `## Marginal cost (${low.scale}× → ${high.scale}×)`,
    '',
    `Milliseconds per added content file, (T(${high.scale}×) − T(${low.scale}×)) / (files(${high.scale}×) − files(${low.scale}×)); both builds read the same files, so the ratio is ours/bare for the same work. The row in bold is the one held to ${MAX_OVERHEAD}×: bare Astro builds no search index, so Pagefind (timed on its own) is taken out of ours; the other rows are for reference (CPU time is steadier than wall time on a shared machine).`,
    '',
    table(['measure', 'ours ms/file', 'bare ms/file', 'ours/bare', `within ${MAX_OVERHEAD}×`], rows),
    '',
    ...(noisy
      ? [
          `**Wall times in this run are disturbed** (builds marked † above): the wall rows are unreliable; read the CPU rows, or run again on a quieter machine.`,
          '',
        ]
      : []),
    `Per HTML page written (ours writes list, tag and pagination pages too): ours ${perPage(low.ours, high.ours)} ms, bare ${perPage(low.bare, high.bare)} ms, wall, full build.`,
  ].join('\n');
}
