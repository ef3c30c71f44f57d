// Nothing lost, nothing hangs (issue 18), in the production build: requests that never answer end in
// their fallback, the page is never blank, a shared link never replaces the player's autosave, an
// old link on an edited story says what changed, a bad manifest or an oversized import is a plain
// message, and a returning player plays with no network.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { choiceHash, encodeRun, Lookahead, Playthrough } from '../../src/engine/index.ts';
import {
  builtStory,
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
import { baseUrl, catchGame, connectBrowser, FAST, waitForOffer } from './harness.ts';

/** src/platform.ts MAX_IMPORT_BYTES (that module is the page's and is not loaded in Node). */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
  warnings: string[];
}

/**
 * A fresh context with these localStorage entries. The service worker is blocked unless asked for:
 * page.route (the stalls below) does not see requests a service worker answers.
 */
async function open(entries: Record<string, string> = {}, serviceWorkers: 'allow' | 'block' = 'block'): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers });
  await catchGame(context);
  await seed(context, { [SETTINGS_KEY]: JSON.stringify(FAST), ...entries });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, errors, warnings: collectWarnings(page) };
}

/** Waits, longer than harness.waitForOffer does, for a group of buttons with this label. */
const waitLong = (page: Page, label: string) =>
  page.waitForSelector(`#story-choices[aria-label="${label}"] button`, { state: 'attached', timeout: STALL_WAIT });

/** Requests to these URLs are held and never answered, as a stalled server's are. */
const stall = (page: Page, pattern: string) => page.route(pattern, () => new Promise<void>(() => undefined));

const status = (page: Page) => page.locator('#mirror-status').textContent();

/** Keeps every text the mirror's status line shows (later announcements replace earlier ones there). */
const recordStatus = (page: Page) =>
  page.context().addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    new MutationObserver(() => {
      const text = document.getElementById('mirror-status')?.textContent;
      if (text && said.at(-1) !== text) said.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
const storyLines = async (page: Page) => (await logLines(page)).filter((l) => !l.startsWith('['));

/**
 * The stall tests' pages wait 2 s for a request (src/load-timeout.ts; a player's page waits 8 s): the
 * fallback then comes after the wait and its one retry, about 4 s, not 16.
 */
const STALLING = '?test&load-timeout=2000';
/** Past that wait and its retry, and the game's own steps after it, on a busy machine. */
const STALL_WAIT = 60_000;

test('the page is never blank: a loading screen in plain HTML shows before any script or stylesheet arrives', async () => {
  const { context, page } = await open();
  // Every script and stylesheet held for 4 s, as on a slow line.
  await page.route(/\.(js|css)$/, async (route) => {
    await new Promise((r) => setTimeout(r, 4000));
    await route.continue();
  });
  await page.goto(baseUrl(), { waitUntil: 'commit' });
  await page.waitForSelector('#loading', { state: 'visible', timeout: 3000 });
  expect(await page.locator('#loading').textContent()).toContain('Loading Room 7');
  const look = await page.evaluate(() => {
    const box = document.getElementById('loading')?.getBoundingClientRect();
    return { background: getComputedStyle(document.documentElement).backgroundColor, height: box?.height ?? 0 };
  });
  expect(look.background).toBe('rgb(11, 16, 32)');
  expect(look.height).toBeGreaterThan(600);
  // And it goes once the game draws.
  await waitForOffer(page, 'Title menu');
  await page.waitForSelector('#loading', { state: 'hidden' });
  await context.close();
}, 120_000);

test('a stalled story ends in the error screen with what to do, not "Loading Room 7..." for good', async () => {
  const { context, page, errors } = await open();
  await stall(page, '**/story.json');
  await page.goto(baseUrl() + STALLING);
  await page.waitForFunction(() => /did not load/.test(document.getElementById('mirror')?.textContent ?? ''), null, {
    timeout: STALL_WAIT,
  });
  expect(await page.locator('#mirror').textContent()).toMatch(/The story did not load \(story\.json\)\. Check your connection/);
  expect(unexpected(errors)).toEqual([]);
  await context.close();
}, 120_000);

test('stalled art: the title and the first scene come up without it, with one warning each, and the menu opens', async () => {
  const { context, page, warnings } = await open();
  await stall(page, '**/art/ui/title.svg');
  await stall(page, '**/art/backgrounds/**');
  await page.goto(baseUrl() + STALLING);
  await waitLong(page, 'Title menu');
  await press(page, 'New game');
  await waitLong(page, 'Before you begin');
  await press(page, 'Begin');
  await waitLong(page, MirrorLabel.continue);
  // The menu opens (pressed again while the screen is still busy with its chapter card).
  await expect
    .poll(
      async () => {
        if ((await page.locator('#story-choices').getAttribute('aria-label')) === 'Story menu') return true;
        await press(page, 'Menu', '#story-nav');
        return false;
      },
      { timeout: STALL_WAIT, interval: 1000 },
    )
    .toBe(true);
  // The title's art and the first background each end in one warning (the line may be up first).
  const stalledFiles = () => warnings.filter((w) => /Could not load art\/(ui\/title|backgrounds\/)/.test(w));
  await expect.poll(() => stalledFiles().length, { timeout: STALL_WAIT }).toBeGreaterThanOrEqual(2);
  const stalled = stalledFiles();
  expect(new Set(stalled).size).toBe(stalled.length); // one warning per file
  await context.close();
}, 180_000);

test('a bad art manifest is a plain warning and the story plays without its pictures', async () => {
  const { context, page, errors, warnings } = await open();
  await page.route('**/art/manifest.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"backgrounds":null}' }),
  );
  await page.route('**/audio/manifest.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"music":{"court":{"src":42}}}' }),
  );
  await page.goto(baseUrl());
  await newGame(page);
  await waitForOffer(page, MirrorLabel.continue);
  expect(await page.locator('#mirror').textContent()).not.toMatch(/Unexpected error/);
  const said = warnings.join('\n');
  expect(said).toContain('list of art (art/manifest.json)');
  expect(said).toContain('"backgrounds" is not a list of names');
  expect(said).toContain('music.court');
  expect(said).not.toMatch(/Cannot read|null|undefined/);
  expect(unexpected(errors)).toEqual([]);
  await context.close();
}, 120_000);

