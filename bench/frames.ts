// Frames in headless Chromium at the bench's window (1280x720), motion on, the typewriter at its
// default speed:
//   - while text is revealed with snow falling (the first snowy line of the story): rAF deltas in the
//     page over a few lines, p50 and p95 per run, median over runs, and main-thread CPU per frame
//   - the idle title, for comparison: what the machine gives with little to draw
//   - CPU per frame at the busiest moment of each chapter (particles first, then portraits)
// `npm run bench -- --only frame` runs this part alone (after the build).
import type { Browser, Page } from 'playwright-core';
import type { Playthrough } from '../src/engine/index.ts';
import { firstPath } from '../tests/browser/first-path.ts';
import { waitForOffer } from '../tests/browser/harness.ts';
import { launch } from '../tools/chromium.ts';
import { newContext, serve } from './context.ts';
import { middle, round } from './engine.ts';

export interface FrameFigures {
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
}

/** Each line on the path that takes option 1 at every choice, with the playthrough there and a run link to it. */
function* linesOnFirstPath(json: string): Generator<{ p: Playthrough; link: string }> {
  for (const { p, beat, link } of firstPath(json)) if (beat.kind === 'line') yield { p, link };
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

/** The renderer the game chose in this browser (`canvas` or `webgl`). */
async function rendererOf(browser: Browser, url: string): Promise<string> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForOffer(page, 'Title menu');
    return (await page.evaluate(() => document.documentElement.dataset.renderer)) ?? '';
  } finally {
    await context.close();
  }
}

/** Every frame figure, for the game served at `url` with this story. */
export async function measureFrames(
  browser: Browser,
  url: string,
  json: string,
  log: (m: string) => void,
): Promise<FrameFigures> {
  const renderer = await rendererOf(browser, url);
  log('frame times during text reveal with snow');
  const snow = url + snowLink(json);
  const runs: FrameRun[] = [];
  for (let i = 0; i < 3; i++) runs.push(await frames(browser, snow));
  const title = await titleFrames(browser, url);
  log('CPU per frame at the busiest moment of each chapter');
  const chapterFrames = [];
  for (const scene of busiestScenes(json)) {
    const run = await frames(browser, url + scene.link, 2);
    chapterFrames.push({ ...scene, cpuPerFrame: run.cpuPerFrame, p95: run.p95 });
  }
  return {
    renderer,
    frames: runs,
    frameP50Ms: round(middle(runs.map((r) => r.p50))),
    frameP95Ms: round(middle(runs.map((r) => r.p95))),
    frameCpuMs: round(middle(runs.map((r) => r.cpuPerFrame)), 2),
    titleFrameP95Ms: title.p95,
    titleFrameCpuMs: title.cpuPerFrame,
    chapterFrames,
  };
}

/** The frame part alone (`npm run bench -- --only frame`): serves dist/ and measures its frames. */
export async function measureFramesAlone(json: string, log: (m: string) => void): Promise<FrameFigures> {
  const game = await serve();
  const browser = await launch();
  try {
    return await measureFrames(browser, game.url, json, log);
  } finally {
    await browser.close();
    await game.server.close();
  }
}
