// The story screen's controller, driven with the real compiled fixture story and in-memory ports:
// states, pages, the mirror told each line once, auto-advance, skip-read, choices, the end, redraws.
import { describe, expect, test } from 'vitest';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { StorySession } from '../../src/presentation/session.ts';
import { StoryController } from '../../src/presentation/story/controller.ts';
import { compileFixture } from './ink.ts';
import { type Knobs, MemoryView, memoryPorts, settle } from './story-ports.ts';

const json = compileFixture('tests/fixtures/story-screen/screen.ink');
const LONG = 'Snow falls on the awning. It falls slowly, then not at all.';

function screen(knobs: Partial<Knobs> = {}, pageChars = 80, read = new Set<string>()) {
  const session = StorySession.start(json, { seed: 1 });
  const view = new MemoryView(pageChars);
  const kit = memoryPorts(view, knobs, read);
  const controller = new StoryController(session, kit.ports);
  return { session, view, controller, ...kit };
}

/** Presses until the screen offers choices (or `limit` presses). */
async function pressToChoices(c: StoryController, limit = 20): Promise<void> {
  for (let i = 0; i < limit && c.screen.kind !== 'choices'; i++) {
    c.press();
    await settle();
  }
}

describe('StoryController', () => {
  test('the first beat: the stage commands run, the chapter and the line go to the mirror once, the line shows', async () => {
    const { controller, view, mirror, records } = screen();
    await controller.open('advance');
    // The beat's art is asked for at once, before the chapter card holds the stage.
    expect(view.calls.slice(0, 5)).toEqual(['prefetch 4', 'chapter', 'scene', 'show', 'show']);
    expect(records.sounds).toContain('scene');
    expect(mirror.lines).toEqual(['Chapter 1: The Fixture', 'Yong-gu: Ye-sung. Yellow one.']);
    expect(view.texts.at(-1)).toMatchObject({ text: 'Ye-sung. Yellow one.', speaker: 'Yong-gu', page: 1, pages: 1 });
    expect(controller.screen).toEqual({ kind: 'line', page: 1, pages: 1 });
    expect(mirror.offered.label).toBe(MirrorLabel.continue);
  });

  test('a line longer than the box is paged at sentence ends; the mirror gets it whole, once', async () => {
    const { controller, view, mirror } = screen({}, 80);
    await controller.open('advance');
    controller.press();
    await settle();
    const line = mirror.lines.at(-1) ?? '';
    expect(line.startsWith(LONG)).toBe(true);
    const pages = view.texts.filter((t) => t.pages > 1);
    expect(pages[0]).toMatchObject({ page: 1, text: LONG });
    const total = pages[0]?.pages ?? 0;
    expect(total).toBeGreaterThan(1);
    expect(controller.screen).toEqual({ kind: 'line', page: 1, pages: total });
    for (let p = 2; p <= total; p++) {
      controller.press();
      await settle();
      expect(controller.screen).toEqual({ kind: 'line', page: p, pages: total });
    }
    const shown = view.texts.filter((t) => t.pages === total).map((t) => t.text);
    expect(shown.join(' ')).toBe(line);
    for (const page of shown) {
      expect(page.length).toBeLessThanOrEqual(80);
      expect(page).toMatch(/[.!?]$/);
    }
    expect(mirror.lines.filter((l) => l === line)).toHaveLength(1);
    controller.press();
    await settle();
    expect(mirror.lines.at(-1)).toBe('Yang-ho: Quiet.');
  });

  test("the mirror's Continue reads on to the next line, past the pages and the reveal", async () => {
    const { controller, mirror } = screen({ textSpeed: 40 }, 60);
    void controller.open('advance');
    await settle();
    mirror.offered.items[0]?.onChoose();
    await settle();
    expect(controller.screen).toMatchObject({ kind: 'revealing', page: 1 });
    expect(mirror.lines.at(-1)?.startsWith(LONG)).toBe(true);
    mirror.offered.items[0]?.onChoose();
    await settle();
    expect(mirror.lines.at(-1)).toBe('Yang-ho: Quiet.');
  });

  test('typewriter: revealing until pressed, then the line is shown; reduced motion shows it at once', async () => {
    const { controller, view } = screen({ textSpeed: 40 });
    void controller.open('advance');
    await settle();
    expect(controller.screen).toEqual({ kind: 'revealing', page: 1, pages: 1 });
    expect(view.texts.at(-1)?.speed).toBe(40);
    controller.press();
    await settle();
    expect(controller.screen).toEqual({ kind: 'line', page: 1, pages: 1 });
    const calm = screen({ textSpeed: 40, reducedMotion: true });
    await calm.controller.open('advance');
    expect(calm.view.texts.at(-1)?.speed).toBe(0);
    expect(calm.controller.screen.kind).toBe('line');
  });

  test('auto-advance reads on after the pause, page by page, and stops at the choices', async () => {
    const { controller, timer, mirror, view } = screen({ autoAdvance: 1500 });
    await controller.open('advance');
    timer.tick(1499);
    await settle();
    expect(mirror.lines).toHaveLength(2);
    timer.tick(1);
    await settle();
    expect(controller.screen).toMatchObject({ kind: 'line', page: 1 });
    for (let i = 0; i < 10 && controller.screen.kind !== 'choices'; i++) {
      timer.tick(1500);
      await settle();
    }
    expect(controller.screen).toEqual({ kind: 'choices', count: 2 });
    expect(view.choices).toEqual(['Go in.', 'Wait outside.']);
    expect(timer.pending).toBe(0);
  });

  test('skip-read passes lines already read and stops at the first unread one', async () => {
    const read = new Set<string>();
    const first = screen({}, 80, read);
    await first.controller.open('advance');
    await pressToChoices(first.controller);
    // A second run over the same lines, with skip-read on.
    const again = screen({ skipRead: true, textSpeed: 40 }, 80, read);
    await again.controller.open('advance');
    for (let i = 0; i < 10 && again.controller.screen.kind !== 'choices'; i++) {
      again.timer.tick(90);
      await settle();
    }
    expect(again.controller.screen.kind).toBe('choices');
    expect(again.view.texts.every((t) => t.speed === 0)).toBe(true);
    again.view.pick?.(0);
    await settle();
    // "Welcome." was never read: it types out and waits.
    expect(again.controller.screen.kind).toBe('revealing');
    again.timer.tick(1000);
    expect(again.controller.screen.kind).toBe('revealing');
  });

  test('with two portraits on stage the speaker is lit; narration lights everyone', async () => {
    const { controller, view } = screen();
    await controller.open('advance');
    expect(view.lit).toBe('yonggu');
    controller.press();
    await settle();
    expect(view.lit).toBeNull();
    await pressToChoices(controller);
    expect(view.lit).toBe('yangho');
  });

  test('choices: autosave and progress at the point, the choice taken, an exhibit toasted, then the end', async () => {
    const { controller, view, mirror, records } = screen();
    await controller.open('advance');
    await pressToChoices(controller);
    expect(records.autosaves).toBe(1);
    expect(mirror.offered.label).toBe(MirrorLabel.choices);
    expect(mirror.offered.items.map((i) => i.label)).toEqual(['Go in.', 'Wait outside.']);
    mirror.offered.items[0]?.onChoose();
    await settle();
    expect(view.choices).toBeNull();
    expect(view.calls).toContain('toast Exhibit kept: yellow backpack');
    expect(mirror.lines.at(-1)).toBe('Yang-ho: Welcome.');
    controller.press();
    await settle();
    controller.press();
    await settle();
    expect(controller.screen.kind).toBe('end');
    expect(view.ending?.id).toBe('acquittal');
    expect(mirror.offered.label).toBe(MirrorLabel.end);
    expect(mirror.lines.at(-1)).toMatch(/^The End\. Not Guilty/);
    view.endItems[1]?.onChoose();
    expect(records.exits).toEqual(['title']);
  });

  test('a redraw tells the mirror nothing; a resume (after a load) tells it the line once', async () => {
    const { session, controller, mirror } = screen({}, 80);
    await controller.open('advance');
    controller.press();
    await settle();
    controller.press();
    await settle();
    controller.dispose();
    const before = mirror.lines.length;
    const view = new MemoryView(80);
    const redraw = memoryPorts(view);
    const again = new StoryController(session, redraw.ports);
    await again.open('redraw');
    expect(redraw.mirror.lines).toEqual([]);
    expect(view.calls[0]).toBe('restore');
    // Redrawn on the page it showed (the second of the long line).
    expect(again.screen).toMatchObject({ kind: 'line', page: 2 });
    const resume = memoryPorts(new MemoryView(80));
    await new StoryController(session, resume.ports).open('resume');
    expect(resume.mirror.lines).toHaveLength(1);
    expect(mirror.lines).toHaveLength(before);
  });

  test("back from the menu, the mirror offers the screen's buttons again", async () => {
    const { controller, mirror } = screen();
    await controller.open('advance');
    await pressToChoices(controller);
    mirror.offer([{ label: 'Return to the story', onChoose: () => undefined }], 'Story menu');
    controller.reoffer();
    expect(mirror.offered.label).toBe(MirrorLabel.choices);
    expect(mirror.offered.items.map((i) => i.label)).toEqual(['Go in.', 'Wait outside.']);
  });

  test('a screen rebuilt in the middle of a transition tells the mirror the line it had not told yet, once', async () => {
    const session = StorySession.start(json, { seed: 1 });
    const stuck = new MemoryView();
    stuck.apply = () => new Promise<void>(() => undefined); // the transition never ends: the window is resized meanwhile
    const first = memoryPorts(stuck);
    const controller = new StoryController(session, first.ports);
    void controller.open('advance');
    await settle();
    controller.dispose();
    expect(first.mirror.lines).toEqual([]);
    const rebuilt = memoryPorts(new MemoryView());
    const again = new StoryController(session, rebuilt.ports);
    await again.open('redraw');
    expect(rebuilt.mirror.lines).toEqual(['Yong-gu: Ye-sung. Yellow one.']);
    const redrawn = memoryPorts(new MemoryView());
    await new StoryController(session, redrawn.ports).open('redraw');
    expect(redrawn.mirror.lines).toEqual([]);
  });

  test('after dispose nothing scheduled or awaited acts', async () => {
    const { controller, timer, mirror } = screen({ autoAdvance: 500 });
    await controller.open('advance');
    controller.dispose();
    timer.tick(10_000);
    await settle();
    expect(mirror.lines).toHaveLength(2);
    controller.choose(0);
    expect(controller.screen.kind).toBe('line');
  });
});
