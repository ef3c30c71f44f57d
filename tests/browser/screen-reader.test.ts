// Playing as a screen-reader user meets the game: only roles, accessible names and live regions (no ids,
// no canvas clicks), keys only, with the typewriter on. From the title's Continue (an autosave a few
// choices before an ending, made in Node on the built story) to an ending.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { encodeRun, Playthrough } from '../../src/engine/index.ts';
import { savePlaythrough } from '../../src/persistence/save-codec.ts';
import { connectBrowser, openGame } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An autosave `before` choices short of an ending, taking the first option at every choice. */
function autosaveNearEnd(before: number): string {
  const json = readFileSync('dist/story.json', 'utf8');
  const whole = Playthrough.start(json, { seed: 5 });
  let choices = 0;
  while (whole.next().kind !== 'end') {
    if (whole.current?.kind !== 'choices') continue;
    whole.choose(0);
    choices++;
  }
  const p = Playthrough.start(json, { seed: 5 });
  let made = 0;
  for (;;) {
    const beat = p.next();
    if (beat.kind !== 'choices') continue;
    if (made === choices - before) break;
    p.choose(0);
    made++;
  }
  return savePlaythrough(p, new Date());
}

const focusInfo = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const dialog = a?.closest('[role="dialog"]');
    return {
      name: a?.getAttribute('aria-label') ?? a?.textContent ?? '',
      role: a?.getAttribute('role') ?? a?.tagName.toLowerCase() ?? '',
      inDialog: dialog ? dialog.getAttribute('aria-label') : null,
    };
  });

const heard = (page: Page) => page.getByRole('log').locator('p, h2').allTextContents();

test('title to an ending by keys in the text version: every line heard once, no silent Continue', async () => {
  const save = autosaveNearEnd(3);
  const { page, context, errors } = await openGame(browser, {
    prepare: (c) => c.addInitScript((s) => localStorage.setItem('room7:save.auto', s), save),
  });
  await page.getByRole('group', { name: 'Title menu' }).getByRole('button', { name: 'Continue' }).waitFor({ state: 'attached' });
  // Tab from the top of the page into the text version, to the title's Continue.
  // Menu buttons are numbered by position ("2. Continue"), as their digit keys pick them.
  const onContinue = async () => /^\d+\. Continue$/.test((await focusInfo(page)).name);
  for (let i = 0; i < 12 && !(await onContinue()); i++) await page.keyboard.press('Tab');
  expect(await onContinue()).toBe(true);
  await page.keyboard.press('Enter');

  let presses = 0;
  let menuChecked = false;
  for (let step = 0; step < 400; step++) {
    const label = await page.evaluate(
      () => document.querySelector('[role="group"][aria-label]')?.getAttribute('aria-label') ?? null,
    );
    if (label === MirrorLabel.end) break;
    const before = (await heard(page)).length;
    if (label === MirrorLabel.choices) {
      // Choices are announced, and focus waits on the group, not on option 1.
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/choices?\./i);
      expect(await focusInfo(page)).toMatchObject({ role: 'group', name: MirrorLabel.choices });
      if (!menuChecked) {
        await checkMenuDialog(page);
        menuChecked = true;
      }
      await page.keyboard.press('1');
    } else if (label === MirrorLabel.continue) {
      expect((await focusInfo(page)).name).toBe(MirrorLabel.continue);
      await page.keyboard.press('Enter');
      presses++;
    } else {
      await page.waitForTimeout(100);
      continue;
    }
    // Every press is heard: a new line in the log, or choices announced, or the end.
    const grew = page.waitForFunction(
      ([n, choices, end]) => {
        const now = document.querySelector('[role="group"][aria-label]')?.getAttribute('aria-label');
        return document.querySelectorAll('[role="log"] p, [role="log"] h2').length > n || now === choices || now === end;
      },
      [before, label === MirrorLabel.continue ? MirrorLabel.choices : '', MirrorLabel.end] as const,
      { timeout: 30_000 },
    );
    await grew.catch(async (e) => {
      const state = await page.evaluate(() => document.querySelector('main')?.innerHTML.slice(-2500));
      await page.screenshot({ path: 'test-results/screen-reader-stuck.png' });
      throw new Error(`${e}\nlabel ${label}, step ${step}, focus ${JSON.stringify(await focusInfo(page))}\n${state}`);
    });
  }
  expect(menuChecked).toBe(true);
  expect(presses).toBeGreaterThan(0);
  await page.getByRole('group', { name: MirrorLabel.end }).waitFor();
  const lines = await heard(page);
  expect(lines.at(-1)).toMatch(/^The End/);
  // Each line heard once: no line follows itself.
  const repeats = lines.filter((l, i) => i > 0 && l === lines[i - 1]);
  expect(repeats).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** Esc from the text version opens the menu as a modal dialog with focus inside; Tab stays in it. */
async function checkMenuDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Story menu' });
  await dialog.waitFor();
  expect((await focusInfo(page)).inDialog).toBe('Story menu');
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    expect((await focusInfo(page)).inDialog).toBe('Story menu');
  }
  // What lies behind the dialog cannot be reached.
  expect(await page.evaluate(() => (document.querySelector('[role="log"]') as HTMLElement).inert)).toBe(true);
  // The visible text version shows the dialog's title once (its heading), though the status line that
  // announced the screen still holds it for a screen reader outside the dialog.
  const box = (selector: string) => page.locator(selector).boundingBox();
  expect((await box('#story-choices-title'))?.width).toBeGreaterThan(20);
  expect((await box('#mirror-status'))?.width).toBeLessThanOrEqual(1);
  expect(await page.locator('#mirror-status').textContent()).toBe('Menu');
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: MirrorLabel.choices }).waitFor();
  await expect.poll(() => focusInfo(page).then((f) => f.inDialog)).toBeNull();
  expect(await page.evaluate(() => (document.querySelector('[role="log"]') as HTMLElement).inert)).toBe(false);
}

