// Input and words on the other screens (issue 13): Enter on the title and the content note at once,
// Esc back from the note; volumes as sliders (keys, drag; no wrap; the value announced); the gamepad
// through Phaser's gamepad input; plain sentences for a bad import and a damaged link that fit
// their screens; whole Credits paragraphs; the menu's heading clear of its first button.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { S } from '../../src/presentation/strings.ts';
import { logLines, makeSave, offerLabel, press, readToChoices, SETTINGS_KEY, saveKey, seed } from './fault-kit.ts';
import { connectBrowser, FAST, openGame, waitForOffer } from './harness.ts';
import { fakePad, geometry, geometryProblems, padPress, waitForScene } from './screens-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const settingsNow = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), SETTINGS_KEY);
const status = (page: Page) => page.locator('#mirror-status').textContent();
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

test('Enter works on the title and the content note with no arrow first; Esc goes back from the note', async () => {
  const { page, context, errors } = await openGame(browser, { settings: FAST });
  await waitForOffer(page, 'Title menu');
  await blur(page);
  await page.keyboard.press('Enter');
  await waitForOffer(page, 'Before you begin');
  await page.keyboard.press('Escape');
  await waitForOffer(page, 'Title menu');
  await page.keyboard.press('Enter');
  await waitForOffer(page, 'Before you begin');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#story-log p', { state: 'attached' });
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test('volumes are sliders: Left/Right step 5% and stop at 0% and 100%, a drag sets them, each value is announced', async () => {
  const { page, context, errors } = await openGame(browser, { settings: { ...FAST, masterVolume: 0.9 } });
  await waitForOffer(page, 'Title menu');
  await press(page, /^\d+\. Settings$/);
  await waitForOffer(page, 'Settings');
  await press(page, 'Sound and captions');
  await waitForOffer(page, 'Sound');
  await blur(page);
  // Master volume has the focus: right three times goes to 100% and stays (no wrap to 0%).
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect((await settingsNow(page)).masterVolume).toBe(1);
  expect(await status(page)).toBe('Master volume: 100%');
  await page.keyboard.press('ArrowLeft');
  expect((await settingsNow(page)).masterVolume).toBe(0.95);
  expect(await status(page)).toBe('Master volume: 95%');
  // Drag the music slider (the second row) to the far left, then to the far right.
  const rows = (await geometry(page)).buttons.sort((a, b) => a.y - b.y);
  const music = rows[1];
  if (!music) throw new Error('no music row');
  const box = await page.locator('#game canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const at = (x: number) => ({
    x: box.x + (x / 1920) * box.width,
    y: box.y + ((music.y + music.height / 2) / 1080) * box.height,
  });
  const knob = at(music.x + music.width * 0.75);
  await page.mouse.move(knob.x, knob.y);
  await page.mouse.down();
  await page.mouse.move(at(music.x + music.width * 0.5).x, knob.y, { steps: 4 });
  await page.mouse.move(at(music.x + 2).x, knob.y, { steps: 4 });
  await page.mouse.up();
  expect((await settingsNow(page)).musicVolume).toBe(0);
  expect(await status(page)).toBe('Music volume: 0%');
  // A touch on a row without the focus: the pointer arrives and goes down in the same moment (here both
  // in one task, before any frame). The row takes the focus and is redrawn, and the slide still starts.
  const ambience = rows[2];
  if (!ambience) throw new Error('no ambience row');
  const left = {
    x: box.x + ((ambience.x + 4) / 1920) * box.width,
    y: box.y + ((ambience.y + ambience.height / 2) / 1080) * box.height,
  };
  await page.evaluate(({ x, y }) => {
    const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
    const at = { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window };
    canvas.dispatchEvent(new MouseEvent('mousemove', at));
    canvas.dispatchEvent(new MouseEvent('mousedown', { ...at, button: 0, buttons: 1 }));
  }, left);
  await page.mouse.move(left.x, left.y);
  await page.mouse.up();
  await expect.poll(async () => (await settingsNow(page)).ambienceVolume).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test('gamepad: A chooses and reads on, the D-pad moves, Start opens the menu, B goes back, a shoulder rewinds', async () => {
  const { page, context, errors } = await openGame(browser, { settings: FAST, prepare: fakePad });
  const pad = (button: number) => padPress(page, button);
  // Presses until the mirror offers `label`, each time giving the screen a moment to answer: a press
  // while a scene is still coming in is not taken, and one more would act on the new screen.
  const padUntil = async (button: number, label: string) => {
    for (let i = 0; i < 40 && (await offerLabel(page)) !== label; i++) {
      await pad(button);
      await page
        .waitForSelector(`#story-choices[aria-label="${label}"]`, { state: 'attached', timeout: 1500 })
        .catch(() => undefined);
    }
  };
  const [A, B, LB, START, UP, DOWN, RIGHT] = [0, 1, 4, 9, 12, 13, 15];
  await waitForOffer(page, 'Title menu');
  await blur(page);
  // Title: down to Load and back up to New game, then A.
  await pad(DOWN);
  await pad(UP);
  await pad(A);
  await waitForOffer(page, 'Before you begin');
  await pad(A);
  await waitForOffer(page, MirrorLabel.continue);
  // A reads on (the next line comes); then on to the first choices (faster through the mirror).
  const read = (await logLines(page)).length;
  await pad(A);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, read);
  await readToChoices(page);
  await blur(page);
  const before = (await logLines(page)).length;
  await pad(DOWN);
  await pad(A);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, before);
  // Start: the menu (once the scene the choice led to has come in); B: back to the story.
  await waitForScene(page, 'Story');
  await padUntil(START, 'Story menu');
  expect(await offerLabel(page)).toBe('Story menu');
  await pad(B);
  await waitForScene(page, 'Story');
  // A shoulder button: back to the choice just made.
  await padUntil(LB, MirrorLabel.choices);
  expect(await offerLabel(page)).toBe(MirrorLabel.choices);
  // In Settings → Sound, right on the D-pad raises the focused volume.
  await padUntil(START, 'Story menu');
  if ((await offerLabel(page)) !== 'Story menu') await page.screenshot({ path: 'test-results/gamepad-start.png' });
  expect(await offerLabel(page)).toBe('Story menu');
  await press(page, /^\d+\. Settings$/);
  await waitForOffer(page, 'Settings');
  await press(page, 'Sound and captions');
  await waitForOffer(page, 'Sound');
  const master = (await settingsNow(page)).masterVolume ?? 0.9;
  await pad(RIGHT);
  expect((await settingsNow(page)).masterVolume).toBeCloseTo(Math.min(1, master + 0.05), 5);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('a bad import and a damaged link say what happened in a plain sentence that fits the screen', async () => {
  const { page, context, errors } = await openGame(browser, { settings: FAST, path: '?run=AQ$$broken&at=3' });
  await waitForOffer(page, 'Title menu');
  expect(await status(page)).toContain(S.play.linkDamaged);
  // On the canvas: the notice is a whole sentence, on screen, over no button.
  await waitForScene(page, 'Title');
  const title = await geometry(page);
  const notice = title.texts.find((t) => t.text === S.play.linkDamaged);
  expect(notice).toBeTruthy();
  expect(geometryProblems({ ...title, images: [] })).toEqual([]);
  const clear = title.buttons.every(
    (b) =>
      notice &&
      (b.y + b.height <= notice.y ||
        b.y >= notice.y + notice.height ||
        b.x + b.width <= notice.x ||
        b.x >= notice.x + notice.width),
  );
  expect(clear).toBe(true);
  // A file that is not a save: a sentence, no validation text, inside the Load screen's panel.
  await press(page, /^\d+\. Load$/);
  await waitForOffer(page, 'Load');
  const chooser = page.waitForEvent('filechooser');
  await press(page, 'Import a save');
  await (await chooser).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": 1, "run": 42}'),
  });
  await page.waitForFunction(() => /not imported/.test(document.getElementById('story-choices')?.textContent ?? ''));
  const words = (await page.locator('#story-choices p').first().textContent()) ?? '';
  expect(words).toBe(S.slots.importRejected(S.importProblem.invalid));
  expect(words).not.toMatch(/Invalid|Expected|Received|key|valibot/);
  const screen = await geometry(page);
  expect(screen.texts.some((t) => t.text === words)).toBe(true);
  expect(geometryProblems(screen)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test('Credits: every paragraph whole and shown; the menu heading stands clear of its first button', async () => {
  const { page, context, errors } = await openGame(browser, {
    settings: FAST,
    prepare: (c) => seed(c, { [saveKey('auto')]: makeSave([0]).text }),
  });
  await waitForOffer(page, 'Title menu');
  await press(page, 'Credits');
  await waitForOffer(page, 'Credits');
  const credits = await geometry(page);
  for (const paragraph of S.credits.lines) {
    const shown = credits.texts.find((t) => t.text.replace(/\s+/g, ' ') === paragraph);
    expect(shown, paragraph).toBeTruthy();
  }
  expect(geometryProblems(credits)).toEqual([]);
  await press(page, /Back/);
  await waitForOffer(page, 'Title menu');
  await press(page, 'Continue');
  await waitForOffer(page, MirrorLabel.continue);
  await press(page, 'Menu', '#story-nav');
  await waitForOffer(page, 'Story menu');
  await page.waitForTimeout(300);
  const menu = await geometry(page);
  const heading = menu.texts.find((t) => t.text === S.menu.heading);
  const first = menu.buttons.sort((a, b) => a.y - b.y)[0];
  expect(heading && first && first.y - (heading.y + heading.height)).toBeGreaterThanOrEqual(16);
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