test('an oversized import is refused in plain words and changes nothing', async () => {
  const kept = makeSave([1, 0]).text;
  const { context, page, errors } = await open({ [saveKey('slot1')]: kept });
  await page.goto(baseUrl());
  await waitForOffer(page, 'Title menu');
  await press(page, 'Load');
  await waitForOffer(page, 'Load');
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const chooser = page.waitForEvent('filechooser');
  await press(page, 'Import a save');
  await (await chooser).setFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(MAX_IMPORT_BYTES + 900_000, 0x20),
  });
  await page.waitForFunction(() => /MB/.test(document.querySelector('#story-choices p')?.textContent ?? ''));
  expect(await page.locator('#story-choices p').first().textContent()).toBe(
    'That file was not imported, and nothing was changed: it is 2.9 MB, and a save is never more than 2 MB. Choose a save file exported from Room 7.',
  );
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  expect(unexpected(errors)).toEqual([]);
  await context.close();
}, 120_000);

/** A run link on the built story: option 1 at each of `choices` choice points, and the texts taken. */
function linkOn(story: string, choices: number, hashed = true): { path: string; texts: string[]; node: string } {
  const p = Playthrough.start(story, { seed: 77 });
  while (p.run.choices.length < choices) {
    const beat = p.next();
    if (beat.kind === 'choices') p.choose(0);
  }
  const run = hashed ? { ...p.run, choiceHashes: p.trail.map((c) => choiceHash(c.text)) } : p.run;
  return { path: `?run=${encodeRun(run)}&at=1`, texts: p.trail.map((c) => c.text), node: p.trail.at(-1)?.node ?? '' };
}

test("a shared link opened over the player's autosave: the link autosaves apart, says so, and Continue still goes home", async () => {
  const own = makeSave([1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
  const { context, page, errors } = await open({ [saveKey('auto')]: own.text });
  await page.goto(baseUrl() + linkOn(builtStory(), 2).path);
  await waitForOffer(page, MirrorLabel.continue);
  // The link's line may be up before the game is (src/early-line.ts); the game says it when it opens the link.
  await expect.poll(() => status(page), { timeout: 60_000 }).toContain('autosaved apart');
  await readToChoices(page); // the next choice point: an autosave
  await page.waitForFunction(() => localStorage.getItem('room7:save.link') !== null);
  expect(await stored(page, saveKey('auto'))).toBe(own.text);
  // Continue on the title goes to the player's own place; the link's run is under "Shared link".
  await page.goto(baseUrl());
  await waitForOffer(page, 'Title menu');
  await press(page, 'Load');
  await waitForOffer(page, 'Load');
  expect((await offerTexts(page)).some((t) => t.includes('Shared link (autosave) · The Training Court'))).toBe(true);
  await page.goto(baseUrl());
  await waitForOffer(page, 'Title menu');
  await press(page, 'Continue');
  await waitForOffer(page, MirrorLabel.continue);
  expect((await storyLines(page)).at(-1)).toBe(own.lastLine);
  expect(await stored(page, saveKey('auto'))).toBe(own.text);
  expect(unexpected(errors)).toEqual([]);
  await context.close();
}, 180_000);

test('an old link on an edited story says which choice changed, instead of taking another branch', async () => {
  const story = builtStory();
  const link = linkOn(story, 3);
  // The story served has the link's second choice reworded (every place its text appears).
  const old = link.texts[1] ?? '';
  const edited = story.split(JSON.stringify(`^${old}`).slice(1, -1)).join(`^${old} (reworded)`);
  expect(edited).not.toBe(story);
  const { context, page, errors } = await open();
  await page.route('**/story.json', (route) => route.fulfill({ contentType: 'application/json', body: edited }));
  await recordStatus(page);
  await page.goto(baseUrl() + link.path);
  await page.waitForFunction(() => (window as unknown as { __said: string[] }).__said.some((t) => /has changed/.test(t)));
  const said = (await page.evaluate(() => (window as unknown as { __said: string[] }).__said)).join('\n');
  expect(said).toContain('The story has changed since this link was made: replayed 1 of 3 choices; choice 2 (option 1)');
  expect(said).toContain(`now reads '${old} (reworded)'`);
  // Stopped at that choice point, with its options on offer.
  await waitForOffer(page, MirrorLabel.choices);
  expect((await offerTexts(page)).some((t) => t.includes(`${old} (reworded)`))).toBe(true);
  expect(unexpected(errors)).toEqual([]);
  await context.close();
}, 120_000);

test('offline: after one visit the game reloads, starts and plays with no network; sound played once is kept', async () => {
  const { context, page, errors } = await open({}, 'allow');
  await page.goto(baseUrl());
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 });
  await newGame(page); // the prologue's music is requested, through the worker now in charge
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('room7-sound')).keys()).length), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await context.setOffline(true);
  await page.reload();
  await newGame(page);
  await waitForOffer(page, MirrorLabel.continue);
  expect((await storyLines(page)).length).toBeGreaterThan(0);
  // The first scene's background came from the cache, not a fallback.
  expect(
    await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/art/backgrounds/'))),
  ).toBe(true);
  expect(unexpected(errors)).toEqual([]);
  await context.close();
}, 180_000);