test('the content note reads its warnings on open, and Esc goes back from it', async () => {
  const { page, context } = await openGame(browser);
  const newGame = page.getByRole('group', { name: 'Title menu' }).getByRole('button', { name: 'New game' });
  await newGame.waitFor({ state: 'attached' });
  await newGame.focus();
  await page.keyboard.press('Enter');
  const note = page.getByRole('dialog', { name: 'Before you begin' });
  await note.waitFor();
  const description = await note.evaluate((d) => document.getElementById(d.getAttribute('aria-describedby') ?? '')?.textContent);
  expect(description).toContain('death penalty');
  expect((await focusInfo(page)).inDialog).toBe('Before you begin');
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: 'Title menu' }).waitFor();
  await context.close();
});

test('a setting changed from the text version keeps focus on its row and reads the new value', async () => {
  const { page, context } = await openGame(browser);
  const settings = page.getByRole('group', { name: 'Title menu' }).getByRole('button', { name: 'Settings' });
  await settings.waitFor({ state: 'attached' });
  await settings.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Settings' }).waitFor();
  await page.keyboard.press('ArrowDown'); // the second row: text size
  const before = (await focusInfo(page)).name;
  expect(before).toMatch(/^\d+\. Text size: Normal/);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusInfo(page).then((f) => f.name)).toMatch(/^\d+\. Text size: (?!Normal)/);
  // The text version follows the text size.
  const scale = await page.evaluate(() =>
    getComputedStyle(document.getElementById('mirror')!).getPropertyValue('--mirror-scale'),
  );
  expect(Number(scale)).not.toBe(1);
  await context.close();
});

/** A speechSynthesis that keeps what it is asked to say in window.said, from the first load on. */
async function fakeSpeech(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    class Utterance {
      rate = 1;
      voice: unknown = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { speak: (u: Utterance) => said.push(u.text), cancel: () => {}, getVoices: () => [] },
    });
  });
}

test('self-voicing speaks the title, the focused button and story lines through speechSynthesis', async () => {
  const { page, context } = await openGame(browser, { settings: { selfVoicing: true, textSpeed: 0 }, prepare: fakeSpeech });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
  await expect.poll(said).toContain('Title screen. Room 7.');
  const newGame = page.getByRole('group', { name: 'Title menu' }).getByRole('button', { name: 'New game' });
  await newGame.focus();
  await expect.poll(async () => (await said()).some((t) => t.endsWith('New game'))).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Before you begin' }).waitFor();
  await expect
    .poll(async () => (await said()).some((t) => t.startsWith('Before you begin.') && t.includes('death penalty')))
    .toBe(true);
  await page.keyboard.press('Enter'); // Begin
  await page.getByRole('log').locator('p').first().waitFor();
  const first = (await heard(page)).find((t) => !t.startsWith('Prologue'));
  await expect.poll(said).toContain(first);
  await context.close();
});

