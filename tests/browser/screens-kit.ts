// Helpers for the tests of the list screens: storage seeded with full lists (ten saves with
// pictures, a deep autosave for a long history, every chapter checkpoint, every ending found), the
// game's Phaser instance caught for reading the display list, and the geometry of a screen read
// from that display list (not from the DOM mirror).
import { deflateSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { MirrorLabel } from '../../src/a11y/labels.ts';
import { ENDINGS, encodeRun, Playthrough } from '../../src/engine/index.ts';
import { builtStory, makeSave, press, saveKey } from './fault-kit.ts';
import { waitForOffer } from './harness.ts';

/** A real PNG (a dusk gradient with a dark band), as a data URL: a stand-in save picture. */
export function picture(width = 160, height = 90, hue = 0): string {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = y > height * 0.7 ? 0.3 : 1;
      row[1 + x * 3] = Math.round((40 + (x * 120) / width + hue) * band) % 256;
      row[2 + x * 3] = Math.round((30 + (y * 80) / height) * band);
      row[3 + x * 3] = Math.round((90 + (y * 100) / height) * band);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const SLOTS = ['auto', 'quick', 'slot1', 'slot2', 'slot3', 'slot4', 'slot5', 'slot6', 'slot7', 'slot8'];

/** Storage with every list full: ten saves (the autosave deep in the story), seven chapter checkpoints, every ending. */
export function fullLists(deep = 40): Record<string, string> {
  const entries: Record<string, string> = {};
  SLOTS.forEach((slot, i) => {
    const picks = slot === 'auto' ? Array.from({ length: deep }, (_, k) => k % 2) : Array.from({ length: i + 1 }, () => i % 3);
    entries[saveKey(slot)] = makeSave(picks).text;
    entries[`room7:thumb.${slot}`] = picture(160, 90, i * 20);
  });
  for (let n = 0; n <= 6; n++) entries[saveKey(`chapter${n}`)] = makeSave([n]).text;
  const found = Object.fromEntries(ENDINGS.map((e) => [e.id, '2024-05-01T10:00:00.000Z']));
  entries['room7:progress'] = JSON.stringify({ format: 1, nodesSeen: {}, choicesTaken: {}, endingsFound: found });
  return entries;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Geometry {
  scene: string;
  view: { width: number; height: number };
  panel: Rect | null;
  texts: (Rect & { text: string })[];
  buttons: Rect[];
  images: Rect[];
}

/** What the top running scene draws: its panel, every visible text, button (hit area) and image. */
export function geometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    type Obj = {
      type: string;
      name: string;
      visible: boolean;
      text?: string;
      input?: { enabled: boolean } | null;
      getData?: (k: string) => unknown;
      getBounds?: () => { x: number; y: number; width: number; height: number };
    };
    type Size = { width: number; height: number };
    type Scene = { scene: { key: string }; children: { list: Obj[] }; registry: { get: (key: string) => Size } };
    const game = (window as unknown as { __room7game: { scene: { getScenes: (a: boolean) => Scene[] } } }).__room7game;
    const scene = game.scene.getScenes(true).at(-1) as Scene;
    const rect = (o: Obj) => {
      const b = o.getBounds?.() ?? { x: 0, y: 0, width: 0, height: 0 };
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    };
    const list = scene.children.list.filter((o) => o.visible);
    const panel = list.find((o) => o.name === 'panel');
    return {
      scene: scene.scene.key,
      // The size every layout is in, design units (src/presentation/view.ts; the canvas has the window's pixels).
      view: { width: scene.registry.get('room7-view').width, height: scene.registry.get('room7-view').height },
      panel: panel ? (panel.getData?.('box') as { x: number; y: number; width: number; height: number }) : null,
      texts: list.filter((o) => o.type === 'Text' && (o.text ?? '') !== '').map((o) => ({ ...rect(o), text: o.text ?? '' })),
      buttons: list.filter((o) => o.name === 'button' && o.input?.enabled).map(rect),
      images: list.filter((o) => o.type === 'Image').map(rect),
    };
  });
}

const inside = (r: Rect, box: Rect, slack = 1) =>
  r.x >= box.x - slack &&
  r.y >= box.y - slack &&
  r.x + r.width <= box.x + box.width + slack &&
  r.y + r.height <= box.y + box.height + slack;

const overlap = (a: Rect, b: Rect) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;

