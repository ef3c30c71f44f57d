// The story screen over time: trips to the menu and window resizes rebuild nothing they need not,
// and never tell the screen reader the line twice; the menu opens while a scene waits for its art,
// and the wait shows a hint on the canvas.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { encodeRun, Playthrough } from '../../src/engine/index.ts';
import { logLines, press } from './fault-kit.ts';
import { connectBrowser, FAST, lastLine, openGame, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const offerLabel = (page: Page) => page.locator('#story-choices').getAttribute('aria-label');

/** The first line of the built story, as the engine tells it. */
function firstLine(): string {
  const p = Playthrough.start(readFileSync('dist/story.json', 'utf8'), { seed: 1 });
  for (let beat = p.next(); ; beat = p.next())
    if (beat.kind !== 'line' || beat.text) return beat.kind === 'line' ? beat.text : '';
}

const builds = (page: Page) => page.evaluate(() => (window as any).room7Game.registry.get('room7-story-builds') as number);

/** The texts the story scene draws now, read from Phaser's display list. */
const drawnTexts = (page: Page) =>
  page.evaluate(() =>
    (window as any).room7Game.scene
      .getScene('Story')
      .children.list.filter((o: any) => o.type === 'Text' && o.visible)
      .map((o: any) => o.text as string),
  );

async function newGame(page: Page): Promise<void> {
  await waitForOffer(page, 'Title menu');
  await page.keyboard.press('1');
  await waitForOffer(page, 'Before you begin');
  await page.keyboard.press('1');
  await waitForOffer(page, MirrorLabel.continue);
}

test('ten trips to the menu: the line is in the log once, and the story screen was built a bounded number of times', async () => {
  const { page, context, errors } = await openGame(browser, { path: '?test', settings: FAST });
  await newGame(page);
  // A line into the story (fewer if a choice comes first: the trips work at a choice too).
  for (let i = 0; i < 2 && (await offerLabel(page)) === MirrorLabel.continue; i++) {
    const before = (await logLines(page)).length;
    await press(page, MirrorLabel.continue);
    // The label goes in as an argument: this runs in the page, where no module import exists.
    await page.waitForFunction(
      ([n, choices]) =>
        document.querySelectorAll('#story-log p').length > Number(n) ||
        document.querySelector('#story-choices')?.getAttribute('aria-label') === choices,
      [before, MirrorLabel.choices] as const,
    );
  }
  const here = (await offerLabel(page)) ?? MirrorLabel.continue;
  const line = await lastLine(page);
  const built = await builds(page);
  for (let i = 0; i < 10; i++) {
    await press(page, 'Menu', '#story-nav');
    await waitForOffer(page, 'Story menu');
    await press(page, 'Return to the story');
    await waitForOffer(page, here);
  }
  // Settings unchanged: coming back from the menu rebuilds nothing.
  expect(await builds(page)).toBe(built);
  expect((await logLines(page)).filter((l) => l === line)).toHaveLength(1);
  // The canvas still shows the line (the last page of it), once.
  const drawn = ((await drawnTexts(page)) as string[]).filter(
    (t) => t.length > 20 && line.includes(t.replace(/\s+/g, ' ').slice(0, 20)),
  );
  if (here === MirrorLabel.continue) expect(drawn).toHaveLength(1);
  // One more line: it arrives once.
  if (here === MirrorLabel.choices) await page.keyboard.press('1');
  else await press(page, MirrorLabel.continue);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, (await logLines(page)).length - 1);
  const next = await lastLine(page);
  expect((await logLines(page)).filter((l) => l === next)).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('a text size changed in the menu rebuilds the screen once, without telling the line again', async () => {
  const { page, context, errors } = await openGame(browser, { path: '?test', settings: FAST });
  await newGame(page);
  const line = await lastLine(page);
  const built = await builds(page);
  await press(page, 'Menu', '#story-nav');
  await waitForOffer(page, 'Story menu');
  await page.evaluate(() => (window as any).room7Game.registry.get('room7-services').settings.update({ fontScale: 1.4 }));
  await press(page, 'Return to the story');
  await page.waitForFunction((n) => (window as any).room7Game.registry.get('room7-story-builds') > n, built);
  await waitForOffer(page, MirrorLabel.continue);
  expect(await builds(page)).toBe(built + 1);
  expect((await logLines(page)).filter((l) => l === line)).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('window resizes between landscape and portrait: the line is never told again, one build per change', async () => {
  const { page, context, errors } = await openGame(browser, { path: '?test', settings: FAST });
  await newGame(page);
  await press(page, MirrorLabel.continue);
  await waitForOffer(page, MirrorLabel.continue);
  const line = await lastLine(page);
  const built = await builds(page);
  const sizes = [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
    { width: 414, height: 896 },
    { width: 1920, height: 1080 },
  ];
  for (const [i, size] of sizes.entries()) {
    await page.setViewportSize(size);
    await page.waitForFunction((n) => (window as any).room7Game.registry.get('room7-story-builds') >= n, built + i + 1);
    await waitForOffer(page, MirrorLabel.continue);
  }
  expect(await builds(page)).toBeLessThanOrEqual(built + sizes.length);
  expect((await logLines(page)).filter((l) => l === line)).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('the menu opens while the scene waits for its art, and the wait shows a hint', async () => {
  const { page, context, errors } = await openGame(browser, { path: '?test', settings: FAST });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The first scene's painting is held back until the test lets it go.
  await context.route('**/art/backgrounds/training_court.svg', async (route) => {
    await held;
    await route.continue();
  });
  await waitForOffer(page, 'Title menu');
  await page.keyboard.press('1');
  await waitForOffer(page, 'Before you begin');
  await page.keyboard.press('1');
  await page.waitForFunction(() => (window as any).room7Game.scene.isActive('Story'));
  await page.waitForFunction(() =>
    (window as any).room7Game.scene
      .getScene('Story')
      .children.list.some((o: any) => o.type === 'Text' && o.visible && o.text === 'Loading the scene…'),
  );
  await page.keyboard.press('Escape');
  await waitForOffer(page, 'Story menu');
  await press(page, 'Return to the story');
  release();
  await waitForOffer(page, MirrorLabel.continue);
  await page.waitForFunction(
    () =>
      !(window as any).room7Game.scene
        .getScene('Story')
        .children.list.some((o: any) => o.type === 'Text' && o.visible && o.text === 'Loading the scene…'),
  );
  // The story's first line (read from the build, whatever the story says today) is on show.
  expect(await lastLine(page)).toBe(firstLine());
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test('a long notice on a phone is wrapped within the screen and stays up long enough to read', async () => {
  const json = readFileSync('dist/story.json', 'utf8');
  const p = Playthrough.start(json, { seed: 1 });
  // Option 10 at the first choice point: a damaged link, whose notice is a long sentence.
  const run = encodeRun({ storyHash: p.storyHash, seed: 1, choices: [9] });
  const { page, context, errors } = await openGame(browser, {
    settings: FAST,
    viewport: { width: 390, height: 844 },
    path: `?test&run=${run}`,
  });
  await page.waitForFunction(() => /does not offer/.test(document.getElementById('mirror-status')?.textContent ?? ''));
  // Read from Phaser's display list: the notice's text object, wherever it sits, and the game's width.
  const drawn = await page.waitForFunction(() => {
    const game = (window as any).room7Game;
    const scene = game.scene.getScene('Story');
    const all: any[] = [];
    const walk = (list: any[]) => {
      for (const o of list) {
        all.push(o);
        if (o.list) walk(o.list);
      }
    };
    walk(scene.children.list);
    const toast = all.find((o) => o.type === 'Text' && o.visible && /does not offer/.test(o.text));
    if (!toast) return null;
    const b = toast.getBounds();
    // Bounds are in design units (the canvas has the window's pixels; src/presentation/view.ts).
    return {
      left: b.x,
      right: b.x + b.width,
      lines: toast.getWrappedText().length,
      width: game.registry.get('room7-view').width,
    };
  });
  const box = (await drawn.jsonValue()) as { left: number; right: number; lines: number; width: number };
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(box.width);
  expect(box.lines).toBeGreaterThan(1);
  // Still shown after the 3.2 s a short toast gets (the notice has about 30 words).
  await page.waitForTimeout(3600);
  const still = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (list: any[]) => {
      for (const o of list) {
        if (o.type === 'Text' && o.visible) found.push(o.text);
        if (o.list) walk(o.list);
      }
    };
    walk((window as any).room7Game.scene.getScene('Story').children.list);
    return found.some((t) => /does not offer/.test(t));
  });
  expect(still).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
