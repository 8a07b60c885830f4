/**
 * Throwaway folders for the benchmark, in the system's temporary directory: never the
 * project's own content/ or dist/.
 *
 * Like `projectCopy()` in tests/build-site.ts, but node_modules is a folder of links to each
 * installed package rather than one link to the whole folder: Astro and Vite keep their caches
 * (content data store, optimised images, pre-bundled deps) inside node_modules, and a shared
 * cache would let one measured build profit from the previous one, or from a test run by
 * someone else at the same time. Every measured build therefore starts cold, as in CI.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** Build caches that must not be shared between measured builds. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

/** What the real build reads; dist, .tmp, tests and git state stay behind. */
const PROJECT_ENTRIES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface Workspace {
  root: string;
  dispose: () => void;
}

export function linkNodeModules(root: string) {
  const target = join(root, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(join(projectRoot, 'node_modules', name), join(target, name));
  }
}

export function emptyWorkspace(label: string): Workspace {
  const root = mkdtempSync(join(tmpdir(), `portal-mpp-bench-${label}-`));
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** A copy of the project that builds exactly like the real one, with its own build caches. */
export function projectWorkspace(label: string): Workspace {
  const workspace = emptyWorkspace(label);
  for (const entry of PROJECT_ENTRIES)
    cpSync(join(projectRoot, entry), join(workspace.root, entry), { recursive: true });
  linkNodeModules(workspace.root);
  return workspace;
}
