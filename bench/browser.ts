// The game in headless Chromium (Debian's, as the browser tests use), served by `vite preview` from
// dist/, beside the plain ink page (bench/plain/) served the same way from its own build:
//   - time to the title being interactive (the title menu's buttons are in the DOM mirror), and to
//     the story's first line, against the plain page's (bench/first-line.ts); medians of `loads`
//     loads, game and plain taking turns
//   - frame times while text is revealed with snow falling: rAF deltas in the page over a few lines
//     of the market scene, typewriter at its default speed, motion on; p50 and p95 per run, median over runs
//   - heap after a full playthrough (through the DOM mirror) and after `restarts` restarts (new game,
//     a few lines, quit to the title), read after a forced GC over CDP (Runtime.getHeapUsage)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodeRun, Playthrough } from '../src/engine/index.ts';
import { FAST, playToEnd, waitForOffer } from '../tests/browser/harness.ts';
import { launch } from '../tools/chromium.ts';
import { PLAIN_DIR } from './bundle.ts';
import { middle, round } from './engine.ts';
import { type LoadFigures, measureLoads } from './first-line.ts';
import { newContext, serve } from './pages.ts';

const MB = 1_000_000;

export interface BrowserFigures extends LoadFigures {
  renderer: string;
  frames: FrameRun[];
  frameP50Ms: number;
  frameP95Ms: number;
  /** Main-thread CPU per frame during the reveal (median of runs). */
  frameCpuMs: number;
  /** The same measures on the idle title screen: what the machine gives with little to draw. */
  titleFrameP95Ms: number;
  titleFrameCpuMs: number;
  /** CPU per frame while two lines are revealed at the busiest moment of each chapter (one run each). */
  chapterFrames: (ChapterScene & { cpuPerFrame: number; p95: number })[];
  heapAfterPlaythroughMB: number;
  playthroughSteps: number;
  heapRestartsMB: { after: number; usedMB: number }[];
  heapAfterRestartsMB: number;
  heapGrowthOverRestartsMB: number;
}

/** Each line on the path that takes option 1 at every choice, with the playthrough there and a run link to it. */
function* linesOnFirstPath(json: string): Generator<{ p: Playthrough; link: string }> {
  const p = Playthrough.start(json, { seed: 1 });
  let inTurn = 0;
  for (let guard = 0; guard < 20_000; guard++) {
    if (p.current?.kind === 'choices') {
      p.choose(0);
      inTurn = 0;
    }
    const beat = p.next();
    inTurn++;
    if (beat.kind === 'end') return;
    if (beat.kind === 'line') yield { p, link: `?run=${encodeRun(p.run)}&at=${inTurn}` };
  }
}

/** A run link to the first line shown with snow falling (option 1 at every choice). */
export function snowLink(json: string): string {
  for (const { p, link } of linesOnFirstPath(json)) if (p.presentation.particles === 'snow') return link;
  throw new Error('bench: no line of the story has snow');
}

export interface ChapterScene {
  chapter: number;
  link: string;
  particles: string;
  portraits: number;
}

/**
 * For each chapter, a run link to its busiest moment on the path that takes option 1 at every
 * choice: particles falling (what costs most per frame), then the most portraits on screen.
 */
export function busiestScenes(json: string): ChapterScene[] {
  const best = new Map<number, ChapterScene & { score: number }>();
  for (const { p, link } of linesOnFirstPath(json)) {
    const { chapter, particles, portraits } = p.presentation;
    if (!chapter) continue;
    const score = (particles === 'none' ? 0 : 10) + portraits.length;
    if ((best.get(chapter.number)?.score ?? -1) >= score) continue;
    best.set(chapter.number, { chapter: chapter.number, link, particles, portraits: portraits.length, score });
  }
  return [...best.values()].sort((a, b) => a.chapter - b.chapter).map(({ score: _, ...scene }) => scene);
}

/**
 * The page's main-thread CPU time, read over CDP: divided by the frames drawn meanwhile, it is the
 * work each frame costs, which (unlike the time between frames) does not grow when other processes
 * share the machine. It leaves out rasterising and compositing on other threads.
 */
async function cpuMeter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  const start = await threadTime();
  return async () => {
    const used = (await threadTime()) - start;
    await cdp.detach();
    return used * 1000;
  };
}

const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export interface FrameRun {
  p50: number;
  p95: number;
  count: number;
  lines: number;
  /** Main-thread CPU ms per frame. */
  cpuPerFrame: number;
}

