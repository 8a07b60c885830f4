/**
 * Builds the sample site once, in a copy of the project with the build date pinned, for all
 * build and browser tests; they read the path through `inject('distDir')`. Its /admin/ talks
 * to a local CMS server on a port and secret chosen here, which the CMS test starts later
 * (`inject('cmsBackend')`), so that test needs no build of its own before the editor works.
 * It also starts one Chromium that every browser test connects to (tests/chromium.ts): each
 * test works in contexts of its own, and the suite starts the browser once instead of a dozen
 * times (2.6 core-seconds each).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { newSecret } from '../scripts/cms-server.mjs';
import { launchChromiumServer } from '../scripts/lib/chromium';
import { astroBuild, projectCopy } from './build-site';
import { portForLater } from './free-port';

export default async function setup(project: TestProject) {
  const copy = await projectCopy();
  const cmsBackend = { port: await portForLater(), secret: newSecret() };
  const env = { CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${cmsBackend.port}/${cmsBackend.secret}/api/v1` };
  const result = await astroBuild(copy.root, env);
  if (!result.ok) throw new Error(`The sample site does not build:\n${result.output.slice(-4000)}`);
  const dist = join(copy.root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('The build left no dist/index.html');
  project.provide('distDir', dist);
  project.provide('buildOutput', result.output);
  project.provide('buildEnv', env);
  project.provide('cmsBackend', cmsBackend);
  const chromium = await launchChromiumServer();
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await copy.dispose();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    /** What the build printed, for the check that a normal build is quiet. */
    buildOutput: string;
    /** The environment of that build, for a test that builds the same site again to compare. */
    buildEnv: Record<string, string>;
    /** Where the shared build's /admin/ expects the local CMS server. */
    cmsBackend: { port: number; secret: string };
    /** The suite's Chromium, for `connectChromium`. */
    chromiumEndpoint: string;
  }
}
