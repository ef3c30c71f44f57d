// The game in headless Chromium (Debian's, as the browser tests use), served by `vite preview` from
// dist/, beside the plain ink page (bench/plain/) served the same way from its own build:
//   - time to the title being interactive (the title menu's buttons are in the DOM mirror), and to
//     the story's first line, each from navigation start, in a fresh context (cold cache) per load;
//     the game opens on a link to the first line (`?run=<no choices>&at=1`, as a shared link or
//     Continue does) and counts until that line is in the text box with Continue offered; the plain
//     page counts until its <p> is in the DOM. Medians of `loads` loads, game and plain taking turns.
//   - frame times while text is revealed with snow falling: rAF deltas in the page over a few lines
//     of the market scene, typewriter at its default speed, motion on; p50 and p95 per run, median over runs
//   - heap after a full playthrough (through the DOM mirror) and after `restarts` restarts (new game,
//     a few lines, quit to the title), read after a forced GC over CDP (Runtime.getHeapUsage)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { encodeRun, Playthrough, storyHash } from '../src/engine/index.ts';
import { FAST, playToEnd, waitForOffer } from '../tests/browser/harness.ts';
import { launch } from '../tools/chromium.ts';
import { PLAIN_DIR } from './bundle.ts';
import { middle, round } from './engine.ts';

const VIEWPORT = { width: 1280, height: 720 };
const MB = 1_000_000;

interface Marks {
  title?: number;
  line?: number;
  canvas?: number;
}

export interface BrowserFigures {
  renderer: string;
  titleMs: number;
  firstLineMs: number;
  plainFirstLineMs: number;
  firstLineRatio: number;
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
  raw: { title: number[]; firstLine: number[]; plainFirstLine: number[] };
  /** Medians, for the game opened on its first line: scripts run (DOMContentLoaded), Phaser's canvas, the line. */
  firstLineSteps: { scripts: number; canvas: number; line: number };
  plainSteps: { scripts: number; line: number };
}

type Server = Awaited<ReturnType<typeof preview>>;

/**
 * A browser context whose pages can run functions compiled by tsx: its esbuild keeps function names
 * by wrapping them in a `__name` helper, which the page does not have.
 */
async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  return context;
}

async function serve(options: Parameters<typeof preview>[0] = {}): Promise<{ server: Server; url: string }> {
  const server = await preview({ ...options, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
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
    let renderer = '';
    {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(game.url);
      await waitForOffer(page, 'Title menu');
      renderer = (await page.evaluate(() => document.documentElement.dataset.renderer)) ?? '';
      await context.close();
    }
    log(`load times (${loads} loads each, game and plain page taking turns)`);
    for (let i = 0; i < loads; i++) {
      raw.title.push((await loadAndWait(browser, game.url, first.text, 'title')).title ?? Number.NaN);
      steps.push(await loadAndWait(browser, game.url + first.path, first.text, 'line'));
      plainSteps.push(await loadAndWait(browser, plain.url, first.text, 'line'));
      raw.firstLine.push(steps.at(-1)?.line ?? Number.NaN);
      raw.plainFirstLine.push(plainSteps.at(-1)?.line ?? Number.NaN);
    }
    log('frame times during text reveal with snow');
    const snow = game.url + snowLink(json);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await frames(browser, snow));
    const title = await titleFrames(browser, game.url);
    log('CPU per frame at the busiest moment of each chapter');
    const chapterFrames = [];
    for (const scene of busiestScenes(json)) {
      const run = await frames(browser, game.url + scene.link, 2);
      chapterFrames.push({ ...scene, cpuPerFrame: run.cpuPerFrame, p95: run.p95 });
    }
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
      renderer,
      titleMs,
      firstLineMs,
      plainFirstLineMs,
      firstLineRatio: round(firstLineMs / plainFirstLineMs, 2),
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
