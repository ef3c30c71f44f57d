// Browser-test harness: Debian's Chromium driven by playwright-core, against the production build
// served by `vite preview` (started once in tests/browser/global-setup.ts).
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';

export { CHROMIUM, LAUNCH_ARGS, launch } from '../../tools/chromium.ts';

export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * The Chromium shared by the browser test files (started in global-setup.ts). `close()` on it closes
 * the contexts this file opened and disconnects; the browser runs on for the other files. A test that
 * needs Chromium started with other flags launches its own (`launch([...])`).
 */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens the game in a fresh context; page errors are collected so tests can assert there are none. */
export async function openGame(
  browser: Browser,
  options: {
    path?: string;
    viewport?: { width: number; height: number };
    settings?: Record<string, unknown>;
    /** A touch screen (a phone). */
    hasTouch?: boolean;
    /** Readies the context before the first load (seeded storage, a fake gamepad): no reload needed. */
    prepare?: (context: BrowserContext) => Promise<unknown>;
    /**
     * Blocked unless asked for: on its first visit the offline worker fetches and stores the whole
     * game (144 files), about a second of CPU in every fresh context. The tests of offline play,
     * updates and the CSP (robust, security) and a reload in player.test.ts run with it.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    hasTouch: options.hasTouch ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  if (options.settings) {
    await context.addInitScript((s) => {
      if (!localStorage.getItem('room7.settings')) localStorage.setItem('room7.settings', s);
    }, JSON.stringify(options.settings));
  }
  await catchGame(context);
  await options.prepare?.(context);
  // Playwright's default 30 s per wait is thin on a 2-core machine that other processes keep busy.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(baseUrl() + (options.path ?? ''));
  return { context, page, errors };
}

/**
 * The most frames a second a test page draws. With no GPU (these machines) Phaser draws on a software
 * canvas, about 20 ms of the page's one main thread a frame: at 60 a second the frames alone would take
 * all of it, and every test waited on them. The game's timers and tweens run on elapsed time, so
 * they end when they would at 60; every screen is still drawn. `npm run bench` measures frames apart.
 */
export const TEST_FPS = Number(process.env.TEST_FPS ?? 30);

/**
 * Keeps the game's Phaser instance as window.__room7game (main.ts announces it with an event), for
 * tests that read the display list and for playToEnd, and caps its frame rate at TEST_FPS. openGame
 * does it for every page it opens.
 */
export async function catchGame(context: BrowserContext): Promise<void> {
  await context.addInitScript((fps) => {
    window.addEventListener('room7:game', (e) => {
      const game = (e as CustomEvent).detail as { loop: { setFPSLimit(limit: number): void } };
      (window as unknown as { __room7game: unknown }).__room7game = game;
      game.loop.setFPSLimit(fps);
    });
  }, TEST_FPS);
}

/** The last line in the DOM mirror's story log. */
export async function lastLine(page: Page): Promise<string> {
  return (await page.locator('#story-log p').last().textContent()) ?? '';
}

/**
 * Waits until `selector` matches an element in the page. A locator's wait, not page.waitForSelector:
 * that returns an element handle which, never disposed, keeps the element and its listeners alive in
 * the page (the soak's heap and listener counts grew by one detached button per wait).
 */
export async function waitForAttached(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'attached' });
}

/** Waits until the mirror's button group has this label (e.g. "Choices", "Title menu"). */
export async function waitForOffer(page: Page, label: string): Promise<void> {
  await waitForAttached(page, `#story-choices[aria-label="${label}"] button`);
}

/** Clicks the canvas at design coordinates (1920x1080), mapped to the scaled canvas. */
export async function clickDesign(page: Page, x: number, y: number): Promise<void> {
  const box = await page.locator('#game canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + (x / 1920) * box.width, box.y + (y / 1080) * box.height);
}

/** Settings for tests that read many lines: no typewriter, no motion. */
export const FAST = { textSpeed: 0, reducedMotion: 'on' };

/**
 * The frame rate the game draws at while playToEnd reads through the mirror. The page has one main
 * thread; with no GPU (these machines) Phaser draws on a software canvas at about 20 ms of it per frame,
 * so at the full rate the frames nobody looks at took most of it and paced the run (measured: 300 lines
 * 2.2x faster, at half the CPU, at 10 fps). Every line and screen is still built and drawn.
 */
const RUN_FPS = 10;

/**
 * Plays on from wherever the story is, through the DOM mirror alone (as a screen-reader or keyboard
 * user would): Continue at every line, the first option at every choice, until the end.
 * Runs inside the page, so it is not slowed by one browser round trip per line.
 */
export async function playToEnd(page: Page, pick: 'first' | 'last' = 'first', limit = 20000): Promise<number> {
  return page.evaluate(
    // The labels go in as arguments: this function runs in the page, where no module import exists.
    async ({ pick, limit, MirrorLabel, fps }) => {
      const group = () => document.getElementById('story-choices');
      type Loop = { fpsLimit: number; setFPSLimit(limit: number): void };
      const loop = (window as unknown as { __room7game?: { loop: Loop } }).__room7game?.loop;
      const before = loop?.fpsLimit ?? 0;
      loop?.setFPSLimit(fps);
      try {
        for (let steps = 0; steps < limit; steps++) {
          const label = group()?.getAttribute('aria-label');
          if (label === MirrorLabel.end) return steps;
          const buttons = [...(group()?.querySelectorAll('button') ?? [])];
          const button = label === MirrorLabel.choices && pick === 'last' ? buttons.at(-1) : buttons[0];
          button?.click();
          await new Promise((r) => setTimeout(r, 0));
        }
      } finally {
        loop?.setFPSLimit(before);
      }
      throw new Error(`the end was not reached within ${limit} steps`);
    },
    { pick, limit, MirrorLabel, fps: RUN_FPS },
  );
}

/**
 * Reads on by one line through the mirror, as a keyboard user would: Continue, or the first option
 * where choices are on offer; resolves when a new line is in the log. Tests that only need "a few
 * lines further" use it, so they do not depend on where the story puts its choices.
 */
export async function readOn(page: Page): Promise<void> {
  await waitForAttached(page, '#story-choices button');
  const read = await page.evaluate(async (patienceMs) => {
    const last = () => document.querySelector('#story-log > p:last-of-type');
    const before = last();
    // A press that lands while the screen is between two offers (a transition, art loading) does
    // nothing: press again until it reads on. Looked at and pressed in one go, so a press that has
    // been taken (the line is in the log by the time the screen takes presses again) is never doubled.
    for (const end = performance.now() + patienceMs; performance.now() < end; ) {
      if (last() !== before) return true;
      document.querySelector<HTMLButtonElement>('#story-choices button')?.click();
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }, 60_000);
  if (!read) throw new Error('the story did not read on');
}

/** The page's used JS heap in MB (10^6 bytes) after two forced GCs, over CDP. */
export async function usedHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1_000_000;
}
