import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Timeouts are sized for a 2-core machine that other processes keep busy: a unit file that compiles
// or replays the whole story in a hook took 10-20 s there (vitest's default hook timeout is 10 s), a
// browser test that plays through a chapter up to a minute. A hung test still fails, only later.
export default defineConfig({
  test: {
    // The JSON report is what .ci/run sums into its "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Vitest's default is one worker less than the cores: one on these 2-core machines, so
          // every unit file ran after the other. The files are CPU-bound: use both cores.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
