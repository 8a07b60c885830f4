/**
 * Builds the sample site once, in a copy of the project with the build date pinned, for all
 * build and browser tests; they read the path through `inject('distDir')`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectCopy } from './build-site';

export default async function setup(project: TestProject) {
  const copy = await projectCopy();
  const result = await astroBuild(copy.root);
  if (!result.ok) throw new Error(`The sample site does not build:\n${result.output.slice(-4000)}`);
  const dist = join(copy.root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('The build left no dist/index.html');
  project.provide('distDir', dist);
  project.provide('buildOutput', result.output);
  return () => copy.dispose();
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    /** What the build printed, for the check that a normal build is quiet. */
    buildOutput: string;
  }
}
