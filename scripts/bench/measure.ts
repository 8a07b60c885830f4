/**
 * The two kinds of measurement `npm run bench` makes on a generated site: one scale of the
 * build comparison (ours, Pagefind alone, bare Astro on the same files), and the visitor's
 * side of a built site (page weight per type, search transfer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../lib/dist-pages';
import { bareProject } from './bare/project';
import { buildPhases } from './build-phases';
import { generateContent, type CorpusSize, type GeneratedCorpus } from '../lib/generate';
import { weighPageTypes } from './page-types';
import { timePagefind } from './pagefind-timing';
import type { ScaleResult, SiteResult } from './report';
import { measureSearch } from './search-transfer';
import { timedBuild, type BuildTiming } from './timed-build';
import { projectWorkspace, type Workspace } from '../lib/workspace';

/** Two different queries residents type; both find pages on the sample and generated sites. */
const SEARCH_QUERIES: [string, string] = ['ktp', 'akta kelahiran'];
export const SERVICE_PAGE = { preferred: '/layanan/ktp-el-baru/', pattern: /^\/layanan\/[^/]+\/$/ };
export const NEWS_PAGE = {
  preferred: '/berita/uji-coba-mpp-ogan-ilir/',
  pattern: /^\/berita\/(?!halaman\/|tag\/)[^/]+\/$/,
};

export type Progress = (message: string) => void;

export const describeBuild = (t: BuildTiming) =>
  `${t.pages} pages in ${t.seconds.toFixed(1)} s (CPU ${t.cpuSeconds.toFixed(1)} s, peak ${t.peakMb.toFixed(0)} MB)`;

/** A page of the built site: the preferred one, or the first of its type when the content changed. */
export function pageOf(dist: string, page: { preferred: string; pattern: RegExp }): string {
  const pages = htmlPages(dist);
  if (pages.includes(page.preferred)) return page.preferred;
  return pages.filter((path) => page.pattern.test(path)).sort()[0] ?? '/';
}

/** A project copy grown to `size` and built the real way (scripts/build.mjs). */
export async function buildGrownSite(label: string, size: CorpusSize, seed: string, progress: Progress) {
  const workspace = projectWorkspace(label.replace(/\W+/g, '-'));
  try {
    const corpus = generateContent(workspace.root, size, seed);
    progress(`${label}: building ours over ${corpus.contentFiles} content files`);
    const build = await timedBuild(workspace.root, ['scripts/build.mjs'], join(workspace.root, 'dist'));
    progress(`${label}: ours ${describeBuild(build)}`);
    return { workspace, corpus, build };
  } catch (error) {
    workspace.dispose();
    throw error;
  }
}

/**
 * One scale of the comparison: our build, Pagefind timed alone on its output, then bare Astro
 * over the very same content folder. Returns the built copy for further measurement.
 */
export async function measureScale(
  scale: number,
  size: CorpusSize,
  seed: string,
  progress: Progress,
): Promise<{ result: ScaleResult; workspace: Workspace }> {
  const { workspace, corpus, build } = await buildGrownSite(`${scale}×`, size, seed, progress);
  const bare = bareProject(join(workspace.root, 'content'));
  try {
    const pagefind = await timePagefind(workspace.root, join(workspace.root, 'dist'));
    progress(`${scale}×: Pagefind alone ${pagefind.seconds.toFixed(1)} s; building bare Astro`);
    const bareBuild = await timedBuild(
      bare.root,
      ['node_modules/astro/bin/astro.mjs', 'build'],
      join(bare.root, 'dist'),
    );
    progress(`${scale}×: bare ${describeBuild(bareBuild)}`);
    const phasesOf = (root: string) => buildPhases(readFileSync(join(root, 'bench-build.log'), 'utf8'));
    return {
      workspace,
      result: {
        scale,
        corpus,
        ours: { ...build, phases: phasesOf(workspace.root) },
        pagefind,
        bare: { ...bareBuild, phases: phasesOf(bare.root) },
      },
    };
  } catch (error) {
    workspace.dispose();
    throw error;
  } finally {
    bare.dispose();
  }
}

/** What a visitor of the built site gets: page weight per type and search transfer. */
export async function measureSite(
  label: string,
  workspace: Workspace,
  build: BuildTiming,
  corpus: GeneratedCorpus,
  progress: Progress,
): Promise<SiteResult> {
  const dist = join(workspace.root, 'dist');
  progress(`${label}: page weights`);
  const weights = weighPageTypes(dist);
  progress(`${label}: search transfer in Chromium`);
  const search = await measureSearch(dist, pageOf(dist, SERVICE_PAGE), SEARCH_QUERIES);
  return { label, corpus, build, weights, search };
}
