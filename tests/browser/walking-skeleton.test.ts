// The walking skeleton: the production build in headless Chromium, from the title to the end.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { encodeRun, Playthrough } from '../../src/engine/index.ts';
import { baseUrl, clickDesign, connectBrowser, FAST, lastLine, openGame, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a player clicks New game, reads, chooses by mouse and by key, and reaches the end', async () => {
  const { page, errors, context } = await openGame(browser, { settings: FAST });
  await waitForOffer(page, 'Title menu');
  // New game is the first button on the title (x 160..640, plate centred near y 468 in design pixels).
  await clickDesign(page, 400, 468);
  await waitForOffer(page, 'Before you begin');
  await page.keyboard.press('1');
  await page.waitForSelector('#story-log p');
  const first = await lastLine(page);
  expect(first.length).toBeGreaterThan(0);

  // Advance to the first choice with Space, then pick the last option with the mouse.
  const untilChoices = async () => {
    for (let i = 0; i < 400; i++) {
      const label = await page.locator('#story-choices').getAttribute('aria-label');
      if (label === MirrorLabel.choices || label === MirrorLabel.end) return label;
      await page.keyboard.press('Space');
    }
    throw new Error('no choice within 400 lines');
  };
  expect(await untilChoices()).toBe(MirrorLabel.choices);
  const linesBefore = await page.locator('#story-log p').count();
  // Choices stack upward from y = 700; the last one's plate is centred near y = 641.
  await clickDesign(page, 960, 641);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, linesBefore);
  expect(await lastLine(page)).not.toBe('');

  // The next choice by key.
  expect(await untilChoices()).toBe(MirrorLabel.choices);
  const beforeKey = await page.locator('#story-log p').count();
  await page.keyboard.press('1');
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, beforeKey);

  // The whole story is ~1,000 lines: reading it all in a software-rendered browser takes minutes. So the
  // rest of this run is played to its last few choices in Node (the same engine, on the built story),
  // opened as a run link, and finished here by key.
  const json = readFileSync('dist/story.json', 'utf8');
  const p = Playthrough.start(json, { seed: 7 });
  while (p.next().kind !== 'end') if (p.current?.kind === 'choices') p.choose(0);
  const run = { ...p.run, choices: p.run.choices.slice(0, -3) };
  await page.goto(`${baseUrl()}?run=${encodeRun(run)}&at=1`);
  await page.waitForSelector('#story-log p', { state: 'attached' });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 600; i++) {
    const label = await page.locator('#story-choices').getAttribute('aria-label');
    if (label === MirrorLabel.end) break;
    await page.keyboard.press(label === MirrorLabel.choices ? '1' : 'Space');
    await page.waitForTimeout(20);
  }
  await waitForOffer(page, MirrorLabel.end);
  expect(await lastLine(page)).toMatch(/^The End\. /);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/walking-skeleton-end.png' });
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);
