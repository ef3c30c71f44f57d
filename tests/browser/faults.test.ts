// Faults in the production build (issue 9). In each the game keeps going, or shows the error screen
// with Go back and Restart, and a save made before is still there, byte for byte.
// Covered elsewhere: storage switched off (player.test.ts, "storage that throws"), a sound file that
// fails to arrive (audio.test.ts), an ink runtime error in the engine (unit/engine-beats.test.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { compileFixture } from '../unit/ink.ts';
import {
  beforeTransition,
  builtStory,
  choose,
  collectWarnings,
  logLines,
  makeSave,
  newGame,
  offerLabel,
  offerTexts,
  press,
  readToChoices,
  SETTINGS_KEY,
  saveKey,
  seed,
  stored,
  unexpected,
} from './fault-kit.ts';
import { baseUrl, catchGame, connectBrowser, FAST, launch, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LANDSCAPE = { width: 1280, height: 720 };

/** A fresh context and page with an existing save in slot 1; page errors and console errors are collected. */
async function open(
  b: Browser,
  entries: Record<string, string> = {},
  viewport = LANDSCAPE,
): Promise<{ page: Page; errors: string[]; warnings: string[]; kept: string; close: () => Promise<void> }> {
  const kept = makeSave([1, 0]).text;
  const context = await b.newContext({ viewport });
  await catchGame(context);
  await seed(context, { [saveKey('slot1')]: kept, [SETTINGS_KEY]: JSON.stringify(FAST), ...entries });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const warnings = collectWarnings(page);
  return { page, errors, warnings, kept, close: () => context.close() };
}

/** The last story line in the mirror (sound captions, in brackets, are left out). */
const lastStoryLine = async (page: Page) => (await logLines(page)).filter((l) => !l.startsWith('[')).at(-1) ?? '';

test('storage full: the game plays on and warns; a save that does not fit leaves the one before it intact', async () => {
  const { page, errors, warnings, kept, close } = await open(browser);
  // A small quota: once the stored keys and values would pass what is stored now plus 600
  // characters, setItem throws QuotaExceededError, as a full browser storage does.
  await page.context().addInitScript(() => {
    const size = (s: Storage) => {
      let n = 0;
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i) ?? '';
        n += key.length + (s.getItem(key)?.length ?? 0);
      }
      return n;
    };
    const limit = size(localStorage) + 600;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      const old = this.getItem(key);
      const after = size(this) - (old === null ? 0 : key.length + old.length) + key.length + String(value).length;
      if (this === localStorage && after > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(baseUrl());
  await newGame(page);
  await readToChoices(page); // the autosave at this choice point does not fit
  await expect.poll(() => warnings.join('\n')).toContain('Browser storage is full');
  await choose(page, 1);
  await readToChoices(page);

  // Saving over slot 1 does not fit either: the player is told, and slot 1 keeps the old save.
  await press(page, 'Menu', '#story-nav');
  await waitForOffer(page, 'Story menu');
  await press(page, /^\d+\. Save$/);
  await waitForOffer(page, 'Save');
  await press(page, 'Slot 1');
  await waitForOffer(page, 'Save over a save?'); // saving over a save asks first
  await press(page, 'Yes, replace Slot 1');
  await page.waitForFunction(() => /storage is full/.test(document.querySelector('#story-choices p')?.textContent ?? ''));
  expect(await stored(page, saveKey('slot1'))).toBe(kept);
  expect(await stored(page, saveKey('auto'))).toBeNull();

  // And it still loads.
  await press(page, 'Load a save');
  await waitForOffer(page, 'Load');
  await press(page, 'Slot 1');
  await waitForOffer(page, MirrorLabel.continue);
  expect(await lastStoryLine(page)).toBe(makeSave([1, 0]).lastLine);
  expect(unexpected(errors)).toEqual([]);
  await close();
}, 120_000);

test('corrupt saves, settings and progress: the game starts and warns, keeps and marks the saves, repairs the settings', async () => {
  const notASave = '{"format":1,"run":42}';
  const { page, errors, warnings, kept, close } = await open(browser, {
    [saveKey('auto')]: 'garbage{{',
    [saveKey('slot2')]: notASave,
    [SETTINGS_KEY]: '{"textSpeed":"fast","muted":"yes","reducedMotion":"on","fontScale":1.2}',
    'room7:progress': 'not a progress record',
  });
  await page.goto(baseUrl());
  await waitForOffer(page, 'Title menu');
  // No Continue: the autosave cannot be read.
  expect((await offerTexts(page))[0]).toContain('New game');
  expect(warnings).toContain('[Room 7] Some settings were unreadable and were reset (textSpeed, muted).');

  await press(page, 'Load');
  await waitForOffer(page, 'Load');
  const slots = await offerTexts(page);
  expect(slots.find((s) => s.includes('Autosave'))).toContain('this save is damaged');
  expect(slots.find((s) => s.includes('Slot 2'))).toContain('this save is damaged');
  expect(slots.find((s) => s.includes('Slot 1'))).toContain('The Training Court');
  await press(page, 'Slot 2');
  await page.waitForFunction(() => /This save is damaged/.test(document.querySelector('#story-choices p')?.textContent ?? ''));
  expect(await offerLabel(page)).toBe('Load');
  expect(await stored(page, saveKey('slot2'))).toBe(notASave);
  expect(await stored(page, saveKey('auto'))).toBe('garbage{{');
  expect(await stored(page, saveKey('slot1'))).toBe(kept);

  // The endings screen reads the progress record: the broken one is set aside, not lost.
  await press(page, 'Back');
  await waitForOffer(page, 'Title menu');
  await press(page, 'Endings');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('room7:progress.unreadable.')));
  const aside = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('room7:progress.unreadable.')));
  expect(aside?.[1]).toBe('not a progress record');

  // Settings: the readable fields were kept, the broken ones took their defaults; a change writes them whole.
  await press(page, 'Back');
  await waitForOffer(page, 'Title menu');
  await press(page, 'Settings');
  await waitForOffer(page, 'Settings');
  expect(await offerTexts(page)).toContain('4. Reduced motion: On');
  await press(page, 'High contrast: Off');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"highContrast":true'), SETTINGS_KEY);
  const settings = JSON.parse((await stored(page, SETTINGS_KEY)) ?? '{}');
  expect(settings).toMatchObject({ textSpeed: 45, muted: false, reducedMotion: 'on', fontScale: 1.2, highContrast: true });
  expect(unexpected(errors)).toEqual([]);
  await close();

  // Settings that are not JSON at all: the defaults, one warning, and the game starts.
  const broken = await open(browser, { [SETTINGS_KEY]: '{not json' });
  await broken.page.goto(baseUrl());
  await waitForOffer(broken.page, 'Title menu');
  expect(broken.warnings.join('\n')).toContain('Your settings could not be read');
  expect(await stored(broken.page, saveKey('slot1'))).toBe(broken.kept);
  expect(unexpected(broken.errors)).toEqual([]);
  await broken.close();
}, 120_000);

