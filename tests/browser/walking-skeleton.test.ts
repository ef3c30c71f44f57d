// The walking skeleton: the production build in headless Chromium, from the title to the end.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickDesign, FAST, lastLine, launch, openGame, playToEnd, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
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
      if (label === 'Choices' || label === 'The end') return label;
      await page.keyboard.press('Space');
    }
    throw new Error('no choice within 400 lines');
  };
  expect(await untilChoices()).toBe('Choices');
  const linesBefore = await page.locator('#story-log p').count();
  // Choices stack upward from y = 700; the last one's plate is centred near y = 641.
  await clickDesign(page, 960, 641);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, linesBefore);
  expect(await lastLine(page)).not.toBe('');

  // The next choice by key.
  expect(await untilChoices()).toBe('Choices');
  const beforeKey = await page.locator('#story-log p').count();
  await page.keyboard.press('1');
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, beforeKey);

  // And on to the end: Space through lines, 1 at every choice.
  await playToEnd(page);
  await waitForOffer(page, 'The end');
  expect(await lastLine(page)).toMatch(/^The End\. /);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/walking-skeleton-end.png' });
  expect(errors).toEqual([]);
  await context.close();
}, 300_000);
