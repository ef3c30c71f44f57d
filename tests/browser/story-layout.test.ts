// The layout check over the whole story: every distinct line of the compiled story (read from
// dist/story.json, all of them) is paged in the real text box, and every page is drawn and measured
// on the canvas; every choice point's options (all of them at once, the worst case) are laid out
// in the real choice list. At desktop and phone sizes and at every text size. Runs inside the page,
// one evaluate per text size, not one round trip per line.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { Playthrough } from '../../src/engine/index.ts';
import { builtStory } from './fault-kit.ts';
import { connectBrowser, FAST, type Opened, openGame, waitForOffer } from './harness.ts';
import { choiceLists, storyLines } from './story-text.ts';

/** The settings screen's text sizes (Small, Normal, Large, Larger) and the largest the settings allow. */
const TEXT_SIZES = [0.9, 1, 1.2, 1.4, 1.6];
const SIZES = [
  { name: 'desktop 1280x720', viewport: { width: 1280, height: 720 } },
  { name: 'phone 390x844', viewport: { width: 390, height: 844 } },
];

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const json = builtStory();
const LINES = storyLines(json);
const LISTS = choiceLists(json);

test('the story has lines and choice lists to check', () => {
  // The extraction itself: hundreds of lines, the first line of the game among them.
  expect(LINES.length).toBeGreaterThan(500);
  expect(LISTS.length).toBeGreaterThan(50);
  const first = Playthrough.start(json, { seed: 1 }).next();
  expect(first.kind).toBe('line');
  expect(LINES.some((l) => first.kind === 'line' && l.text === first.text)).toBe(true);
});

/** Rebuilds the story screen at this text size and waits for the new build. */
async function atTextSize(page: Page, fontScale: number): Promise<void> {
  await page.evaluate((scale) => {
    const game = (window as any).room7Game;
    const before = game.registry.get('room7-story-builds');
    (window as any).room7Builds = before;
    game.registry.get('room7-services').settings.update({ fontScale: scale });
    game.scene.getScene('Story').scene.restart({ redraw: true });
  }, fontScale);
  await page.waitForFunction(() => {
    const game = (window as any).room7Game;
    return game.registry.get('room7-story-builds') > (window as any).room7Builds && game.scene.isActive('Story');
  });
}

/** Lays out every line's pages and every choice list in the live story screen; returns what does not fit. */
function checkInPage(page: Page): Promise<{ pages: number; lists: number; problems: string[] }> {
  return page.evaluate(
    ({ lines, lists }) => {
      const game = (window as any).room7Game;
      const scene = game.scene.getScene('Story');
      const { view, layout } = scene;
      const box = view.box;
      const area = box.area;
      const plate = layout.textBox;
      const problems: string[] = [];
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      const short = (s: string) => `"${s.slice(0, 50)}…"`;
      let pages = 0;
      for (const { speaker, text } of lines) {
        const split: string[] = box.paginate(text);
        if (squash(split.join(' ')) !== squash(text)) problems.push(`words lost in paging ${short(text)}`);
        split.forEach((words, i) => {
          pages++;
          box.show(words, speaker, 0, i + 1, split.length);
          const body = box.bodyText;
          const b = body.getBounds();
          if (b.bottom > area.y + area.height + 0.5 || b.right > area.x + area.width + 0.5 || b.top < plate.y)
            problems.push(
              `page ${i + 1}/${split.length} of ${short(text)} runs out of the box (${Math.round(b.bottom)} > ${area.y + area.height})`,
            );
          if (squash(body.text) !== squash(words)) problems.push(`page ${i + 1} of ${short(text)} is not drawn whole`);
          if (speaker && box.name.getBounds().right > plate.x + plate.width)
            problems.push(`name plate of ${speaker} leaves the box`);
        });
      }
      const menu = scene.children.list.find((o: any) => o.type === 'Text' && o.text === 'Menu');
      const menuBottom = menu.getBounds().bottom;
      for (const labels of lists) {
        view.showChoices(labels, () => undefined);
        const buttons: any[] = view.choices.buttons;
        const floor = box.body.visible ? plate.y : layout.height;
        let above = -Infinity;
        const labelLeft = buttons[0]?.text.getBounds().left;
        buttons.forEach((button, i) => {
          const hit = button.hit;
          const t = button.text.getBounds();
          // The number stands in its own column: every label starts at the same x, right of its
          // number, so a wrapped label's second line hangs under its first word.
          const number = button.marker?.getBounds();
          if (!number || number.right >= t.left || Math.abs(t.left - labelLeft) > 0.5)
            problems.push(`option ${i + 1} of ${labels.length}: its label does not hang beside its number`);
          const where = `option ${i + 1} of ${labels.length} ${short(labels[i] ?? '')}`;
          if (hit.y < menuBottom || hit.y + hit.height > floor)
            problems.push(`${where} is off its place (${Math.round(hit.y)}..${Math.round(hit.y + hit.height)})`);
          if (hit.x < 0 || hit.x + hit.width > layout.width) problems.push(`${where} leaves the screen`);
          if (t.top < hit.y || t.bottom > hit.y + hit.height + 0.5 || t.right > hit.x + hit.width)
            problems.push(`${where}: its words leave its button`);
          if (hit.height < layout.touchTarget) problems.push(`${where} is smaller than a touch target`);
          if (hit.y < above) problems.push(`${where} overlaps the one above`);
          above = hit.y + hit.height;
        });
        view.clearChoices();
      }
      box.setVisible(true);
      return { pages, lists: lists.length, problems: problems.slice(0, 30) };
    },
    { lines: LINES, lists: LISTS },
  );
}

for (const size of SIZES) {
  describe(size.name, () => {
    let opened: Opened;
    beforeAll(async () => {
      opened = await openGame(browser, { path: '?test', viewport: size.viewport, settings: FAST });
      const { page } = opened;
      await waitForOffer(page, 'Title menu');
      await page.keyboard.press('1');
      await waitForOffer(page, 'Before you begin');
      await page.keyboard.press('1');
      await waitForOffer(page, MirrorLabel.continue);
    }, 120_000);
    afterAll(async () => {
      await opened?.context.close();
    });

    for (const scale of TEXT_SIZES) {
      test(`text size ${scale}: every line's pages and every choice list fit`, async () => {
        await atTextSize(opened.page, scale);
        const result = await checkInPage(opened.page);
        expect(result.problems).toEqual([]);
        expect(result.pages).toBeGreaterThanOrEqual(LINES.length);
        expect(result.lists).toBe(LISTS.length);
        expect(opened.errors).toEqual([]);
      }, 300_000);
    }
  });
}