test('a missing background, an undecodable portrait and an undecodable sound: the scene plays on with fallbacks', async () => {
  const { page, errors, warnings, kept, close } = await open(browser);
  const context = page.context();
  await context.route('**/art/backgrounds/training_court.svg', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await context.route('**/art/portraits/yesung_adult_neutral.svg', (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: 'this is not an image' }),
  );
  await context.route('**/audio/ambience/courtroom.mp3', (route) =>
    route.fulfill({ status: 200, contentType: 'audio/mpeg', body: Buffer.from('not an mp3 at all, just some bytes') }),
  );
  await page.goto(baseUrl());
  await newGame(page);
  const read = await readToChoices(page);
  expect(read).toBeGreaterThan(0);
  await choose(page, 1);
  await expect.poll(() => warnings.join('\n')).toMatch(/Could not load [^\n]*training_court\.svg; the scene goes on without it/);
  expect(warnings.join('\n')).toMatch(/Could not load [^\n]*yesung_adult_neutral\.svg/);
  await expect.poll(() => warnings.join('\n')).toContain('audio/ambience/courtroom.mp3 could not be loaded or decoded');
  expect(await stored(page, saveKey('slot1'))).toBe(kept);
  expect(unexpected(errors)).toEqual([]);
  await close();
}, 120_000);

