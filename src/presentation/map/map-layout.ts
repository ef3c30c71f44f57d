// Where the branch map's pieces go, in world units (the map camera zooms and pans over them). Pure,
// so it is tested without a canvas. Landscape: chapters are columns, their scenes stacked top to
// bottom in story order (a long chapter wraps into a second column). Portrait: chapters are rows,
// their scenes in lines of three. Endings get a block of their own after the last chapter.
import type { MapModel } from './map-model.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Dot {
  x: number;
  y: number;
  r: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface MapLayout {
  portrait: boolean;
  width: number;
  height: number;
  /** Chapter headings (number null: the endings block uses key 'endings'). */
  headings: { key: string; box: Box }[];
  nodes: Map<string, Box>;
  /** Choice point path -> its mark, a dot in a row under the node's label. */
  points: Map<string, Dot>;
  endings: Map<string, Box>;
}

export const NODE_W = 300;
const LABEL_H = 64;
const DOT_R = 14;
export const DOT_STEP = 38;
const DOTS_PER_ROW = 7;
/** Between plates stacked in a column, and between the rows of a line. */
const GAP = 30;
/** Between side-by-side plates: room for the lines that run up or down between them. */
const COL_GAP = 60;
const BLOCK_GAP = 110;
const HEAD_H = 140;
/** Landscape: the fewest scenes a column holds before a long chapter wraps (see layoutMap's `view`). */
const MIN_ROWS = 6;
const MAX_ROWS = 24;
/** The padding the map camera keeps around the world when it fits it. */
export const FIT_PAD = 60;
/** Portrait: scenes per line. */
const PER_LINE = 3;

function nodeHeight(points: number): number {
  const rows = Math.ceil(points / DOTS_PER_ROW);
  return LABEL_H + (rows > 0 ? rows * DOT_STEP + 10 : 0);
}

interface Block {
  key: string;
  items: { id: string; h: number; points: string[] }[];
}

/**
 * Lays out the map. In landscape, `view` (the viewport's size) picks how many scenes a column holds
 * before a chapter wraps: the one that lets the whole map fit at the largest zoom.
 */
export function layoutMap(model: MapModel, portrait: boolean, view?: { width: number; height: number }): MapLayout {
  if (portrait || !view) return layoutWith(model, portrait, 9);
  let best: { layout: MapLayout; zoom: number } | null = null;
  for (let rows = MIN_ROWS; rows <= MAX_ROWS; rows++) {
    const layout = layoutWith(model, false, rows);
    const zoom = Math.min(view.width / (layout.width + 2 * FIT_PAD), view.height / (layout.height + 2 * FIT_PAD));
    if (!best || zoom > best.zoom + 1e-9) best = { layout, zoom };
  }
  return best?.layout ?? layoutWith(model, false, 9);
}

function layoutWith(model: MapModel, portrait: boolean, maxRows: number): MapLayout {
  const blocks: Block[] = model.chapters.map((c, i) => ({
    key: `chapter-${c.number ?? `x${i}`}`,
    items: c.nodes.map((n) => ({ id: n.id, h: nodeHeight(n.choicePoints.length), points: n.choicePoints.map((p) => p.path) })),
  }));
  if (model.endings.length > 0) {
    blocks.push({ key: 'endings', items: model.endings.map((e) => ({ id: `ending:${e.id}`, h: LABEL_H + 20, points: [] })) });
  }
  const out: MapLayout = { portrait, width: 0, height: 0, headings: [], nodes: new Map(), points: new Map(), endings: new Map() };
  let cursor = 0;
  for (const block of blocks) {
    const origin = portrait ? { x: 0, y: cursor } : { x: cursor, y: 0 };
    const size = portrait ? placeRows(out, block, origin) : placeColumns(out, block, origin, maxRows);
    out.headings.push({ key: block.key, box: { x: origin.x, y: origin.y, w: size.w, h: HEAD_H - GAP } });
    cursor += (portrait ? size.h : size.w) + BLOCK_GAP;
    out.width = Math.max(out.width, origin.x + size.w);
    out.height = Math.max(out.height, origin.y + size.h);
  }
  return out;
}

function place(out: MapLayout, item: Block['items'][number], box: Box): void {
  if (item.id.startsWith('ending:')) out.endings.set(item.id.slice('ending:'.length), box);
  else out.nodes.set(item.id, box);
  item.points.forEach((path, i) => {
    const row = Math.floor(i / DOTS_PER_ROW);
    const col = i % DOTS_PER_ROW;
    out.points.set(path, { x: box.x + 30 + col * DOT_STEP, y: box.y + LABEL_H + row * DOT_STEP, r: DOT_R });
  });
}

