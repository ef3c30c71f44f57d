// The soak (issue 18): one page through 10 loads, 10 rewinds, 20 menu open/close cycles, 50 resizes
// and 3 full runs. After it: the current line is in the mirror's log once (a rebuilt screen does not
// announce it again), the story screen was built a bounded number of times (performance marks
// 'room7:story-built', one per StoryScene.create), and the heap is within 2 MB of where it started,
// measured from the soak's real start (the first choice of the page's first new game) to the same
// place at its end, with no warm-up before.
//
// The heap here is the game's data, not V8's compiled code (heap-split.ts splits the two with a heap
// snapshot). Measured (snapshots at the start, after one soak and after a second soak on the same
// page, diffed by type and by what holds each object): used heap 8.74 -> 12.09 -> 12.06 MB, of which
// code 3.10 -> 5.79 -> 5.73 MB (V8 optimising what the soak makes hot) and data 5.64 -> 6.30 -> 6.33 MB.
// The data's +0.66 MB is one-time: inkjs caching, on the one shared parsed story, the paths of the
// objects play reaches (+0.32 MB; never past the story, see src/engine/parsed-story.ts), V8's lists of
// what optimised code depends on (about +0.14), the read-line marks (one per line of the story), the
// lookahead's story and Phaser's pools. A second soak adds 0.03 MB of data, so a leak of 2 MB over
// the soak fails this test. (Measured after a first full run instead, as this test once did, the
// code's growth hid in the warm-up and the used heap read as 2.8 MB "of first-time loading".)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { choose, logLines, newGame, offerLabel, press, readToChoices } from './fault-kit.ts';
import { connectBrowser, FAST, openGame, playToEnd, waitForOffer } from './harness.ts';
import { type HeapSplit, heapSplit, listenerCount } from './heap-split.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const builds = (page: Page) => page.evaluate(() => performance.getEntriesByName('room7:story-built').length);

let step = '';
async function openMenu(page: Page): Promise<void> {
  // Pressed again if the screen was still busy (a scene change under way) and did not open it.
  for (let tries = 0; tries < 20; tries++) {
    if ((await offerLabel(page)) === 'Story menu') return;
    await press(page, 'Menu', '#story-nav');
    await page.waitForTimeout(250);
  }
  const mirror = await page.locator('#mirror').textContent();
  throw new Error(`the menu did not open at ${step}: ${mirror?.slice(-400)}`);
}

/** New game, then on to its first choice point: the place the heap is measured at. */
async function toFirstChoice(page: Page): Promise<void> {
  await newGame(page);
  await readToChoices(page);
}

test('soak: loads, rewinds, menus, resizes and full runs leave one copy of the line, bounded rebuilds and a flat heap', async () => {
  const { page, errors, context } = await openGame(browser, { settings: FAST });
  await toFirstChoice(page);
  const heapBefore = await heapSplit(page);
  const listenersBefore = await listenerCount(page);

  // 12 choices in, saved in slot 1; then 10 loads of it and 10 rewinds.
  for (let i = 0; i < 12; i++) {
    await choose(page, 1);
    await readToChoices(page);
  }
  await openMenu(page);
  await press(page, /^(\d+\. )?Save$/);
  await waitForOffer(page, 'Save');
  await press(page, 'Slot 1');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('#story-choices p')?.textContent ?? ''));
  await press(page, /^(\d+\. )?Back$/);
  await waitForOffer(page, 'Story menu');
  await press(page, 'Return to the story');
  await waitForOffer(page, 'Choices');
  const beforeLoads = await builds(page);
  for (let i = 0; i < 10; i++) {
    step = `load ${i}`;
    await openMenu(page);
    await press(page, /^(\d+\. )?Load$/);
    await waitForOffer(page, 'Load');
    await press(page, 'Slot 1');
    await waitForOffer(page, 'Choices');
  }
  for (let i = 0; i < 10; i++) {
    step = `rewind ${i}`;
    await openMenu(page);
    await press(page, 'Rewind one choice');
    await waitForOffer(page, 'Choices');
  }
  const loadsAndRewinds = (await builds(page)) - beforeLoads;

  // A fresh run (the log starts empty), then 20 menu cycles and 50 resizes at its first choice.
  await openMenu(page);
  await press(page, 'Quit to the title');
  await toFirstChoice(page);
  const current = (await logLines(page)).filter((l) => !l.startsWith('[')).at(-1) ?? '';
  const beforeChurn = await builds(page);
  for (let i = 0; i < 20; i++) {
    step = `menu ${i}`;
    await openMenu(page);
    await press(page, 'Return to the story');
    await waitForOffer(page, 'Choices');
  }
  for (let i = 0; i < 50; i++) {
    await page.setViewportSize(i % 2 === 0 ? { width: 390, height: 844 } : { width: 1280, height: 720 });
    await page.waitForTimeout(60);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitForOffer(page, 'Choices');
  await page.waitForTimeout(1500); // any rebuild still under way settles
  const churn = (await builds(page)) - beforeChurn;
  const copies = (await logLines(page)).filter((l) => l === current).length;

  // 3 full runs (the first from here), each to an ending.
  console.info(`[soak] phase: full runs (loads+rewinds ${loadsAndRewinds} builds, churn ${churn}, copies ${copies})`);
  for (let run = 0; run < 3; run++) {
    if (run > 0) {
      await press(page, 'Back to the title');
      await toFirstChoice(page);
    }
    await playToEnd(page);
    expect(await offerLabel(page)).toBe('The end');
  }
  await press(page, 'Back to the title');
  await toFirstChoice(page);
  const heapAfter = await heapSplit(page);
  const listenersAfter = await listenerCount(page);

  const mb = (h: HeapSplit) => `${h.usedMB.toFixed(2)} (data ${h.dataMB.toFixed(2)}, code ${h.codeMB.toFixed(2)})`;
  const dom = (h: HeapSplit, listeners: number) =>
    `${h.elements} elements + ${h.canvases} canvases + ${h.images} images, ${listeners} listeners`;
  console.info(
    `[soak] builds: ${loadsAndRewinds} for 20 loads and rewinds, ${churn} for 20 menus and 50 resizes; ` +
      `line copies ${copies}; heap ${mb(heapBefore)} -> ${mb(heapAfter)} MB; ` +
      `DOM ${dom(heapBefore, listenersBefore)} -> ${dom(heapAfter, listenersAfter)}`,
  );
  expect(copies).toBe(1);
  // One build per load and per rewind; one per closed menu (settings may have changed) and per
  // resize that turns the screen (each of the 50 here does), and a few to spare.
  expect(loadsAndRewinds).toBeLessThanOrEqual(20 + 2);
  expect(churn).toBeLessThanOrEqual(20 + 50 + 5);
  expect(heapAfter.dataMB - heapBefore.dataMB).toBeLessThan(2);
  // The same screen at the same place: the same elements as at the start (measured: 53 and 53), not
  // counting canvases and images, which are Phaser's textures and canvas pool (measured 24 -> 75 and
  // 3 -> 5: art kept as pixels within its budget, the pool as large as the most canvases ever in use
  // at once, one picture per save slot shown; a second soak adds 1 and 1). Listeners: +4 measured,
  // those two pictures' load and error handlers (Phaser leaves them set). One element or listener left behind per menu, per
  // load and rewind, or per resize would add 20 or more.
  expect(heapAfter.elements - heapBefore.elements).toBeLessThanOrEqual(3);
  expect(listenersAfter - listenersBefore).toBeLessThanOrEqual(8);
  expect(errors).toEqual([]);
  await context.close();
}, 1_800_000);