/** The error screen, as the mirror offers it: its message and two buttons. */
async function errorScreen(page: Page): Promise<{ message: string; buttons: string[] }> {
  await waitForOffer(page, 'Error');
  return {
    message: (await page.locator('#story-choices p').first().textContent()) ?? '',
    buttons: await offerTexts(page),
  };
}

test('a compiled story of a newer ink version: the error screen, whose Go back and Restart both work; saves are kept', async () => {
  const { page, errors, kept, close } = await open(browser, { [saveKey('auto')]: makeSave([0]).text });
  const future = JSON.stringify({ ...JSON.parse(builtStory()), inkVersion: 99 });
  await page
    .context()
    .route('**/story.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: future }));
  await page.goto(baseUrl());
  await waitForOffer(page, 'Title menu');
  // Continue (the autosave) cannot replay on this story: it says so, and the save stays.
  expect((await offerTexts(page))[0]).toContain(MirrorLabel.continue);
  await press(page, MirrorLabel.continue);
  await page.waitForFunction(() => /story cannot be read/.test(document.getElementById('story-choices')?.textContent ?? ''));
  await press(page, 'Back');

  await press(page, 'New game');
  await waitForOffer(page, 'Before you begin');
  await press(page, 'Begin');
  const shown = await errorScreen(page);
  expect(shown.message).toContain('ink format 99');
  expect(shown.buttons).toEqual(['1. Go back to the title', '2. Restart the game']);
  await press(page, 'Go back to the title');
  await waitForOffer(page, 'Title menu');

  await press(page, 'New game');
  await waitForOffer(page, 'Before you begin');
  await press(page, 'Begin');
  await errorScreen(page);
  const reloaded = page.waitForEvent('load');
  await press(page, 'Restart the game');
  await reloaded;
  await waitForOffer(page, 'Title menu');
  expect(await stored(page, saveKey('slot1'))).toBe(kept);
  expect(await stored(page, saveKey('auto'))).toBe(makeSave([0]).text);
  expect(unexpected(errors)).toEqual([]);
  await close();
}, 120_000);

test('an ink runtime error mid-scene: the error screen says where, with Go back and Restart', async () => {
  const { page, errors, kept, close } = await open(browser);
  const broken = compileFixture('tests/fixtures/engine/runtime-error.ink');
  await page
    .context()
    .route('**/story.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: broken }));
  await page.goto(baseUrl());
  await newGame(page);
  expect(await lastStoryLine(page)).toBe('Before the fault.');
  await press(page, MirrorLabel.continue);
  const shown = await errorScreen(page);
  expect(shown.message).toMatch(/ink error at broken/);
  expect(shown.buttons).toEqual(['1. Go back to the title', '2. Restart the game']);
  await press(page, 'Go back to the title');
  await waitForOffer(page, 'Title menu');
  expect(await stored(page, saveKey('slot1'))).toBe(kept);
  expect(unexpected(errors)).toEqual([]);
  await close();
}, 120_000);

/** Distinct colours on a grid over the canvas, read from a screenshot (a blank canvas has one or two). */
async function coloursOnCanvas(page: Page): Promise<number> {
  const png = (await page.locator('#game canvas').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const g = canvas.getContext('2d');
    if (!g) return 0;
    g.drawImage(image, 0, 0);
    const seen = new Set<string>();
    for (let x = 5; x < image.width; x += Math.ceil(image.width / 40))
      for (let y = 5; y < image.height; y += Math.ceil(image.height / 40)) seen.add(g.getImageData(x, y, 1, 1).data.join());
    return seen.size;
  }, png);
}

test('WebGL unavailable: Canvas draws the game and the story plays; asking for WebGL there falls back to Canvas', async () => {
  const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
  try {
    for (const path of ['', '?renderer=webgl']) {
      const { page, errors, kept, close } = await open(noGl);
      const info: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'info') info.push(m.text());
      });
      await page.goto(baseUrl() + path);
      await waitForOffer(page, 'Title menu');
      expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl'))).toBeNull();
      expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe('canvas');
      expect(info.join('\n')).toMatch(/renderer: canvas \(WebGL (is|was asked for but is) unavailable\)/);
      if (path === '') {
        await press(page, 'New game');
        await waitForOffer(page, 'Before you begin');
        await press(page, 'Begin');
        await readToChoices(page);
        await choose(page, 1);
      }
      expect(await coloursOnCanvas(page)).toBeGreaterThan(10);
      expect(await stored(page, saveKey('slot1'))).toBe(kept);
      expect(unexpected(errors)).toEqual([]);
      await close();
    }
  } finally {
    await noGl.close();
  }
}, 180_000);

