// The front end in headless Chromium against the production build: title -> content note ->
// chapter 1 by mouse, keyboard and the DOM mirror alone; a phone held upright; axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { clickDesign, connectBrowser, FAST, openGame, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const label = (page: Page) => page.locator('#story-choices').getAttribute('aria-label');

/** Reads on (Space) until choices are offered; returns how many lines that took. */
async function keyToChoices(page: Page): Promise<number> {
  for (let i = 0; i < 200; i++) {
    if ((await label(page)) === MirrorLabel.choices) return i;
    await page.keyboard.press('Space');
    await page.waitForTimeout(30);
  }
  throw new Error('no choices within 200 lines');
}

async function logText(page: Page): Promise<string> {
  return (await page.locator('#story-log').textContent()) ?? '';
}

test('title, content note and the prologue by keyboard, then chapter 1 by mouse', async () => {
  const { page, errors, context } = await openGame(browser, { settings: FAST });
  await waitForOffer(page, 'Title menu');
  await page.keyboard.press('Enter'); // New game has the focus from the start
  await waitForOffer(page, 'Before you begin');
  expect(await page.locator('#story-choices').textContent()).toContain('death penalty');
  await page.keyboard.press('1');
  // Keyboard through the prologue: Space to read, a number key at each choice.
  while (!(await logText(page)).includes('Chapter 1')) {
    await keyToChoices(page);
    const before = await page.locator('#story-log p').count();
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, before);
  }
  // In chapter 1: one choice with the mouse (the lowest choice plate, just above the text box).
  await keyToChoices(page);
  const options = await page.locator('#story-choices button').allTextContents();
  const before = await page.locator('#story-log p').count();
  await clickDesign(page, 960, 1080 - 300 - 36 - 30 - 40);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, before);
  expect(options.length).toBeGreaterThan(1);
  await page.screenshot({ path: 'test-results/front-end-chapter1.png' });
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

test('the DOM mirror alone plays into chapter 1', async () => {
  const { page, errors, context } = await openGame(browser, { settings: FAST });
  await waitForOffer(page, 'Title menu');
  const press = async (name: RegExp) => {
    const button = page.locator('#story-choices button', { hasText: name }).first();
    await button.focus();
    await page.keyboard.press('Enter');
  };
  await press(/New game/);
  await waitForOffer(page, 'Before you begin');
  await press(/Begin/);
  for (let i = 0; i < 400 && !(await logText(page)).includes('Chapter 1'); i++) {
    const buttons = page.locator('#story-choices button');
    await buttons.first().focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(20);
  }
  expect(await logText(page)).toContain('Chapter 1: The Yellow Backpack');
  expect(await page.locator('#story-log').getAttribute('aria-live')).toBe('polite');
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

test('a phone held upright gets the portrait layout and plays by touch', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  await context.addInitScript((s) => localStorage.setItem('room7.settings', s), JSON.stringify(FAST));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { baseUrl } = await import('./harness.ts');
  await page.goto(baseUrl());
  await waitForOffer(page, 'Title menu');
  const canvas = page.locator('#game canvas');
  const attrs = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
  // Laid out 1080 x 2336 design units: as tall as the phone's screen (1080 x 844/390, in steps of
  // 16), and drawn at its pixels (390 x 844 at devicePixelRatio 2: src/presentation/view.ts).
  const design = { w: 1080, h: 2336 };
  expect(attrs).toEqual({ w: 780, h: 1687 });
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  // No bars above and below: the canvas fills the screen.
  expect(Math.abs(box.width - 390) + Math.abs(box.height - 844)).toBeLessThan(2);
  // New game: first title button (portrait layout: x from 60, the menu from half the height down, buttons 124 px tall).
  const tap = (x: number, y: number) =>
    page.touchscreen.tap(box.x + (x / design.w) * box.width, box.y + (y / design.h) * box.height);
  await tap(400, design.h / 2 + 50);
  await waitForOffer(page, 'Before you begin');
  await page.locator('#story-choices button', { hasText: 'Begin' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#story-log p', { state: 'attached' });
  const first = await page.locator('#story-log p').count();
  await tap(540, 700);
  await tap(540, 700);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, first);
  await page.screenshot({ path: 'test-results/front-end-phone.png' });
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page): Promise<{ id: string; impact: string; help: string }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; help: string }[] }> };
    };
    const result = await w.axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help }));
  });
}

test('axe-core finds no serious or critical violation on the title, the story and the menu', async () => {
  const { page, context } = await openGame(browser, { settings: FAST });
  await waitForOffer(page, 'Title menu');
  const serious = (v: { impact: string }[]) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
  expect(serious(await axe(page))).toEqual([]);
  await page.keyboard.press('1');
  await waitForOffer(page, 'Before you begin');
  expect(serious(await axe(page))).toEqual([]);
  await page.keyboard.press('1');
  await page.waitForSelector('#story-log p', { state: 'attached' });
  expect(serious(await axe(page))).toEqual([]);
  await page.keyboard.press('Escape');
  await waitForOffer(page, 'Story menu');
  expect(await page.locator('#story-choices').getAttribute('role')).toBe('dialog');
  expect(serious(await axe(page))).toEqual([]);
  await context.close();
}, 120_000);