test('sound captions reach the text version only with captions on', async () => {
  for (const captions of [false, true]) {
    const { page, context } = await openGame(browser, { settings: { captions, textSpeed: 0, reducedMotion: 'on' } });
    const newGame = page.getByRole('group', { name: 'Title menu' }).getByRole('button', { name: 'New game' });
    await newGame.waitFor({ state: 'attached' });
    await newGame.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Before you begin' }).waitFor();
    await page.keyboard.press('Enter');
    // Read on to the first choice.
    const group = page.locator('[role="group"][aria-label]');
    for (let i = 0; i < 60 && (await group.getAttribute('aria-label')) !== MirrorLabel.choices; i++) {
      await page.getByRole('button', { name: MirrorLabel.continue }).waitFor({ state: 'attached' });
      await page.keyboard.press('Enter');
      await page.waitForTimeout(50);
    }
    const lines = await heard(page);
    const captionLines = lines.filter((l) => /^\[.*\]$/.test(l));
    if (captions) expect(captionLines.length).toBeGreaterThan(0);
    else expect(captionLines).toEqual([]);
    // Chapter titles are headings.
    expect(await page.getByRole('log').getByRole('heading').count()).toBeGreaterThan(0);
    await context.close();
  }
});

test('rewind from the text version keeps focus there; a shared link says it opened; contrast reaches the text version', async () => {
  const json = readFileSync('dist/story.json', 'utf8');
  const p = Playthrough.start(json, { seed: 9 });
  let made = 0;
  while (made < 2) {
    const beat = p.next();
    if (beat.kind === 'choices') {
      p.choose(beat.choices.length - 1);
      made++;
    }
  }
  const link = `?run=${encodeRun(p.run)}&at=1`;
  const { page, context } = await openGame(browser, { path: link, settings: { textSpeed: 0, highContrast: true } });
  await expect.poll(() => page.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/shared moment/i);
  expect(
    await page.evaluate(() => document.querySelector('[role="log"]')?.closest('section')?.classList.contains('high-contrast')),
  ).toBe(true);
  const readOn = page.getByRole('button', { name: MirrorLabel.continue });
  await readOn.waitFor({ state: 'attached' });
  await readOn.focus();
  await page.keyboard.press('r');
  // Back at the choice point: choices announced, focus on their group, still in the text version.
  await page.getByRole('group', { name: MirrorLabel.choices }).waitFor();
  await expect.poll(() => focusInfo(page).then((f) => f.role)).toBe('group');
  // Buttons are numbered by position, 1 to N.
  const labels = await page.getByRole('group', { name: MirrorLabel.choices }).getByRole('button').allTextContents();
  expect(labels.map((l) => l.split('.')[0])).toEqual(labels.map((_, i) => String(i + 1)));
  await context.close();
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it stands. */
async function seriousFindings(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string }[] }> } };
    const { violations } = await w.axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

test('axe-core finds nothing serious or critical on any screen, with full lists', async () => {
  const save = autosaveNearEnd(2);
  const { page, context } = await openGame(browser, {
    settings: { textSpeed: 0, reducedMotion: 'on' },
    prepare: (c) =>
      c.addInitScript((s) => {
        for (const slot of ['auto', 'quick', 'slot1', 'slot2', 'slot3', 'chapter0', 'chapter1', 'chapter2'])
          localStorage.setItem(`room7:save.${slot}`, s);
      }, save),
  });
  const findings: Record<string, string[]> = {};
  const check = async (name: string, label: string) => {
    await page.locator(`[aria-label="${label}"] button`).first().waitFor({ state: 'attached' });
    findings[name] = await seriousFindings(page);
  };
  // As a keyboard player: focus the button, press Enter.
  const open = async (where: string, name: string) => {
    const group = page.getByRole('group', { name: where }).or(page.getByRole('dialog', { name: where }));
    await group.getByRole('button', { name }).first().focus();
    await page.keyboard.press('Enter');
  };
  await check('title', 'Title menu');
  for (const [button, heading] of [
    ['Load', 'Load'],
    ['Chapters', 'Chapters'],
    ['Endings', 'Endings'],
    ['Credits', 'Credits'],
    ['Settings', 'Settings'],
  ] as const) {
    await open('Title menu', button);
    await check(button, heading);
    await page.keyboard.press('Escape');
    await check('title', 'Title menu');
  }
  await open('Title menu', 'Continue');
  await check('story', MirrorLabel.choices);
  for (const [button, heading] of [
    ['Save', 'Save'],
    ['History', 'History'],
    ['Go back to a choice', 'Go back to a choice'],
    ['Map', 'Story map'],
  ] as const) {
    await page.keyboard.press('Escape');
    await check('menu', 'Story menu');
    await open('Story menu', button);
    await page
      .getByRole('dialog', { name: new RegExp(heading) })
      .or(page.getByRole('group', { name: new RegExp(heading) }))
      .first()
      .waitFor();
    findings[button] = await seriousFindings(page);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    if ((await page.getByRole('dialog', { name: 'Story menu' }).count()) > 0) await open('Story menu', 'Return to the story');
    await check('story', MirrorLabel.choices);
  }
  expect(Object.entries(findings).filter(([, ids]) => ids.length > 0)).toEqual([]);
  expect(Object.keys(findings).length).toBeGreaterThanOrEqual(11);
  await context.close();
});
