// The soak's heap measure (heap-split.ts) sees a leak: 2 MB of data kept by the page shows as 2 MB
// more data and no more code, data + code is the used heap the browser reports, and elements kept
// out of the document are counted.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newGame, readToChoices } from './fault-kit.ts';
import { connectBrowser, FAST, openGame } from './harness.ts';
import { heapSplit } from './heap-split.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('2 MB kept by the page is 2 MB more data, not code; 10 detached buttons kept are 10 elements more', async () => {
  const { page, errors, context } = await openGame(browser, { settings: FAST });
  // At a choice point, where nothing is loading or parsing (the title parses the story while idle).
  await newGame(page);
  await readToChoices(page);
  const before = await heapSplit(page);
  // 262,144 doubles in one array: 8 bytes each on the V8 heap, 2.10 MB.
  await page.evaluate(() => {
    const kept = window as unknown as { kept: number[]; buttons: HTMLButtonElement[] };
    kept.kept = Array.from({ length: 262_144 }, (_, i) => i + 0.5);
    kept.buttons = Array.from({ length: 10 }, () => document.createElement('button'));
  });
  const after = await heapSplit(page);
  console.info(`[heap-split] before ${JSON.stringify(before)}; after 2.10 MB kept ${JSON.stringify(after)}`);
  // The used size is read just after the snapshot, with the game's frames going on: close, not exact.
  for (const heap of [before, after]) expect(Math.abs(heap.dataMB + heap.codeMB - heap.usedMB)).toBeLessThan(0.15);
  expect(after.dataMB - before.dataMB).toBeGreaterThan(2.05);
  expect(after.dataMB - before.dataMB).toBeLessThan(2.4);
  expect(Math.abs(after.codeMB - before.codeMB)).toBeLessThan(0.3);
  expect(after.elements - before.elements).toBe(10);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