/** Every problem with a screen's geometry, in words (empty when all is well). */
export function geometryProblems(g: Geometry, options: { images?: boolean } = {}): string[] {
  const problems: string[] = [];
  const view = { x: 0, y: 0, ...g.view };
  const boxes: [string, Rect][] = [['viewport', view]];
  if (g.panel) boxes.push(['panel', g.panel]);
  const things: [string, Rect][] = [
    ...g.texts.map((t): [string, Rect] => [`text "${t.text.slice(0, 40)}"`, t]),
    ...g.buttons.map((b, i): [string, Rect] => [`button ${i} at ${Math.round(b.x)},${Math.round(b.y)}`, b]),
    ...(options.images === false ? [] : g.images.map((r, i): [string, Rect] => [`image ${i}`, r])),
  ];
  for (const [name, r] of things) {
    for (const [where, box] of boxes) if (!inside(r, box)) problems.push(`${g.scene}: ${name} is not inside the ${where}`);
  }
  g.buttons.forEach((a, i) => {
    g.buttons.forEach((b, j) => {
      if (j > i && overlap(a, b)) problems.push(`${g.scene}: buttons ${i} and ${j} overlap`);
    });
  });
  return problems;
}

/** The key of the top running scene. */
export function topScene(page: Page): Promise<string> {
  return page.evaluate(() => {
    const game = (window as unknown as { __room7game: { scene: { getScenes: (a: boolean) => { scene: { key: string } }[] } } })
      .__room7game;
    return game.scene.getScenes(true).at(-1)?.scene.key ?? '';
  });
}

/** Waits until the top running scene is `key`. */
export async function waitForScene(page: Page, key: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await topScene(page)) !== key) {
    if (Date.now() > until) throw new Error(`scene ${key} did not come up (top: ${await topScene(page)})`);
    await page.waitForTimeout(100);
  }
}

type StoryPresentation = { background: string | null; music: string | null; ambience: string | null };

/** The story's presentation state now (background, music, ...), from the session in the game registry. */
export function storyPresentation(page: Page): Promise<StoryPresentation> {
  return page.evaluate(() => {
    const game = (window as unknown as { __room7game: { registry: { get: (k: string) => { presentation: never } } } })
      .__room7game;
    const { background, music, ambience } = game.registry.get('room7-session').presentation as StoryPresentation;
    return { background, music, ambience };
  });
}

/** A run link to the last line before chapter `n`'s card, and the first line of the chapter. */
export function beforeChapter(n: number): { path: string; firstLine: string } {
  const p = Playthrough.start(builtStory(), { seed: 7 });
  let inTurn = 0;
  for (let guard = 0; guard < 5000; guard++) {
    if (p.current?.kind === 'choices') {
      p.choose(0);
      inTurn = 0;
    }
    const run = encodeRun(p.run);
    const beat = p.next();
    inTurn++;
    if (beat.commands.some((c) => c.kind === 'chapter' && c.number === n) && beat.kind === 'line' && inTurn > 1) {
      const firstLine = beat.speaker ? `${beat.speaker}: ${beat.text}` : beat.text;
      return { path: `?run=${run}&at=${inTurn - 1}`, firstLine };
    }
    if (beat.kind === 'end') break;
  }
  throw new Error(`no way into chapter ${n} found`);
}

/** Title -> Continue (the autosave) -> the story menu -> one of its screens (by its button and heading). */
export async function fromMenu(page: Page, item: RegExp, heading: string): Promise<void> {
  await waitForOffer(page, 'Title menu');
  await press(page, 'Continue');
  await waitForOffer(page, MirrorLabel.continue);
  await press(page, 'Menu', '#story-nav');
  await waitForOffer(page, 'Story menu');
  await press(page, item);
  await waitForOffer(page, heading);
}

/** A standard gamepad the page believes in (navigator.getGamepads), from the next load on. */
export async function fakePad(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const pad = {
      id: 'Test pad (STANDARD GAMEPAD)',
      index: 0,
      connected: true,
      mapping: 'standard',
      timestamp: 0,
      axes: [0, 0, 0, 0],
      buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
    };
    (window as unknown as { __pad: typeof pad }).__pad = pad;
    Object.defineProperty(navigator, 'getGamepads', { value: () => [pad, null, null, null] });
  });
}

/**
 * Presses and releases a button (standard mapping number) of the fake pad. Each state is held for
 * 150 ms and at least until a game step has read it (Phaser reads the pads once a step): on a busy
 * first load a step once came more than 150 ms after the last, and the press was never seen. Tests
 * that press until a screen answers count on the 150 ms to give it time.
 */
export async function padPress(page: Page, button: number): Promise<void> {
  await page.evaluate(async (b) => {
    type Pad = { timestamp: number; buttons: { pressed: boolean; value: number }[] };
    const w = window as unknown as { __pad: Pad; __room7game: { events: { once(event: string, fn: () => void): void } } };
    const set = (down: boolean) => {
      w.__pad.buttons[b] = { pressed: down, value: down ? 1 : 0 };
      w.__pad.timestamp = performance.now(); // as a real pad does on each change (Phaser skips older states)
    };
    const held = () =>
      Promise.all([
        new Promise<void>((resolve) => w.__room7game.events.once('poststep', () => resolve())),
        new Promise((resolve) => setTimeout(resolve, 150)),
      ]);
    set(true);
    await held();
    set(false);
    await held();
  }, button);
}