test("the next scene's art is fetched ahead at a choice point, before the player chooses", async () => {
  // A choice point of the built story where an option leads to another background.
  const story = builtStory();
  const p = Playthrough.start(story, { seed: 5 });
  const ahead = new Lookahead(story);
  let next: string | undefined;
  for (let guard = 0; guard < 5000 && !next; guard++) {
    if (p.next().kind !== 'choices') continue;
    next = ahead.nextBackgrounds(p.inkState()).find((id) => id !== p.presentation.background);
    if (!next) p.choose(0);
  }
  expect(next).toBeTruthy();
  const { context, page, errors } = await open();
  // The link lands on the first line after the choice before; the choice point is read up to.
  await page.goto(`${baseUrl()}?run=${encodeRun(p.run)}&at=1`);
  await waitForOffer(page, 'Continue');
  await readToChoices(page);
  const requested = () =>
    page.evaluate(
      (id) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/art/backgrounds/${id}.svg`)),
      next,
    );
  await expect.poll(requested, { timeout: 15_000 }).toBe(true);
  expect(await offerLabel(page)).toBe('Choices'); // still there: nothing was chosen
  expect(unexpected(errors)).toEqual([]);
  await context.close();
}, 120_000);

test('an update never serves a stale story: the new version waits, the player is told, and a reload plays it', async () => {
  // A copy of the build, served on its own, so it can be "deployed" again with a changed story.
  const dir = mkdtempSync(join(tmpdir(), 'room7-update-'));
  cpSync('dist', dir, { recursive: true });
  const server = await preview({ build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0] ?? '';
  const { context, page, errors } = await open({}, 'allow');
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const first = Playthrough.start(builtStory(), { seed: 1 }).next();
    if (first.kind !== 'line') throw new Error('the story does not open on a line');
    // The new version: the first line reworded; the worker's precache list names the new story.
    const story = readFileSync(join(dir, 'story.json'), 'utf8');
    writeFileSync(join(dir, 'story.json'), story.replace(`^${first.text}`, `^${first.text} (new version)`));
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const updated = sw.replace(/(url:"story\.json",revision:")[0-9a-f]+"/, '$1new-version"');
    expect(updated).not.toBe(sw);
    writeFileSync(join(dir, 'sw.js'), updated);
    await page.reload();
    // The browser looks for a new worker on navigation, in its own time; asked now, as it is on
    // a later visit, so the test does not wait on that timing.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForSelector('#update', { state: 'visible', timeout: 90_000 });
    expect(await page.locator('#update').textContent()).toContain('A new version of Room 7 is ready');
    // Until the player reloads, this page plays the version it started with, whole.
    await newGame(page);
    expect((await storyLines(page)).join('\n')).not.toContain('(new version)');
    await page.locator('#update button', { hasText: 'Reload now' }).click();
    await page.waitForEvent('load', { timeout: 60_000 });
    await newGame(page);
    await expect.poll(async () => (await storyLines(page)).join('\n'), { timeout: 30_000 }).toContain('(new version)');
    expect(unexpected(errors)).toEqual([]);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);
