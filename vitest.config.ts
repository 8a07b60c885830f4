import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // One build of the sample site shared by every file that reads dist/ (see
          // tests/global-setup.ts). Only what a shared build cannot prove builds again: failing
          // builds (bad-content-build), a rebuild to compare (deterministic), another MPP
          // (second-mpp), a large site (scale) and the CMS preview (browser/cms). Files run one
          // at a time so extra builds and Chromium never compete on a 2-core machine.
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
