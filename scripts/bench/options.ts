/** Command-line flags of `npm run bench`; see README.md, "Benchmark". */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, type CorpusSize } from '../lib/generate';

export interface BenchOptions {
  seed: string;
  /** Multiples of the sample's services, news and booths to build, ours and bare. */
  scales: number[];
  /** The ~5,000-page site measured for page weight and search transfer; none in quick mode. */
  largeSite?: CorpusSize;
  /** A size given with --services/--news/--booths: one build of ours, weights and search only. */
  custom?: CorpusSize;
  lighthouse: boolean;
  /** Visits and a first search on the sample site under Slow 3G and Slow 4G (throttled.ts). */
  throttled: boolean;
}

/** About 5,000 pages: the size the site must stay fast at (a large MPP after years of news). */
export const LARGE_SITE: CorpusSize = { services: 2500, news: 2000, booths: 500 };

export const USAGE = `npm run bench [-- flags]
  (no flags)          1x, 10x, 50x the sample, ours and bare Astro; weights and search on the
                      sample and on a ~5,000-page site; Lighthouse and slow-network visits
                      on the sample
  --quick             1x and 10x only, no ~5,000-page site
  --scales 1,10,50    which multiples of the sample to build
  --services N --news N --booths N
                      one site of that size (totals, sample included): build, weights, search
  --seed S            seed of the generated content (default ${DEFAULT_SEED})
  --skip-lighthouse   no Lighthouse run
  --skip-throttled    no visits to the sample under Slow 3G and Slow 4G`;

function count(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${flag} needs a whole number, not "${value}"`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: 'string' },
      news: { type: 'string' },
      booths: { type: 'string' },
      seed: { type: 'string', default: DEFAULT_SEED },
      scales: { type: 'string', default: '1,10,50' },
      quick: { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'skip-throttled': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = { services: count(values.services, 'services'), news: count(values.news, 'news') };
  const booths = count(values.booths, 'booths');
  const custom =
    sizes.services !== undefined || sizes.news !== undefined || booths !== undefined
      ? { services: sizes.services ?? 0, news: sizes.news ?? 0, booths: booths ?? 0 }
      : undefined;
  const scales = values.quick ? [1, 10] : values.scales.split(',').map((s) => count(s.trim(), 'scales') ?? 1);
  if (!custom && scales.some((scale) => scale < 1)) throw new Error('--scales are multiples of the sample: 1 or more');
  return {
    seed: values.seed,
    scales: custom ? [] : [...new Set(scales)].sort((a, b) => a - b),
    largeSite: custom || values.quick ? undefined : LARGE_SITE,
    custom,
    lighthouse: !custom && !values['skip-lighthouse'],
    throttled: !custom && !values['skip-throttled'],
  };
}
