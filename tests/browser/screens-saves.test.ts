// Saves and chapters as the README promises them (issue 13, and issue 18's Save screen items):
// chapter checkpoints that survive a reload, thumbnails of the story (not of the menu) shown large
// enough, a confirmation before saving over a save, a slot changed in another tab never silently
// replaced, the list redrawn on the storage event, and a notice on quick load.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { logLines, makeSave, offerTexts, press, saveKey, seed, stored } from './fault-kit.ts';
import { baseUrl, connectBrowser, FAST, openGame, waitForOffer } from './harness.ts';
import { beforeChapter, fromMenu, geometry, picture, waitForScene } from './screens-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const status = (page: Page) => page.locator('#mirror-status').textContent();
const body = async (page: Page) => (await page.locator('#story-choices p').allTextContents()).join('\n');

/** A game with these saves in storage, its Phaser instance caught, at the title. */
async function seeded(entries: Record<string, string>, viewport = { width: 1280, height: 720 }) {
  const opened = await openGame(browser, { settings: FAST, viewport, prepare: (c) => seed(c, entries) });
  await waitForOffer(opened.page, 'Title menu');
  return opened;
}

test('a chapter reached is written when it starts, survives a reload, and Chapters replays it', async () => {
  const { path, firstLine } = beforeChapter(1);
  const { page, context, errors } = await openGame(browser, { settings: FAST, path });
  await waitForOffer(page, MirrorLabel.continue);
  await press(page, MirrorLabel.continue);
  await page.waitForFunction(
    (line) => [...document.querySelectorAll('#story-log p')].some((p) => p.textContent === line),
    firstLine,
  );
  await page.goto(baseUrl());
  await waitForOffer(page, 'Title menu');
  await press(page, 'Chapters');
  await waitForOffer(page, 'Chapters');
  const offered = await offerTexts(page);
  expect(offered.some((t) => t.includes('Replay Chapter 1: The Yellow Backpack'))).toBe(true);
  expect(offered.some((t) => t.includes('Chapter 2'))).toBe(false); // not reached: text, not a button
  await press(page, 'Replay Chapter 1');
  await waitForOffer(page, MirrorLabel.continue);
  expect((await logLines(page)).filter((l) => !l.startsWith('[')).at(-1)).toBe(firstLine);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('a save made from the Save screen pictures the story as it was before the menu, shown at 240x135 or more', async () => {
  const { page, context, errors } = await seeded({ [saveKey('auto')]: makeSave([0, 1, 0]).text });
  await press(page, 'Continue');
  await waitForOffer(page, MirrorLabel.continue);
  await page.waitForTimeout(3600); // the "loaded" notice has gone
  await press(page, 'Menu', '#story-nav');
  await waitForOffer(page, 'Story menu');
  await press(page, /^\d+\. Save$/);
  await waitForOffer(page, 'Save');
  const saveScreen = await snapshot(page);
  await press(page, /Slot 3: empty/);
  await page.waitForFunction(() => /Saved in Slot 3/.test(document.getElementById('mirror-status')?.textContent ?? ''));
  const thumb = (await stored(page, 'room7:thumb.slot3')) ?? '';
  expect(thumb).toMatch(/^data:image\/jpeg/);
  // On the list, the new picture is drawn at 240x135 or more.
  await page.waitForTimeout(400);
  const images = (await geometry(page)).images;
  expect(images.some((i) => i.width >= 240 && i.height >= 135)).toBe(true);
  // Back in the story (nothing moved), the screen matches the saved picture, and the Save screen does not.
  await page.keyboard.press('Escape');
  await waitForOffer(page, 'Story menu');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'Story');
  await page.waitForTimeout(500);
  const story = await snapshot(page);
  const toStory = await difference(page, thumb, story);
  const toSaveScreen = await difference(page, thumb, saveScreen);
  expect(toStory).toBeLessThan(16);
  expect(toSaveScreen).toBeGreaterThan(toStory * 2);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('saving over a save asks first, showing both; "no" keeps it, "yes" replaces it', async () => {
  const old = makeSave([1], 'The old save in slot one.').text;
  const { page, context, errors } = await seeded({ [saveKey('auto')]: makeSave([0, 0]).text, [saveKey('slot1')]: old });
  await fromMenu(page, /^\d+\. Save$/, 'Save');
  await press(page, /Slot 1 ·/);
  await waitForOffer(page, 'Save over a save?');
  const shown = await body(page);
  expect(shown).toContain('In the slot now:');
  expect(shown).toContain('The old save in slot one.');
  expect(shown).toContain('Your story now:');
  await press(page, 'No, keep it');
  await waitForOffer(page, 'Save');
  expect(await stored(page, saveKey('slot1'))).toBe(old);
  await press(page, /Slot 1 ·/);
  await waitForOffer(page, 'Save over a save?');
  await press(page, 'Yes, replace Slot 1');
  await page.waitForFunction(() => /Saved in Slot 1/.test(document.getElementById('mirror-status')?.textContent ?? ''));
  expect(await stored(page, saveKey('slot1'))).not.toBe(old);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('saving over one slot again and again keeps one picture of it in the game, not one per save', async () => {
  const { page, context, errors } = await seeded({
    [saveKey('auto')]: makeSave([0, 0]).text,
    [saveKey('slot1')]: makeSave([1]).text,
    'room7:thumb.slot1': picture(),
  });
  const pictures = () =>
    page.evaluate(() =>
      (window as unknown as { __room7game: { textures: { getTextureKeys(): string[] } } }).__room7game.textures
        .getTextureKeys()
        .filter((key) => key.startsWith('thumb:slot1:')),
    );
  await fromMenu(page, /^\d+\. Save$/, 'Save');
  for (let n = 0; n < 4; n++) {
    const before = await stored(page, saveKey('slot1'));
    await press(page, /Slot 1 ·/);
    await waitForOffer(page, 'Save over a save?');
    await press(page, 'Yes, replace Slot 1');
    await page.waitForFunction(([key, old]) => localStorage.getItem(key as string) !== old, [saveKey('slot1'), before]);
    await waitForOffer(page, 'Save');
  }
  // The last save's picture arrives (decoded as a texture) and is the only one of slot 1.
  await page.waitForFunction(() =>
    (window as unknown as { __room7game: { textures: { getTextureKeys(): string[] } } }).__room7game.textures
      .getTextureKeys()
      .some((key) => key.startsWith('thumb:slot1:')),
  );
  expect(await pictures()).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('two tabs: a slot saved in one is never silently replaced from the other, and the other list redraws', async () => {
  const { page: a, context, errors } = await seeded({ [saveKey('auto')]: makeSave([0, 0]).text });
  await fromMenu(a, /^\d+\. Save$/, 'Save');
  expect((await offerTexts(a)).some((t) => t.includes('Slot 3: empty'))).toBe(true);
  // Tab B (same site, same storage) saves into slot 3: A's list redraws and says why.
  const b = await context.newPage();
  const fromB = makeSave([1, 1], 'Saved in the other tab.').text;
  await b.goto(baseUrl());
  await b.evaluate(([key, text]) => localStorage.setItem(key as string, text as string), [saveKey('slot3'), fromB]);
  await a.waitForFunction(() => /another tab/.test(document.getElementById('mirror-status')?.textContent ?? ''));
  expect((await offerTexts(a)).some((t) => t.includes('Slot 3 ·'))).toBe(true);
  // A write A's list has not shown (no storage event in A's own page): A picks slot 4 as empty, it is refused.
  await a.evaluate(([key, text]) => localStorage.setItem(key as string, text as string), [saveKey('slot4'), fromB]);
  await press(a, /Slot 4: empty/);
  await a.waitForFunction(() => /changed in another tab/.test(document.getElementById('mirror-status')?.textContent ?? ''));
  expect(await stored(a, saveKey('slot4'))).toBe(fromB);
  expect(await stored(a, saveKey('slot3'))).toBe(fromB);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('quick load says so', async () => {
  const { page, context, errors } = await seeded({
    [saveKey('auto')]: makeSave([0, 0]).text,
    [saveKey('quick')]: makeSave([1]).text,
    'room7:thumb.quick': picture(),
  });
  await press(page, 'Continue');
  await waitForOffer(page, MirrorLabel.continue);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('l');
  await page.waitForFunction(() => /Quick save loaded/.test(document.getElementById('mirror-status')?.textContent ?? ''));
  expect(await status(page)).toBe('Quick save loaded.');
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

/** A PNG of the canvas as it is drawn now. */
function snapshot(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const game = (
          window as unknown as { __room7game: { renderer: { snapshot: (cb: (i: HTMLImageElement) => void) => void } } }
        ).__room7game;
        game.renderer.snapshot((image) => resolve(image.src));
      }),
  );
}

/** Mean absolute difference per colour channel (0-255) of two pictures, both scaled to 96x54. */
function difference(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 96;
        canvas.height = 54;
        const g = canvas.getContext('2d') as CanvasRenderingContext2D;
        g.drawImage(image, 0, 0, 96, 54);
        return g.getImageData(0, 0, 96, 54).data;
      };
      const [p, q] = [await pixels(a as string), await pixels(b as string)];
      let sum = 0;
      for (let i = 0; i < p.length; i += 4)
        for (let c = 0; c < 3; c++) sum += Math.abs((p[i + c] as number) - (q[i + c] as number));
      return sum / ((p.length / 4) * 3);
    },
    [a, b],
  );
}
