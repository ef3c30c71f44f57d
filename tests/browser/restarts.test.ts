// Long play in the browser: restarts (new game, a few lines, quit to the title) must not leak. The
// heap is read after a forced GC over CDP after the first restart and after the fifth; the bound:
// at most 3 MB of growth over those four restarts (about 0.5 MB was measured), and under the
// playthrough budget of 80 MB. `npm run bench` does 50 restarts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newGame, press } from './fault-kit.ts';
import { connectBrowser, FAST, openGame, readOn, usedHeapMB, waitForOffer } from './harness.ts';

const RESTARTS = 5;
const GROWTH_MB = 3;
let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test(`${RESTARTS} restarts: the heap grows by less than ${GROWTH_MB} MB`, async () => {
  const { page, errors, context } = await openGame(browser, { settings: FAST });
  const heap: number[] = [];
  for (let n = 1; n <= RESTARTS; n++) {
    await newGame(page);
    for (let i = 0; i < 3; i++) await readOn(page);
    await press(page, 'Menu', '#story-nav');
    await waitForOffer(page, 'Story menu');
    await press(page, 'Quit to the title');
    await waitForOffer(page, 'Title menu');
    if (n === 1 || n === RESTARTS) heap.push(await usedHeapMB(page));
  }
  const [first = 0, last = 0] = heap;
  expect(last - first).toBeLessThan(GROWTH_MB);
  expect(last).toBeLessThan(80);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
