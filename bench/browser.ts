// The game in headless Chromium (Debian's, as the browser tests use), served by `vite preview` from
// dist/, beside the plain ink page (bench/plain/) served the same way from its own build:
//   - time to the title being interactive (the title menu's buttons are in the DOM mirror), and to
//     the story's first line, each from navigation start, in a fresh context (cold cache) per load;
//     the game opens on a link to the first line (`?run=<no choices>&at=1`, as a shared link or
//     Continue does) and counts until that line is in the text box with Continue offered; the plain
//     page counts until its <p> is in the DOM. Medians of `loads` loads, game and plain taking turns.
//   - frames (bench/frames.ts): frame times and CPU per frame with snow falling, on the idle title and
//     at the busiest moment of each chapter
//   - heap after a full playthrough (through the DOM mirror) and after `restarts` restarts (new game,
//     three beats read on, quit to the title), read after a forced GC over CDP (Runtime.getHeapUsage)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodeRun, Playthrough, storyHash } from '../src/engine/index.ts';
import { FAST, playToEnd, readOn, waitForOffer } from '../tests/browser/harness.ts';
import { launch } from '../tools/chromium.ts';
import { PLAIN_DIR } from './bundle.ts';
import { newContext, serve } from './context.ts';
import { middle, round } from './engine.ts';
import { type FrameFigures, measureFrames } from './frames.ts';

const MB = 1_000_000;

interface Marks {
  title?: number;
  line?: number;
  canvas?: number;
}

export interface BrowserFigures extends FrameFigures {
  titleMs: number;
  firstLineMs: number;
  plainFirstLineMs: number;
  firstLineRatio: number;
  heapAfterPlaythroughMB: number;
  playthroughSteps: number;
  heapRestartsMB: { after: number; usedMB: number }[];
  heapAfterRestartsMB: number;
  heapGrowthOverRestartsMB: number;
  raw: { title: number[]; firstLine: number[]; plainFirstLine: number[] };
  /** Medians, for the game opened on its first line: scripts run (DOMContentLoaded), Phaser's canvas, the line. */
  firstLineSteps: { scripts: number; canvas: number; line: number };
  plainSteps: { scripts: number; line: number };
}

/** Stamps performance.now() into window.__bench when the title menu, and when `line`, first appear. */
async function instrument(context: BrowserContext, line: string): Promise<void> {
  await context.addInitScript((want) => {
    const marks: Record<string, number> = {};
    (window as unknown as { __bench: Record<string, number> }).__bench = marks;
    const check = () => {
      if (marks.canvas === undefined && document.querySelector('#game canvas')) marks.canvas = performance.now();
      if (marks.title === undefined && document.querySelector('#story-choices[aria-label="Title menu"] button')) {
        marks.title = performance.now();
      }
      if (marks.line === undefined) {
        const shown = [...document.querySelectorAll('#story-log p, #story p')].some((p) => p.textContent === want);
        const group = document.getElementById('story-choices');
        // The game: the line is in the text box once Continue is offered; the plain page has no group.
        if (shown && (!group || group.getAttribute('aria-label') === 'Continue')) marks.line = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, line);
}

/** Loads `url` in a fresh context; the time of `mark`, and of the steps before it (ms from navigation start). */
async function loadAndWait(browser: Browser, url: string, line: string, mark: keyof Marks): Promise<Record<string, number>> {
  const context = await newContext(browser);
  try {
    await instrument(context, line);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((m) => (window as any).__bench?.[m] !== undefined, mark, { timeout: 60_000 });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      // Module scripts run before DOMContentLoaded: by then the JS is downloaded, parsed and started.
      return { ...(window as any).__bench, scripts: nav?.domContentLoadedEventEnd ?? Number.NaN };
    });
  } finally {
    await context.close();
  }
}

/** The story's first line as the mirror shows it, and a run link to it. */
export function firstLine(json: string): { text: string; path: string } {
  const beat = Playthrough.start(json, { seed: 1 }).next();
  if (beat.kind !== 'line') throw new Error('bench: the story does not open with a line');
  const text = beat.speaker ? `${beat.speaker}: ${beat.text}` : beat.text;
  return { text, path: `?run=${encodeRun({ storyHash: storyHash(json), seed: 1, choices: [] })}&at=1` };
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

export async function measureBrowser(
  json: string,
  options: { loads: number; restarts: number; log: (m: string) => void },
): Promise<BrowserFigures> {
  const { loads, restarts, log } = options;
  const game = await serve();
  const plain = await serve({ configFile: false, root: 'bench/plain', build: { outDir: PLAIN_DIR } });
  const browser = await launch();
  try {
    const first = firstLine(json);
    const raw = { title: [] as number[], firstLine: [] as number[], plainFirstLine: [] as number[] };
    const steps: Record<string, number>[] = [];
    const plainSteps: Record<string, number>[] = [];
    log(`load times (${loads} loads each, game and plain page taking turns)`);
    for (let i = 0; i < loads; i++) {
      raw.title.push((await loadAndWait(browser, game.url, first.text, 'title')).title ?? Number.NaN);
      steps.push(await loadAndWait(browser, game.url + first.path, first.text, 'line'));
      plainSteps.push(await loadAndWait(browser, plain.url, first.text, 'line'));
      raw.firstLine.push(steps.at(-1)?.line ?? Number.NaN);
      raw.plainFirstLine.push(plainSteps.at(-1)?.line ?? Number.NaN);
    }
    const frames = await measureFrames(browser, game.url, json, log);
    log('heap after a full playthrough');
    const played = await heapAfterPlaythrough(browser, game.url);
    log(`heap over ${restarts} restarts`);
    const heap = await heapOverRestarts(browser, game.url, restarts);
    const titleMs = round(middle(raw.title));
    const firstLineMs = round(middle(raw.firstLine));
    const plainFirstLineMs = round(middle(raw.plainFirstLine));
    const firstHeap = heap[0]?.usedMB ?? Number.NaN;
    const lastHeap = heap.at(-1)?.usedMB ?? Number.NaN;
    return {
      ...frames,
      titleMs,
      firstLineMs,
      plainFirstLineMs,
      firstLineRatio: round(firstLineMs / plainFirstLineMs, 2),
      heapAfterPlaythroughMB: played.mb,
      playthroughSteps: played.steps,
      heapRestartsMB: heap,
      heapAfterRestartsMB: lastHeap,
      heapGrowthOverRestartsMB: round(lastHeap - firstHeap),
      firstLineSteps: {
        scripts: round(middle(steps.map((m) => m.scripts ?? Number.NaN))),
        canvas: round(middle(steps.map((m) => m.canvas ?? Number.NaN))),
        line: firstLineMs,
      },
      plainSteps: { scripts: round(middle(plainSteps.map((m) => m.scripts ?? Number.NaN))), line: plainFirstLineMs },
      raw: {
        title: raw.title.map((t) => round(t)),
        firstLine: raw.firstLine.map((t) => round(t)),
        plainFirstLine: raw.plainFirstLine.map((t) => round(t)),
      },
    };
  } finally {
    await browser.close();
    await game.server.close();
    await plain.server.close();
  }
}
