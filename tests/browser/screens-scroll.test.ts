// A long list scrolls inside its panel with every input (issue 13): keys, the mouse wheel, a touch
// drag and the gamepad, on History (the longest list) held upright on a phone. What is drawn is
// read from Phaser's display list: the lines shown change, and nothing leaves the panel.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeSave, saveKey, seed } from './fault-kit.ts';
import { connectBrowser, FAST, openGame } from './harness.ts';
import { fakePad, fromMenu, geometry, geometryProblems, padPress } from './screens-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The lines History draws now, top to bottom. */
async function shown(page: Page): Promise<string[]> {
  const g = await geometry(page);
  expect(geometryProblems(g)).toEqual([]);
  return g.texts
    .filter((t) => g.panel && t.y > g.panel.y + 120)
    .sort((a, b) => a.y - b.y)
    .map((t) => t.text);
}

async function touchDrag(cdp: CDPSession, x: number, from: number, to: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from + ((to - from) * i) / 8 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a long History scrolls inside its panel by keys, wheel, touch and gamepad (phone, upright)', async () => {
  const { page, context, errors } = await openGame(browser, {
    settings: FAST,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    prepare: async (c) => {
      await seed(c, { [saveKey('auto')]: makeSave(Array.from({ length: 30 }, (_, i) => i % 2)).text });
      await fakePad(c);
    },
  });
  await fromMenu(page, /^\d+\. History$/, 'History');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
  const atEnd = await shown(page);

  // Keys: Page Up shows earlier lines; Page Down comes back.
  await page.keyboard.press('PageUp');
  const pagedUp = await shown(page);
  expect(pagedUp).not.toEqual(atEnd);
  await page.keyboard.press('End');
  expect(await shown(page)).toEqual(atEnd);

  // The wheel, over the list.
  const canvas = await page.locator('#game canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  await page.mouse.move(middle.x, middle.y);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
  await page.waitForTimeout(200);
  const wheeled = await shown(page);
  expect(wheeled).not.toEqual(atEnd);
  await page.keyboard.press('End');

  // A finger drags the list down: earlier lines come into view.
  const cdp = await context.newCDPSession(page);
  await touchDrag(cdp, middle.x, middle.y - 150, middle.y + 200);
  await page.waitForTimeout(200);
  expect(await shown(page)).not.toEqual(atEnd);
  await page.keyboard.press('End');
  expect(await shown(page)).toEqual(atEnd);

  // The gamepad's left shoulder pages up.
  await padPress(page, 4);
  expect(await shown(page)).not.toEqual(atEnd);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
