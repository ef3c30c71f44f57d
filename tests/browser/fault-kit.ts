// Helpers for the fault, security and restart tests: real saves made in Node on the built story
// (dist/story.json), seeded into a page's storage before the game starts and checked byte for byte
// afterwards, and a few moves through the DOM mirror.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { type Beat, encodeRun, Playthrough } from '../../src/engine/index.ts';
import { savePlaythrough } from '../../src/persistence/save-codec.ts';
import { firstPath } from './first-path.ts';
import { waitForAttached, waitForOffer } from './harness.ts';

/** The compiled story the build ships. */
export function builtStory(): string {
  return readFileSync('dist/story.json', 'utf8');
}

/** The key a save slot has in localStorage (src/persistence: namespace "room7:", key "save.<slot>"). */
export const saveKey = (slot: string) => `room7:save.${slot}`;
export const SETTINGS_KEY = 'room7.settings';

/** A real save on the built story: `picks` choices, then on to the next line. `summary` overrides its summary line. */
export function makeSave(picks: readonly number[], summary?: string): { text: string; lastLine: string } {
  const p = Playthrough.start(builtStory(), { seed: 4242 });
  let made = 0;
  for (let guard = 0; guard < 5000; guard++) {
    const beat = p.next();
    if (beat.kind === 'end') break;
    if (beat.kind === 'choices' && made < picks.length) p.choose((picks[made++] ?? 0) % beat.choices.length);
    else if (made === picks.length) break; // the first line (or choices) after the last pick
  }
  const text = savePlaythrough(p, new Date('2024-05-01T10:00:00.000Z'));
  if (summary === undefined) return { text, lastLine: p.lastLine };
  return { text: JSON.stringify({ ...JSON.parse(text), summary }), lastLine: p.lastLine };
}

/**
 * Puts these localStorage entries in place before the game's first load in this context (not again
 * on a reload, so that what the game does to them stays visible).
 */
export async function seed(context: BrowserContext, entries: Record<string, string>): Promise<void> {
  await context.addInitScript((e) => {
    if (sessionStorage.getItem('room7-test-seeded')) return;
    sessionStorage.setItem('room7-test-seeded', '1');
    for (const [key, value] of Object.entries(e)) localStorage.setItem(key, value);
  }, entries);
}

export function stored(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** Presses a mirror button by its text, as a screen reader would (the canvas lies over the mirror). */
export async function press(page: Page, text: string | RegExp, where = '#story-choices'): Promise<void> {
  await page
    .locator(`${where} button`, { hasText: text })
    .first()
    .evaluate((button) => (button as HTMLButtonElement).click());
}

export const offerLabel = (page: Page) => page.locator('#story-choices').getAttribute('aria-label');
export const offerTexts = (page: Page) => page.locator('#story-choices button').allTextContents();
export const logLines = (page: Page) => page.locator('#story-log p').allTextContents();

/** Title -> New game -> Begin: the story's first line is up. */
export async function newGame(page: Page): Promise<void> {
  await waitForOffer(page, 'Title menu');
  await press(page, 'New game');
  await waitForOffer(page, 'Before you begin');
  await press(page, 'Begin');
  await waitForAttached(page, '#story-log p');
}

/**
 * Reads on with the mirror's Continue until choices are offered; returns the lines read. Runs in
 * the page (one round trip, not three per line); fails after `limit` lines, or a minute with no new line.
 */
export async function readToChoices(page: Page, limit = 300): Promise<number> {
  const outcome = await page.evaluate(
    async ({ limit, labels }) => {
      const label = () => document.getElementById('story-choices')?.getAttribute('aria-label');
      const last = () => document.querySelector('#story-log > p:last-of-type');
      let seen = last();
      let read = 0;
      for (let since = performance.now(); performance.now() - since < 60_000; ) {
        if (label() === labels.choices) return read;
        if (last() !== seen) {
          seen = last();
          since = performance.now();
          if (++read > limit) break;
        }
        if (label() === labels.continue)
          [...document.querySelectorAll<HTMLButtonElement>('#story-choices button')]
            .find((b) => b.textContent?.includes(labels.continue))
            ?.click();
        await new Promise((r) => setTimeout(r, 20));
      }
      return `no choices within ${limit} lines (at "${label()}")`;
    },
    { limit, labels: { choices: MirrorLabel.choices, continue: MirrorLabel.continue } },
  );
  if (typeof outcome === 'string') throw new Error(outcome);
  return outcome;
}

/** Takes option `n` (1-based) and waits for the story to go on. */
export async function choose(page: Page, n: number): Promise<void> {
  const before = await page.locator('#story-log p').count();
  await page
    .locator('#story-choices button')
    .nth(n - 1)
    .evaluate((b) => (b as HTMLButtonElement).click());
  await page.waitForFunction((c) => document.querySelectorAll('#story-log p').length > c, before);
}

/** The `[Room 7]` warnings the page logs (each also goes to the mirror's status line). */
export function collectWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('[Room 7]')) warnings.push(m.text());
  });
  return warnings;
}

/**
 * Errors other than the ones the browser and Phaser log themselves for a file that failed and was
 * handled (Chromium: "Failed to load resource"; Phaser's loader: "Failed to process file").
 */
export const unexpected = (errors: readonly string[]) =>
  errors.filter((e) => !e.startsWith('Failed to load resource') && !e.startsWith('Failed to process file'));

/** A beat as the mirror's story log shows it ("Speaker: text"); '' for anything but a line. */
function mirrored(beat: Beat): string {
  if (beat.kind !== 'line') return '';
  return beat.speaker ? `${beat.speaker}: ${beat.text}` : beat.text;
}

/**
 * A run link to the line just before the first scene change that has a transition and no chapter
 * card (the prologue's way into the market, on option 1 everywhere), and the lines either side.
 */
export function beforeTransition(): { path: string; before: string; after: string; next: string; background: string } {
  let previous = '';
  for (const { p, beat, at } of firstPath(builtStory())) {
    const scene = beat.commands.find((c) => c.kind === 'scene' && c.transition !== 'cut');
    const chapter = beat.commands.some((c) => c.kind === 'chapter');
    if (beat.kind === 'line' && scene?.kind === 'scene' && !chapter && at > 1 && previous) {
      const following = p.next();
      return {
        path: `?run=${encodeRun(p.run)}&at=${at - 1}`,
        before: previous,
        after: mirrored(beat),
        next: mirrored(following),
        background: scene.background,
      };
    }
    previous = mirrored(beat);
  }
  throw new Error('the story has no scene change with a transition to test');
}