async function frames(browser: Browser, url: string, reads = 4): Promise<FrameRun> {
  const context = await newContext(browser, { reducedMotion: 'no-preference' });
  try {
    await context.addInitScript(
      (s) => localStorage.setItem('room7.settings', s),
      JSON.stringify({ textSpeed: 45, reducedMotion: 'off' }),
    );
    const page = await context.newPage();
    await page.goto(url);
    await waitForOffer(page, 'Continue');
    await page.waitForTimeout(1000); // let loading settle
    const linesBefore = await page.locator('#story-log p').count();
    const cpu = await cpuMeter(page);
    await page.evaluate(() => {
      const w = window as any;
      w.__frames = [];
      let last = performance.now();
      const tick = (t: number) => {
        w.__frames.push(t - last);
        last = t;
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // Read on: each time, finish the line being revealed and start the next one.
    for (let i = 0; i < reads; i++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      await page.waitForTimeout(1500);
    }
    const deltas: number[] = await page.evaluate(() => {
      const w = window as any;
      w.__stop = true;
      return w.__frames.slice(2);
    });
    const cpuMs = await cpu();
    const lines = (await page.locator('#story-log p').count()) - linesBefore;
    const sorted = [...deltas].sort((a, b) => a - b);
    return {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      count: sorted.length,
      lines,
      cpuPerFrame: round(cpuMs / (sorted.length + 2), 2),
    };
  } finally {
    await context.close();
  }
}

/** rAF deltas on the idle title for about 3 s: the frame time with little to draw, for comparison. */
async function titleFrames(browser: Browser, url: string): Promise<{ p95: number; cpuPerFrame: number }> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForOffer(page, 'Title menu');
    await page.waitForTimeout(1000);
    const cpu = await cpuMeter(page);
    const deltas: number[] = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const out: number[] = [];
          let last = performance.now();
          const tick = (t: number) => {
            out.push(t - last);
            last = t;
            if (out.length < 180) requestAnimationFrame(tick);
            else resolve(out.slice(2));
          };
          requestAnimationFrame(tick);
        }),
    );
    const cpuMs = await cpu();
    const sorted = [...deltas].sort((a, b) => a - b);
    return { p95: round(percentile(sorted, 0.95)), cpuPerFrame: round(cpuMs / (deltas.length + 2), 2) };
  } finally {
    await context.close();
  }
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

/** New game, a few lines, quit to the title; `restarts` times; heap after GC at a few points. */
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
      for (let i = 0; i < 3; i++) {
        await waitForOffer(page, 'Continue');
        await press(page, 'Continue');
      }
      await waitForOffer(page, 'Continue');
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
    let renderer = '';
    {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(urls.game);
      await waitForOffer(page, 'Title menu');
      renderer = (await page.evaluate(() => document.documentElement.dataset.renderer)) ?? '';
      await context.close();
    }
    log(`load times (${loads} loads each, game and plain page taking turns)`);
    const loadFigures = await measureLoads(browser, urls, json, loads);
    log('frame times during text reveal with snow');
    const snow = urls.game + snowLink(json);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await frames(browser, snow));
    const title = await titleFrames(browser, urls.game);
    log('CPU per frame at the busiest moment of each chapter');
    const chapterFrames = [];
    for (const scene of busiestScenes(json)) {
      const run = await frames(browser, urls.game + scene.link, 2);
      chapterFrames.push({ ...scene, cpuPerFrame: run.cpuPerFrame, p95: run.p95 });
    }
    log('heap after a full playthrough');
    const played = await heapAfterPlaythrough(browser, urls.game);
    log(`heap over ${restarts} restarts`);
    const heap = await heapOverRestarts(browser, urls.game, restarts);
    const firstHeap = heap[0]?.usedMB ?? Number.NaN;
    const lastHeap = heap.at(-1)?.usedMB ?? Number.NaN;
    return {
      ...loadFigures,
      renderer,
      frames: runs,
      frameP50Ms: round(middle(runs.map((r) => r.p50))),
      frameP95Ms: round(middle(runs.map((r) => r.p95))),
      frameCpuMs: round(middle(runs.map((r) => r.cpuPerFrame)), 2),
      titleFrameP95Ms: title.p95,
      titleFrameCpuMs: title.cpuPerFrame,
      chapterFrames,
      heapAfterPlaythroughMB: played.mb,
      playthroughSteps: played.steps,
      heapRestartsMB: heap,
      heapAfterRestartsMB: lastHeap,
      heapGrowthOverRestartsMB: round(lastHeap - firstHeap),
    };
  });
}
