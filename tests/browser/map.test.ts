// The branch map: "Replay from here" on a seen choice point lands on the same line and state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { connectBrowser, FAST, openGame, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const label = (page: Page) => page.locator('#story-choices').getAttribute('aria-label');
const storyLines = async (page: Page) => (await page.locator('#story-log p').allTextContents()).filter((l) => !l.startsWith('['));
const press = (page: Page, text: string | RegExp) =>
  page.evaluate(
    ([source, flags]) => {
      const re = new RegExp(source as string, flags as string);
      const b = [...document.querySelectorAll('#story-choices button')].find((x) => re.test(x.textContent ?? ''));
      (b as HTMLButtonElement | undefined)?.click();
      return Boolean(b);
    },
    typeof text === 'string' ? [text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ''] : [text.source, text.flags],
  );

async function toChoices(page: Page): Promise<void> {
  for (let i = 0; i < 300 && (await label(page)) !== MirrorLabel.choices; i++) {
    await press(page, /^Continue$/);
    await page.waitForTimeout(15);
  }
}

test('the map replays from a seen choice point to the same line and the same choices', async () => {
  const { page, context, errors } = await openGame(browser, { settings: FAST });
  await waitForOffer(page, 'Title menu');
  await press(page, 'New game');
  await waitForOffer(page, 'Before you begin');
  await press(page, 'Begin');
  await toChoices(page);
  // Remember the second choice point as it stands.
  await press(page, /^1\. /);
  await toChoices(page);
  const line = (await storyLines(page)).at(-1);
  const options = await page.locator('#story-choices button').allTextContents();
  await press(page, /^2\. /);
  for (let k = 0; k < 2; k++) {
    await toChoices(page);
    await press(page, /^1\. /);
  }
  await toChoices(page);
  await page.keyboard.press('Escape');
  await waitForOffer(page, 'Story menu');
  await press(page, /Map/);
  await page.waitForFunction(() => /Replay from here/.test(document.getElementById('story-choices')?.textContent ?? ''));
  const replays = await page.locator('#story-choices button', { hasText: 'Replay from here' }).allTextContents();
  expect(replays.length).toBeGreaterThanOrEqual(2);
  // The second seen choice point, in story order.
  expect(replays[1]).toMatch(/choice 2 of/);
  await press(page, /Replay from here: .*choice 2 of/);
  await waitForOffer(page, MirrorLabel.choices);
  expect((await storyLines(page)).at(-1)).toBe(line);
  expect(await page.locator('#story-choices button').allTextContents()).toEqual(options);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
