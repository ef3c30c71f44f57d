// The geometry check of every screen (issue 13): with every list full (ten saves, a long history,
// every chapter and ending found), each screen at 1280x720 and 390x844 keeps every text and button
// inside its panel and the viewport, and no two buttons overlap. Read from Phaser's display list.
// Each screen is also saved as a screenshot in test-results/screens/ (SCREENS_ALL=1 adds 1920x1080
// and the Larger text size).
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { press, seed } from './fault-kit.ts';
import { connectBrowser, FAST, openGame, waitForOffer } from './harness.ts';
import { fullLists, geometry, geometryProblems } from './screens-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 1280, height: 720, fontScale: 1 },
  { width: 390, height: 844, fontScale: 1 },
  ...(process.env.SCREENS_ALL
    ? [
        { width: 1920, height: 1080, fontScale: 1 },
        { width: 1280, height: 720, fontScale: 1.4 },
        { width: 390, height: 844, fontScale: 1.4 },
        { width: 1920, height: 1080, fontScale: 1.4 },
      ]
    : []),
];

const BACK = /^(\d+\. )?Back$/;

/** Visits every screen; at each, checks the geometry and keeps a screenshot. */
async function visitAll(page: Page, tag: string): Promise<string[]> {
  const problems: string[] = [];
  const dir = 'test-results/screens';
  mkdirSync(dir, { recursive: true });
  const check = async (label: string, name: string, images = true) => {
    await waitForOffer(page, label);
    await page.waitForTimeout(250); // pictures arrive as textures a moment later
    problems.push(...geometryProblems(await geometry(page), { images }).map((p) => `${tag} ${name}: ${p}`));
    await page.screenshot({ path: `${dir}/${tag}-${name}.png` });
  };
  await check('Title menu', 'title', false);
  await press(page, /^\d+\. Load$/);
  await check('Load', 'load');
  await press(page, BACK);
  await press(page, 'Chapters');
  await check('Chapters', 'chapters');
  await press(page, BACK);
  await press(page, 'Endings');
  await check('Endings', 'endings');
  await press(page, BACK);
  await press(page, 'Credits');
  await check('Credits', 'credits');
  await press(page, BACK);
  await press(page, /^\d+\. Settings$/);
  await check('Settings', 'settings');
  await press(page, 'Sound and captions');
  await check('Sound', 'sound');
  await press(page, BACK);
  await waitForOffer(page, 'Settings');
  await press(page, BACK);
  await press(page, 'New game');
  await check('Before you begin', 'content-note');
  await press(page, BACK);
  await press(page, 'Continue');
  await waitForOffer(page, MirrorLabel.continue);
  await press(page, 'Menu', '#story-nav');
  await check('Story menu', 'menu');
  await press(page, /^\d+\. Save$/);
  await check('Save', 'save');
  await press(page, /Slot 1 ·/);
  await check('Save over a save?', 'save-overwrite');
  await press(page, 'No, keep it');
  await waitForOffer(page, 'Save');
  await press(page, 'Delete a save');
  await waitForOffer(page, 'Delete a save');
  await press(page, /Slot 2 ·/);
  await check('Delete a save', 'delete-confirm');
  await press(page, 'No, keep it');
  await waitForOffer(page, 'Delete a save');
  await press(page, BACK);
  await press(page, /^\d+\. History$/);
  await check('History', 'history');
  await press(page, BACK);
  await press(page, 'Go back to a choice');
  await check('Go back to a choice', 'choices');
  return problems;
}

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}${size.fontScale === 1 ? '' : '-larger'}`;
  test(`every screen at ${tag} with full lists: texts and buttons inside the panel and the viewport, no overlaps`, async () => {
    const { page, context, errors } = await openGame(browser, {
      viewport: { width: size.width, height: size.height },
      settings: { ...FAST, fontScale: size.fontScale },
      prepare: (c) => seed(c, fullLists()),
    });
    const problems = await visitAll(page, tag);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
}
