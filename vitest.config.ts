import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// One pool for both projects: every file (unit or browser) goes to the next free worker. One worker
// more than the cores: a browser file spends part of its time waiting on Chromium (loads, timers,
// frames paced at TEST_FPS), and a third file fills that time. Measured on a quiet 2-core machine,
// the same commit back to back: 2 workers 204 s, 3 workers 175 s, 4 workers 206 s (the pages then
// fought for the cores). The browser files share one Chromium (global-setup.ts) and one
// `vite preview` server, which only serves files.
const WORKERS = availableParallelism() + 1;

/**
 * Vitest's order (the browser project first; in it, longest first by the last run's times, or the
 * largest file on a fresh clone), but the soak first of all: it is the longest file by far (one page
 * through three whole runs), and started last it would run on alone at the end.
 */
class SoakFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const soak = (f: TestSpecification) => f.moduleId.endsWith('tests/browser/soak.test.ts');
    return [...sorted.filter(soak), ...sorted.filter((f) => !soak(f))];
  }
}

// Timeouts are sized for a 2-core machine that other processes keep busy: a unit file that compiles
// or replays the whole story in a hook took 10-20 s there (vitest's default hook timeout is 10 s), a
// browser test that plays through a chapter up to a minute. A hung test still fails, only later.
export default defineConfig({
  test: {
    // The JSON report is what .ci/run sums into its "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    sequence: { sequencer: SoakFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          maxWorkers: WORKERS,
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
          // The same count as the unit project's: the two share one pool (vitest requires it).
          maxWorkers: WORKERS,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // expect.poll gives up after 1 s by default: a loaded machine took longer to bring up the title.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
