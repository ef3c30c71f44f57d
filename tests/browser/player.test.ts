// Player features in the production build: Continue after a reload, rewind and fork, run links,
// a broken import, and storage that throws.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { readToChoices } from './fault-kit.ts';
import { connectBrowser, FAST, openGame, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The last story line in the mirror (sound captions, in brackets, are skipped). */
const lastLine = async (page: Page) => {
  const lines = await page.locator('#story-log p').allTextContents();
  return lines.filter((l) => !l.startsWith('[')).at(-1) ?? '';
};
const choiceTexts = (page: Page) => page.locator('#story-choices button').allTextContents();

async function newGame(page: Page): Promise<void> {
  await waitForOffer(page, 'Title menu');
  await page.locator('#story-choices button', { hasText: 'New game' }).focus();
  await page.keyboard.press('Enter');
  await waitForOffer(page, 'Before you begin');
  await page.keyboard.press('Enter'); // focus moved to "Begin" with the new buttons
  await page.waitForSelector('#story-log p', { state: 'attached' });
  // Leave the mirror: the rest of these tests use the canvas's keys.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function choose(page: Page, n: number): Promise<void> {
  const before = await page.locator('#story-log p').count();
  await page.keyboard.press(String(n));
  await page.waitForFunction((c) => document.querySelectorAll('#story-log p').length > c, before);
}

test('save (the autosave at a choice), reload the page, Continue lands on the same line and choices', async () => {
  // With the offline worker registered, as a player has it (the other tests here block it).
  const { page, context, errors } = await openGame(browser, { settings: FAST, serviceWorkers: 'allow' });
  await newGame(page);
  for (let i = 0; i < 3; i++) {
    await readToChoices(page);
    await choose(page, 2);
  }
  await readToChoices(page);
  const line = await lastLine(page);
  const options = await choiceTexts(page);
  await page.waitForTimeout(300); // the autosave's thumbnail is taken asynchronously
  await page.reload();
  await waitForOffer(page, 'Title menu');
  expect((await choiceTexts(page))[0]).toContain(MirrorLabel.continue);
  await page.keyboard.press('1');
  await waitForOffer(page, MirrorLabel.choices);
  expect(await lastLine(page)).toBe(line);
  expect(await choiceTexts(page)).toEqual(options);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('rewind one choice, then choose differently: the run forks', async () => {
  const { page, context, errors } = await openGame(browser, { settings: FAST });
  await newGame(page);
  await readToChoices(page);
  const options = await choiceTexts(page);
  const lineAtChoice = await lastLine(page);
  await choose(page, 1);
  const afterFirst = await lastLine(page);
  await page.keyboard.press('Backspace');
  await waitForOffer(page, MirrorLabel.choices);
  expect(await choiceTexts(page)).toEqual(options);
  expect(await lastLine(page)).toBe(lineAtChoice);
  await choose(page, 2);
  expect(await lastLine(page)).not.toBe(afterFirst);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('a shared run link opened in a new page lands on the same line; a broken one says so on the title', async () => {
  const { page, context } = await openGame(browser, { settings: FAST });
  await newGame(page);
  for (let i = 0; i < 2; i++) {
    await readToChoices(page);
    await choose(page, 2);
  }
  await readToChoices(page);
  const line = await lastLine(page);
  const options = await choiceTexts(page);
  await page.keyboard.press('Escape');
  await waitForOffer(page, 'Story menu');
  await page.locator('#story-choices button', { hasText: 'Share this moment' }).focus();
  await page.keyboard.press('Enter');
  await waitForOffer(page, 'Share this moment');
  const body = (await page.locator('#story-choices p').allTextContents()).join('\n');
  const url = body.match(/https?:\/\/\S+\?run=\S+/)?.[0];
  expect(url).toMatch(/&at=\d+/);
  expect(url).toBeTruthy();
  const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await other.addInitScript((s) => localStorage.setItem('room7.settings', s), JSON.stringify(FAST));
  const fresh = await other.newPage();
  await fresh.goto(url as string);
  await waitForOffer(fresh, MirrorLabel.choices);
  expect(await lastLine(fresh)).toBe(line);
  expect(await choiceTexts(fresh)).toEqual(options);
  await fresh.goto(`${(url as string).split('?')[0]}?run=not-a-run`);
  await waitForOffer(fresh, 'Title menu');
  expect(await fresh.locator('#mirror-status').textContent()).toMatch(/damaged/);
  await other.close();
  await context.close();
}, 180_000);

test('a broken save file on import changes nothing; storage that throws leaves the game playable', async () => {
  const { page, context, errors } = await openGame(browser, { settings: FAST });
  await newGame(page);
  await readToChoices(page);
  await page.keyboard.press('Escape');
  await waitForOffer(page, 'Story menu');
  await page.locator('#story-choices button', { hasText: /^\d+\. Save$/ }).focus();
  await page.keyboard.press('Enter');
  await waitForOffer(page, 'Save');
  const before = await page.evaluate(() =>
    JSON.stringify(
      Object.entries(localStorage)
        .filter(([k]) => k.includes('save.'))
        .sort(),
    ),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#story-choices button', { hasText: 'Import a save' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": 1, "run": 42}'),
  });
  await page.waitForFunction(() => /not imported/.test(document.getElementById('story-choices')?.textContent ?? ''));
  const after = await page.evaluate(() =>
    JSON.stringify(
      Object.entries(localStorage)
        .filter(([k]) => k.includes('save.'))
        .sort(),
    ),
  );
  expect(after).toBe(before);
  expect(errors).toEqual([]);
  await context.close();

  const blocked = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const p2 = await blocked.newPage();
  const errs: string[] = [];
  p2.on('pageerror', (e) => errs.push(e.message));
  await p2.goto(page.url().split('?')[0] ?? page.url());
  await newGame(p2);
  await readToChoices(p2);
  await choose(p2, 1);
  expect(await p2.locator('#mirror-status').textContent()).toBeTruthy();
  expect(errs).toEqual([]);
  await blocked.close();
}, 180_000);