/** Landscape: top to bottom, wrapping into balanced columns. */
function placeColumns(out: MapLayout, block: Block, origin: Point, maxRows: number): { w: number; h: number } {
  const columns = Math.max(1, Math.ceil(block.items.length / maxRows));
  const perColumn = Math.ceil(block.items.length / columns) || 1;
  let h = HEAD_H;
  block.items.forEach((item, i) => {
    const column = Math.floor(i / perColumn);
    const above = block.items.slice(column * perColumn, i).reduce((sum, it) => sum + it.h + GAP, 0);
    const box = { x: origin.x + column * (NODE_W + COL_GAP), y: origin.y + HEAD_H + above, w: NODE_W, h: item.h };
    place(out, item, box);
    h = Math.max(h, box.y + box.h - origin.y);
  });
  return { w: columns * NODE_W + (columns - 1) * COL_GAP, h };
}

/** Portrait: left to right in lines of PER_LINE, each line as tall as its tallest scene. */
function placeRows(out: MapLayout, block: Block, origin: Point): { w: number; h: number } {
  let y = origin.y + HEAD_H;
  for (let start = 0; start < block.items.length; start += PER_LINE) {
    const line = block.items.slice(start, start + PER_LINE);
    for (const [i, item] of line.entries()) place(out, item, { x: origin.x + i * (NODE_W + COL_GAP), y, w: NODE_W, h: item.h });
    y += Math.max(...line.map((it) => it.h)) + GAP;
  }
  const columns = Math.min(PER_LINE, Math.max(1, block.items.length));
  return { w: columns * NODE_W + (columns - 1) * COL_GAP, h: Math.max(HEAD_H, y - GAP - origin.y) };
}

/** Where lines meet a plate's side: level with its label, so plates in one line join straight. */
function sideY(box: Box): number {
  return box.y + Math.min(box.h / 2, LABEL_H / 2);
}

/**
 * The line of an edge between two plates, in right angles through the gaps between plates so it
 * does not run behind them: to a plate on the right, across and then up or down in the gap just
 * before it; to a plate below, down into the gap above it and across. Plates in the same column with
 * others between them get a bow out to the side instead: the right in landscape, where lines from
 * the column before arrive on the left; the left in portrait, where a line's next plate is on the right.
 */
export function edgePath(a: Box, b: Box, bowLeft = false): Point[] {
  const ax = a.x + a.w / 2;
  const bx = b.x + b.w / 2;
  if (Math.abs(bx - ax) < a.w / 2) {
    const down = b.y > a.y;
    const start = { x: ax, y: down ? a.y + a.h : a.y };
    const end = { x: bx, y: down ? b.y : b.y + b.h };
    if (Math.abs(end.y - start.y) <= GAP * 1.5) return [start, end];
    const side = (box: Box) => ({ x: bowLeft ? box.x : box.x + box.w, y: sideY(box) });
    const [from, to] = [side(a), side(b)];
    const bow = Math.min(COL_GAP * 0.8, 20 + Math.abs(end.y - start.y) * 0.08) * 2;
    const x = bowLeft ? Math.min(from.x, to.x) - bow : Math.max(from.x, to.x) + bow;
    return curve(from, { x, y: (from.y + to.y) / 2 }, to);
  }
  if (b.x >= a.x + a.w) {
    const [y1, y2] = [sideY(a), sideY(b)];
    const gapX = b.x - Math.min(COL_GAP / 2, (b.x - a.x - a.w) / 2);
    return y1 === y2
      ? [
          { x: a.x + a.w, y: y1 },
          { x: b.x, y: y2 },
        ]
      : [
          { x: a.x + a.w, y: y1 },
          { x: gapX, y: y1 },
          { x: gapX, y: y2 },
          { x: b.x, y: y2 },
        ];
  }
  if (b.y >= a.y + a.h) {
    const gapY = b.y - GAP / 2;
    return [
      { x: ax, y: a.y + a.h },
      { x: ax, y: gapY },
      { x: bx, y: gapY },
      { x: bx, y: b.y },
    ];
  }
  if (b.x + b.w <= a.x) {
    const [y1, y2] = [sideY(a), sideY(b)];
    const gapX = b.x + b.w + Math.min(COL_GAP / 2, (a.x - b.x - b.w) / 2);
    return [
      { x: a.x, y: y1 },
      { x: gapX, y: y1 },
      { x: gapX, y: y2 },
      { x: b.x + b.w, y: y2 },
    ];
  }
  // Back up to a plate above (a loop): out of the top, across the gap above, into its bottom.
  const gapY = a.y - GAP / 2;
  return [
    { x: ax, y: a.y },
    { x: ax, y: gapY },
    { x: bx, y: gapY },
    { x: bx, y: b.y + b.h },
  ];
}

/** A Bezier curve (quadratic with 3 points, cubic with 4) as a polyline. */
function curve(...c: Point[]): Point[] {
  const steps = 16;
  const points: Point[] = [];
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    let level = c;
    while (level.length > 1) {
      level = level.slice(1).map((p, i) => {
        const q = level[i] as Point;
        return { x: q.x + (p.x - q.x) * t, y: q.y + (p.y - q.y) * t };
      });
    }
    points.push(level[0] as Point);
  }
  return points;
}