test('WebGL forced with ?renderer=webgl: the title is drawn and the story starts', async () => {
  const { page, errors, close } = await open(browser);
  await page.goto(`${baseUrl()}?renderer=webgl`);
  await waitForOffer(page, 'Title menu');
  expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe('webgl');
  await page.waitForTimeout(500); // the title art fades in
  expect(await coloursOnCanvas(page)).toBeGreaterThan(10);
  await press(page, 'New game');
  await waitForOffer(page, 'Before you begin');
  await press(page, 'Begin');
  await waitForOffer(page, MirrorLabel.continue);
  expect(unexpected(errors)).toEqual([]);
  await close();
}, 120_000);

/** howler's AudioContext state and whether the prologue's music plays (howler's private state, for tests). */
function sound(page: Page): Promise<{ context: string | null; music: boolean }> {
  return page.evaluate(() => {
    const H = (window as any).Howler;
    const howls: any[] = H?._howls ?? [];
    return {
      context: H?.ctx?.state ?? null,
      music: howls.some((h) => String(h._src).endsWith('music/court.mp3') && h.playing()),
    };
  });
}

function setVisibility(page: Page, hidden: boolean): Promise<void> {
  return page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('the tab hidden and shown again: the place is kept, the sound is suspended and resumes', async () => {
  const { page, errors, kept, close } = await open(browser);
  await page.goto(baseUrl());
  await newGame(page);
  await expect.poll(() => sound(page), { timeout: 30_000 }).toEqual({ context: 'running', music: true });
  const lines = await logLines(page);
  await setVisibility(page, true);
  await expect.poll(async () => (await sound(page)).context).toBe('suspended');
  await page.waitForTimeout(500);
  await setVisibility(page, false);
  await expect.poll(() => sound(page)).toEqual({ context: 'running', music: true });
  expect(await logLines(page)).toEqual(lines);
  expect(await offerLabel(page)).toBe(MirrorLabel.continue);
  await press(page, MirrorLabel.continue);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, lines.length);
  expect(await stored(page, saveKey('slot1'))).toBe(kept);
  expect(unexpected(errors)).toEqual([]);
  await close();
}, 120_000);

test('the window turned from landscape to portrait during a scene transition: the place is kept, the story goes on', async () => {
  const moment = beforeTransition();
  const { page, errors, kept, close } = await open(browser, {
    [SETTINGS_KEY]: JSON.stringify({ textSpeed: 0, reducedMotion: 'off' }),
  });
  // Hold the new background's art back, so the resize surely lands while the transition runs.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.context().route(`**/art/backgrounds/${moment.background}.svg`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(baseUrl() + moment.path);
  await waitForOffer(page, MirrorLabel.continue);
  expect(await lastStoryLine(page)).toBe(moment.before);
  const requested = page.waitForRequest(`**/art/backgrounds/${moment.background}.svg`);
  await press(page, MirrorLabel.continue);
  await requested;
  await page.setViewportSize({ width: 720, height: 1280 });
  // Upright now: 1080 x 1920 design units, drawn at the window's 720 x 1280 pixels (src/presentation/view.ts).
  await page.waitForFunction(() => {
    const c = document.querySelector('#game canvas') as HTMLCanvasElement | null;
    return c?.width === 720 && c.height === 1280;
  });
  release();
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('#story-log p')].some((p) => p.textContent === text),
    moment.after,
  );
  await waitForOffer(page, MirrorLabel.continue);
  await page.waitForTimeout(1500); // anything the interrupted transition still had to do
  expect((await logLines(page)).filter((l) => l === moment.after)).toHaveLength(1);
  expect(await lastStoryLine(page)).toBe(moment.after);
  await press(page, MirrorLabel.continue);
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('#story-log p')].some((p) => p.textContent === text),
    moment.next,
  );
  expect(await lastStoryLine(page)).toBe(moment.next);
  expect(await stored(page, saveKey('slot1'))).toBe(kept);
  expect(unexpected(errors)).toEqual([]);
  await close();
}, 120_000);
