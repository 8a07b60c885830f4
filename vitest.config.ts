import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/sequencer';

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Unit files share one module cache: each imports much of the model and the CMS, and
          // importing it afresh for every file took twice as long as the tests themselves
          // (23 s against 9 s). They run as a group of their own, after the site's files.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // One build of the sample site shared by every file that reads dist/ (see
          // tests/global-setup.ts). Only what a shared build cannot prove builds again: failing
          // builds (bad-content-build), a rebuild to compare (deterministic), another MPP
          // (second-mpp), a large site (scale) and the site the CMS test's editor changed. Two files run
          // at a time: most of them wait on Chromium or on a build's single-threaded steps, so a
          // second file fills the idle core (the suite takes a minute less on 2 cores). Timeouts
          // are minutes long, so a slower file under load is never a failure.
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
