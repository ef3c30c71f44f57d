// A run link's line, drawn before the game has started (src/early-line.ts, presentation/line-preview.ts):
// it is where the story screen then draws it, pixel for pixel (the game held back until the line is
// up, then let through; the canvas renderer, so both canvases can be read); it is in the text
// version with a Continue that reads on once the game is there; it goes with the game's first screen;
// and a link that does not open on a line of this story draws nothing early.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { encodeRun, storyHash } from '../../src/engine/index.ts';
import { firstPath } from './first-path.ts';
import { baseUrl, connectBrowser } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const json = readFileSync('dist/story.json', 'utf8');

/** Run links to the first line on the path that takes option 1 at every choice, that has (or has not) a speaker. */
function linkTo(speaker: boolean): { path: string; text: string; next: string } {
  for (const { p, beat, link } of firstPath(json)) {
    if (beat.kind === 'line' && (beat.speaker !== null) === speaker) {
      const after = p.next();
      const next = after.kind === 'line' ? (after.speaker ? `${after.speaker}: ${after.text}` : after.text) : '';
      return { path: `${link}&renderer=canvas`, text: beat.speaker ? `${beat.speaker}: ${beat.text}` : beat.text, next };
    }
  }
  throw new Error('no such line');
}

interface Held {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Lets the game's code through. */
  release: () => Promise<void>;
}

/** The page on `path` with the game's own chunk held back, and the art not served (the stage behind the box stays dark). */
async function openHeld(path: string, viewport: { width: number; height: number }, settings?: object): Promise<Held> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  context.setDefaultTimeout(60_000);
  if (settings) await context.addInitScript((s) => localStorage.setItem('room7.settings', s), JSON.stringify(settings));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let held: Route | null = null;
  let onHeld: (() => void) | null = null;
  await page.route('**/assets/main-*.js', (route) => {
    held = route;
    onHeld?.();
  });
  // The art is refused by Chromium itself, at once. Refused by this test's process (page.route), a
  // loaded machine made the refusal take longer than the 400 ms after which the game shows "Loading
  // the scene…" above the box (stage/loading-hint.ts), which the early line rightly does not have.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBlockedURLs', { urls: ['*/art/backgrounds/*', '*/art/portraits/*'] });
  await page.goto(baseUrl() + path);
  const release = async () => {
    if (!held) await new Promise<void>((resolve) => (onHeld = resolve));
    await (held as Route | null)?.continue();
  };
  return { context, page, errors, release };
}

/** Keeps the early canvas's pixels and place in the page, to compare with the game's canvas later. */
const keepPreview = (page: Page) =>
  page.evaluate(() => {
    const c = document.getElementById('line-preview') as HTMLCanvasElement;
    const w = window as unknown as { __preview: ImageData; __previewRect: DOMRect };
    w.__preview = c.getContext('2d')?.getImageData(0, 0, c.width, c.height) as ImageData;
    w.__previewRect = c.getBoundingClientRect();
  });

/** Pixels of the game's canvas in the text box's part of the screen (its lower 40%) that differ from the early canvas. */
const differingPixels = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __preview: ImageData; __previewRect: DOMRect };
    const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
    const now = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
    const before = w.__preview;
    if (!now || now.width !== before.width || now.height !== before.height) return { differ: -1, of: 0, moved: -1 };
    let differ = 0;
    let of = 0;
    for (let y = Math.floor(now.height * 0.6); y < now.height; y++) {
      for (let x = 0; x < now.width; x++) {
        const i = (y * now.width + x) * 4;
        of++;
        const channel = [0, 1, 2].map((k) => Math.abs((now.data[i + k] ?? 0) - (before.data[i + k] ?? 0)));
        if (Math.max(...channel) > 8) differ++;
      }
    }
    const a = canvas.getBoundingClientRect();
    const b = w.__previewRect;
    const moved = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.width - b.width), Math.abs(a.height - b.height));
    return { differ, of, moved };
  });

const offered = (page: Page) => page.locator('#story-choices').getAttribute('aria-label');
const logLines = (page: Page) => page.locator('#story-log p').allTextContents();

test.each([
  { name: 'a line, 1280x720', speaker: false, viewport: { width: 1280, height: 720 }, settings: undefined },
  { name: 'a speaker, upright phone 390x844', speaker: true, viewport: { width: 390, height: 844 }, settings: undefined },
  {
    name: 'larger text, high contrast, 1920x1080',
    speaker: true,
    viewport: { width: 1920, height: 1080 },
    settings: { fontScale: 1.25, highContrast: true },
  },
])(
  '$name: drawn before the game starts, where and as the story screen then draws it',
  async ({ speaker, viewport, settings }) => {
    const link = linkTo(speaker);
    const { context, page, errors, release } = await openHeld(link.path, viewport, settings);
    await page.waitForSelector('#line-preview');
    // Before any of the game's code: the loading screen gives way, the text version has the line and Continue.
    expect(await page.locator('#loading').isHidden()).toBe(true);
    expect(await logLines(page)).toEqual([link.text]);
    expect(await offered(page)).toBe(MirrorLabel.continue);
    await keepPreview(page);
    await release();
    await page.waitForFunction(() => !document.getElementById('line-preview'));
    await page.waitForTimeout(300);
    const { differ, of, moved } = await differingPixels(page);
    expect(moved).toBeLessThan(0.5);
    expect(of).toBeGreaterThan(100_000);
    // Measured: 2 to 22 pixels of a million (the corners' and the mark's anti-aliasing).
    expect(differ).toBeLessThan(of / 2000);
    // The game told the line once, not again.
    expect(await logLines(page)).toEqual([link.text]);
    expect(errors).toEqual([]);
    await context.close();
  },
  180_000,
);

test('Continue pressed before the game is there reads on, once, when it is', async () => {
  const link = linkTo(false);
  expect(link.next).not.toBe('');
  const { context, page, errors, release } = await openHeld(link.path, { width: 1280, height: 720 });
  await page.waitForSelector('#line-preview');
  await page.locator('#story-choices button').evaluate((b) => (b as HTMLButtonElement).click());
  await release();
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length >= n, 2);
  await page.waitForTimeout(1500);
  expect(await logLines(page)).toEqual([link.text, link.next]);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('a resize while the line is up leaves the screen to the game; a link to a changed story draws nothing early', async () => {
  const link = linkTo(false);
  const held = await openHeld(link.path, { width: 1280, height: 720 });
  await held.page.waitForSelector('#line-preview');
  await held.page.setViewportSize({ width: 1000, height: 700 });
  await held.page.waitForFunction(() => !document.getElementById('line-preview'));
  await held.context.close();
  // The same choices on another version of the story: the game says what changed; nothing is drawn before it.
  const other = `?run=${encodeRun({ storyHash: storyHash(`${json} `), seed: 1, choices: [] })}&at=1`;
  const { context, page } = await openHeld(other, { width: 1280, height: 720 });
  await page.waitForFunction(() => performance.getEntriesByName('room7:story-parsed').length > 0);
  await page.waitForTimeout(500);
  expect(await page.locator('#line-preview').count()).toBe(0);
  expect(await page.locator('#loading').isVisible()).toBe(true);
  await context.close();
}, 180_000);
