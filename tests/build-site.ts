/**
 * Builds a copy of the project into a folder, for tests that need the real `astro build`.
 * The copy links the project's installed packages, so a build costs only the build itself.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { linkNodeModules } from '../scripts/lib/workspace';

const run = promisify(execFile);
export const projectRoot = resolve(import.meta.dirname, '..');

/** The day tests build for, so date-window results (booths, campaigns) do not drift. */
export const TEST_BUILD_DATE = '2026-11-28';

export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Runs the project's build (`npm run build`) in `root`; never throws, returns the output instead. */
export async function astroBuild(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  // The test runner sets MODE, DEV, PROD and SSR in process.env for its own import.meta.env;
  // left in place they would leak into the build (PROD='' would publish drafts).
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'].includes(name)),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      env: {
        ...inherited,
        NODE_ENV: 'production',
        BUILD_DATE: TEST_BUILD_DATE,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}` };
  }
}

/** A throwaway copy of the project (sources, content, config; not dist or caches). */
export async function projectCopy(): Promise<{ root: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'portal-mpp-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  await linkPackages(root);
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Packages linked one by one (scripts/lib/workspace.ts): a shared node_modules/.astro would let
 * two builds of different content running at once read each other's content store. The copy
 * starts from the project's image cache, which only holds outputs keyed by their inputs.
 */
async function linkPackages(root: string): Promise<void> {
  linkNodeModules(root);
  const images = join(projectRoot, 'node_modules/.astro/assets');
  await cp(images, join(root, 'node_modules/.astro/assets'), { recursive: true }).catch(() => undefined);
}
