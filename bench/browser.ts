// The game in headless Chromium (Debian's, as the browser tests use), served by `vite preview` from
// dist/, beside the plain ink page (bench/plain/) served the same way from its own build:
//   - time to the title being interactive (the title menu's buttons are in the DOM mirror), and to
//     the story's first line, against the plain page's (bench/first-line.ts); medians of `loads`
//     loads, game and plain taking turns
//   - frames (bench/frames.ts): frame times and CPU per frame with snow falling, on the idle title and
//     at the busiest moment of each chapter
//   - heap after a full playthrough (through the DOM mirror) and after `restarts` restarts (new game,
//     three beats read on, quit to the title), read after a forced GC over CDP (Runtime.getHeapUsage)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FAST, playToEnd, readOn, waitForOffer } from '../tests/browser/harness.ts';
import { launch } from '../tools/chromium.ts';
import { PLAIN_DIR } from './bundle.ts';
import { newContext, serve } from './context.ts';
import { round } from './engine.ts';
import { type LoadFigures, measureLoads } from './first-line.ts';
import { type FrameFigures, measureFrames } from './frames.ts';

const MB = 1_000_000;

export interface BrowserFigures extends LoadFigures, FrameFigures {
  heapAfterPlaythroughMB: number;
  playthroughSteps: number;
  heapRestartsMB: { after: number; usedMB: number }[];
  heapAfterRestartsMB: number;
  heapGrowthOverRestartsMB: number;
}

async function usedHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return round(usedSize / MB);
}

const press = (page: Page, text: string, where = '#story-choices') =>
  page
    .locator(`${where} button`, { hasText: text })
    .first()
    .evaluate((b) => (b as HTMLButtonElement).click());

async function fastContext(browser: Browser): Promise<BrowserContext> {
  const context = await newContext(browser);
  await context.addInitScript((s) => {
    if (!localStorage.getItem('room7.settings')) localStorage.setItem('room7.settings', s);
  }, JSON.stringify(FAST));
  return context;
}

async function heapAfterPlaythrough(browser: Browser, url: string): Promise<{ mb: number; steps: number }> {
  const context = await fastContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForOffer(page, 'Title menu');
    await press(page, 'New game');
    await waitForOffer(page, 'Before you begin');
    await press(page, 'Begin');
    const steps = await playToEnd(page);
    return { mb: await usedHeapMB(page), steps };
  } finally {
    await context.close();
  }
}

/** New game, three beats read on, quit to the title; `restarts` times; heap after GC at a few points. */
async function heapOverRestarts(browser: Browser, url: string, restarts: number): Promise<{ after: number; usedMB: number }[]> {
  const context = await fastContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    const points = new Set([1, Math.ceil(restarts / 2), restarts]);
    const heap: { after: number; usedMB: number }[] = [];
    for (let n = 1; n <= restarts; n++) {
      await waitForOffer(page, 'Title menu');
      await press(page, 'New game');
      await waitForOffer(page, 'Before you begin');
      await press(page, 'Begin');
      // Three beats read on (Continue, or the first option where the story offers a choice), as the
      // restarts test does: the prologue's first choice now comes after its third line.
      for (let i = 0; i < 3; i++) await readOn(page);
      await press(page, 'Menu', '#story-nav');
      await waitForOffer(page, 'Story menu');
      await press(page, 'Quit to the title');
      await waitForOffer(page, 'Title menu');
      if (points.has(n)) heap.push({ after: n, usedMB: await usedHeapMB(page) });
    }
    return heap;
  } finally {
    await context.close();
  }
}

/** The game's and the plain page's builds served, and a browser, for `action`; all closed after. */
async function withPages<T>(action: (browser: Browser, urls: { game: string; plain: string }) => Promise<T>): Promise<T> {
  const game = await serve();
  const plain = await serve({ configFile: false, root: 'bench/plain', build: { outDir: PLAIN_DIR } });
  const browser = await launch();
  try {
    return await action(browser, { game: game.url, plain: plain.url });
  } finally {
    await browser.close();
    await game.server.close();
    await plain.server.close();
  }
}

/** Only the load times (`npm run bench -- --only first-line`). */
export function measureFirstLine(json: string, options: { loads: number; log: (m: string) => void }): Promise<LoadFigures> {
  options.log(`load times (${options.loads} loads each, game and plain page taking turns)`);
  return withPages((browser, urls) => measureLoads(browser, urls, json, options.loads));
}

export function measureBrowser(
  json: string,
  options: { loads: number; restarts: number; log: (m: string) => void },
): Promise<BrowserFigures> {
  const { loads, restarts, log } = options;
  return withPages(async (browser, urls) => {
    log(`load times (${loads} loads each, game and plain page taking turns)`);
    const loadFigures = await measureLoads(browser, urls, json, loads);
    const frames = await measureFrames(browser, urls.game, json, log);
    log('heap after a full playthrough');
    const played = await heapAfterPlaythrough(browser, urls.game);
    log(`heap over ${restarts} restarts`);
    const heap = await heapOverRestarts(browser, urls.game, restarts);
    const firstHeap = heap[0]?.usedMB ?? Number.NaN;
    const lastHeap = heap.at(-1)?.usedMB ?? Number.NaN;
    return {
      ...loadFigures,
      ...frames,
      heapAfterPlaythroughMB: played.mb,
      playthroughSteps: played.steps,
      heapRestartsMB: heap,
      heapAfterRestartsMB: lastHeap,
      heapGrowthOverRestartsMB: round(lastHeap - firstHeap),
    };
  });
}
