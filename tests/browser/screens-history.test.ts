// History (issue 13): each entry once, speakers set apart on the canvas, and "jump back here" on any
// line of this run, which rewinds to the choice point before that line with its screen and sound.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { Playthrough } from '../../src/engine/index.ts';
import { builtStory, logLines, makeSave, offerTexts, press, saveKey, seed } from './fault-kit.ts';
import { connectBrowser, FAST, openGame, waitForOffer } from './harness.ts';
import { fromMenu, geometry, storyPresentation, waitForScene } from './screens-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PICKS = [0, 1, 0, 1, 1, 0];

/** What the run of PICKS shows: each choice point's options, the line before it, its presentation state, and the lines of each turn. */
function expected() {
  const p = Playthrough.start(builtStory(), { seed: 4242 });
  type Shown = { background: string | null; music: string | null };
  const points: { options: string[]; lineBefore: string; presentation: Shown }[] = [];
  const turns: string[][] = [];
  const speakers = new Set<string>();
  let made = 0;
  for (let guard = 0; guard < 5000 && made <= PICKS.length; guard++) {
    const beat = p.next();
    if (beat.kind === 'line') turns[made] = [...(turns[made] ?? []), beat.text];
    if (beat.kind === 'line' && beat.speaker) speakers.add(beat.speaker);
    if (beat.kind === 'choices') {
      const { background, music } = p.presentation;
      points.push({ options: beat.choices.map((c) => c.text), lineBefore: p.lastLine, presentation: { background, music } });
      if (made === PICKS.length) break;
      p.choose((PICKS[made++] ?? 0) % beat.choices.length);
    }
    if (beat.kind === 'end') break;
  }
  return { points, turns, speakers, taken: p.trail.map((t) => t.text) };
}

test('History: each choice once, speakers apart, and a jump back restores that choice point', async () => {
  const want = expected();
  const { page, context, errors } = await openGame(browser, {
    settings: FAST,
    prepare: (c) => seed(c, { [saveKey('auto')]: makeSave(PICKS).text }),
  });
  await fromMenu(page, /^\d+\. History$/, 'History');

  // Each choice taken appears once, in order.
  const lines = await page.locator('#story-choices p').allTextContents();
  const choices = lines.filter((l) => l.startsWith('› ')).map((l) => l.slice(2));
  expect(choices).toEqual(want.taken);

  // On the canvas, a speaker's name is a text of its own, apart from the words.
  const texts = (await geometry(page)).texts;
  expect(texts.some((t) => want.speakers.has(t.text))).toBe(true);
  expect(texts.some((t) => [...want.speakers].some((s) => t.text.startsWith(`${s}: `)))).toBe(false);

  // Jump back to the first line after the third choice: the third choice point is on offer again.
  const target = want.turns[3]?.[0] ?? '';
  const jump = (await offerTexts(page)).find((t) => t.includes(`Jump back here: ${target}`));
  expect(jump, `a jump button for "${target}"`).toBeTruthy();
  await press(page, `Jump back here: ${target}`);
  await waitForOffer(page, MirrorLabel.choices);
  await waitForScene(page, 'Story');
  const point = want.points[2];
  expect(await offerTexts(page)).toEqual(point?.options.map((o, i, all) => (all.length > 1 ? `${i + 1}. ${o}` : o)));
  expect((await logLines(page)).filter((l) => !l.startsWith('[')).at(-1)).toBe(point?.lineBefore);
  const now = await storyPresentation(page);
  expect({ background: now.background, music: now.music }).toEqual(point?.presentation);
  // The screen shows that background (the stage's image on the story scene's display list).
  // The art arrives behind the line (it is rasterised for the window first): asked again until it is there.
  const shownImages = () =>
    page.evaluate(() => {
      type O = { type: string; visible: boolean; texture?: { key: string } };
      const game = (window as unknown as { __room7game: { scene: { getScene: (k: string) => { children: { list: O[] } } } } })
        .__room7game;
      const walk = (list: O[]): string[] =>
        list.flatMap((o) => [
          ...(o.type === 'Image' && o.visible && o.texture ? [o.texture.key] : []),
          ...walk(((o as unknown as { list?: O[] }).list ?? []) as O[]),
        ]);
      return walk(game.scene.getScene('Story').children.list);
    });
  await expect
    .poll(async () => (await shownImages()).some((k) => k.includes(point?.presentation.background ?? '?')), { timeout: 30_000 })
    .toBe(true);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
