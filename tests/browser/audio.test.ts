// Sound in the production build: the prologue's music and ambience start (read from howler's own
// global state in the page: its UMD build sets window.Howler), the Settings screen's mute and volumes
// change what howler plays, and a sound file that fails to arrive leaves the story playable.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { clickDesign, connectBrowser, FAST, openGame, readOn, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Heard {
  /** Files howler is playing now, e.g. "music/court.mp3", each with its sounds' levels. */
  playing: { file: string; levels: number[] }[];
  master: number;
  muted: boolean;
  gain: number | null;
}

/** What howler is doing in the page. */
function heard(page: Page): Promise<Heard> {
  return page.evaluate(() => {
    // howler's private state, read for the test only.
    const H = (window as any).Howler;
    if (!H) throw new Error('window.Howler is missing');
    const howls: any[] = H._howls;
    return {
      playing: howls
        .filter((h) => h.playing())
        .map((h) => ({
          file: String(h._src).replace(/^.*audio\//, ''),
          levels: h._sounds.filter((s: any) => !s._paused).map((s: any) => Math.round(s._volume * 100) / 100),
        })),
      master: H.volume(),
      muted: H._muted,
      gain: H.masterGain ? H.masterGain.gain.value : null,
    };
  });
}

async function waitFor(page: Page, what: string, check: (h: Heard) => boolean, timeout = 30_000): Promise<Heard> {
  const until = Date.now() + timeout;
  let last = await heard(page);
  while (!check(last)) {
    if (Date.now() > until) throw new Error(`${what}: howler has ${JSON.stringify(last)}`);
    await page.waitForTimeout(250);
    last = await heard(page);
  }
  return last;
}

const files = (h: Heard) => h.playing.map((p) => p.file);
const levelsOf = (h: Heard, file: string) => h.playing.find((p) => p.file === file)?.levels ?? [];

async function newGame(page: Page): Promise<void> {
  await waitForOffer(page, 'Title menu');
  await clickDesign(page, 400, 468);
  await waitForOffer(page, 'Before you begin');
  await page.keyboard.press('1');
  await page.waitForSelector('#story-log p');
}

/** Presses a button of the DOM mirror by its text, as a screen reader would (the canvas lies over it). */
async function press(page: Page, where: string, text: string): Promise<void> {
  await page
    .locator(`${where} button`, { hasText: text })
    .first()
    .evaluate((button) => (button as HTMLButtonElement).click());
}

test('the prologue’s music starts with its caption; mute and volumes on the Settings screen change what howler plays', async () => {
  const { page, errors, context } = await openGame(browser, { settings: { ...FAST, captions: true } });
  await newGame(page);
  const started = await waitFor(page, 'the prologue’s music and ambience', (h) =>
    ['music/court.mp3', 'ambience/courtroom.mp3'].every((f) => files(h).includes(f)),
  );
  expect(started.playing).toHaveLength(2);
  expect(started.master).toBeCloseTo(0.9);
  // The captions are in the mirror's story log, in brackets.
  const log = await page.locator('#story-log').textContent();
  expect(log).toContain('[Quiet, solemn piano and strings]');
  expect(log).toContain('[A quiet courtroom: murmurs, paper, a chair]');
  // The music has faded in to its level (70% by default).
  await waitFor(page, 'the music at 70%', (h) => levelsOf(h, 'music/court.mp3').join() === '0.7');

  // Menu -> Settings -> Sound and captions, all through the mirror's buttons.
  await waitForOffer(page, MirrorLabel.continue);
  await press(page, '#story-nav', 'Menu');
  await waitForOffer(page, 'Story menu');
  await press(page, '#story-choices', 'Settings');
  await waitForOffer(page, 'Settings');
  await press(page, '#story-choices', 'Sound and captions');
  await waitForOffer(page, 'Sound');

  await press(page, '#story-choices', 'Mute all sound: Off');
  const muted = await waitFor(page, 'muted', (h) => h.muted && h.gain === 0);
  expect(files(muted)).toContain('music/court.mp3');
  await press(page, '#story-choices', 'Mute all sound: On');
  await waitFor(page, 'unmuted', (h) => !h.muted && h.gain !== null && h.gain > 0.85);

  await press(page, '#story-choices', 'Master volume: 90%');
  await waitFor(page, 'master at 100%', (h) => h.master === 1);
  await press(page, '#story-choices', 'Music volume: 70%');
  await waitFor(page, 'music at 80%', (h) => levelsOf(h, 'music/court.mp3').join() === '0.8');
  await press(page, '#story-choices', 'Ambience volume: 60%');
  const after = await waitFor(page, 'ambience at 70%', (h) => levelsOf(h, 'ambience/courtroom.mp3').join() === '0.7');
  expect(levelsOf(after, 'music/court.mp3')).toEqual([0.8]);
  // The settings are kept.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('room7.settings') ?? '{}'));
  expect(stored).toMatchObject({ masterVolume: 1, musicVolume: 0.8, ambienceVolume: 0.7, muted: false });
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test('a sound file that fails to arrive is one warning and silence; the story plays on', async () => {
  const { page, errors, context } = await openGame(browser, { settings: FAST });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('[Room 7]')) warnings.push(m.text());
  });
  // Howls are made when the story first wants a sound, so routing after the page has loaded is in time.
  await context.route('**/audio/music/court.mp3', (route) => route.abort());
  await newGame(page);
  await waitFor(page, 'the ambience without the music', (h) => files(h).includes('ambience/courtroom.mp3'));
  await page.waitForFunction(() => document.getElementById('mirror-status')?.textContent?.includes('court.mp3'));
  const before = await page.locator('#story-log p').count();
  for (let i = 0; i < 3; i++) await readOn(page);
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length >= n + 3, before);
  const now = await heard(page);
  expect(files(now)).toEqual(['ambience/courtroom.mp3']);
  expect(warnings).toEqual([
    '[Room 7] The sound audio/music/court.mp3 could not be loaded or decoded; the story goes on without it.',
  ]);
  // Chromium logs the aborted request itself as a console error; nothing else may fail.
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  await context.close();
}, 120_000);
