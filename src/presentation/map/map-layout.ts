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
const DOT_STEP = 38;
const DOTS_PER_ROW = 7;
const GAP = 30;
const BLOCK_GAP = 110;
const HEAD_H = 140;
/** Landscape: at most this many scenes per column before a chapter wraps. */
const MAX_ROWS = 9;
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

export function layoutMap(model: MapModel, portrait: boolean): MapLayout {
  const blocks: Block[] = model.chapters.map((c, i) => ({
    key: `chapter-${c.number ?? `x${i}`}`,
    items: c.nodes.map((n) => ({ id: n.id, h: nodeHeight(n.choicePoints.length), points: n.choicePoints.map((p) => p.path) })),
  }));
  if (model.endings.length > 0) {
    blocks.push({ key: 'endings', items: model.endings.map((e) => ({ id: `ending:${e.id}`, h: LABEL_H + 20, points: [] })) });
  }
  const out: MapLayout = { width: 0, height: 0, headings: [], nodes: new Map(), points: new Map(), endings: new Map() };
  let cursor = 0;
  for (const block of blocks) {
    const origin = portrait ? { x: 0, y: cursor } : { x: cursor, y: 0 };
    const size = portrait ? placeRows(out, block, origin) : placeColumns(out, block, origin);
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
function placeColumns(out: MapLayout, block: Block, origin: Point): { w: number; h: number } {
  const columns = Math.max(1, Math.ceil(block.items.length / MAX_ROWS));
  const perColumn = Math.ceil(block.items.length / columns) || 1;
  let h = HEAD_H;
  block.items.forEach((item, i) => {
    const column = Math.floor(i / perColumn);
    const above = block.items.slice(column * perColumn, i).reduce((sum, it) => sum + it.h + GAP, 0);
    const box = { x: origin.x + column * (NODE_W + GAP), y: origin.y + HEAD_H + above, w: NODE_W, h: item.h };
    place(out, item, box);
    h = Math.max(h, box.y + box.h - origin.y);
  });
  return { w: columns * NODE_W + (columns - 1) * GAP, h };
}

/** Portrait: left to right in lines of PER_LINE, each line as tall as its tallest scene. */
function placeRows(out: MapLayout, block: Block, origin: Point): { w: number; h: number } {
  let y = origin.y + HEAD_H;
  for (let start = 0; start < block.items.length; start += PER_LINE) {
    const line = block.items.slice(start, start + PER_LINE);
    for (const [i, item] of line.entries()) place(out, item, { x: origin.x + i * (NODE_W + GAP), y, w: NODE_W, h: item.h });
    y += Math.max(...line.map((it) => it.h)) + GAP;
  }
  const columns = Math.min(PER_LINE, Math.max(1, block.items.length));
  return { w: columns * NODE_W + (columns - 1) * GAP, h: Math.max(HEAD_H, y - GAP - origin.y) };
}

/**
 * The line of an edge between two plates, from the sides that face each other. Plates in the same
 * column with others between them get a bow out to the right, so the line is not hidden behind them.
 */
export function edgePath(a: Box, b: Box): Point[] {
  const ac = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const bc = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const dx = bc.x - ac.x;
  const dy = bc.y - ac.y;
  if (Math.abs(dx) < a.w / 2) {
    const down = dy > 0;
    const start = { x: ac.x, y: down ? a.y + a.h : a.y };
    const end = { x: bc.x, y: down ? b.y : b.y + b.h };
    const span = Math.abs(end.y - start.y);
    if (span <= GAP * 1.5) return [start, end];
    // Bow out to the right of the column, from the plates' right edges.
    const from = { x: a.x + a.w, y: ac.y };
    const to = { x: b.x + b.w, y: bc.y };
    const bow = Math.min(120, 40 + span * 0.08);
    return curve(from, { x: Math.max(from.x, to.x) + bow, y: (from.y + to.y) / 2 }, to);
  }
  if (Math.abs(dx) >= Math.abs(dy) || Math.abs(dy) < a.h) {
    const right = dx > 0;
    const start = { x: right ? a.x + a.w : a.x, y: ac.y };
    const end = { x: right ? b.x : b.x + b.w, y: bc.y };
    const mid = (start.x + end.x) / 2;
    return curve(start, { x: mid, y: start.y }, { x: mid, y: end.y }, end);
  }
  const down = dy > 0;
  const start = { x: ac.x, y: down ? a.y + a.h : a.y };
  const end = { x: bc.x, y: down ? b.y : b.y + b.h };
  const mid = (start.y + end.y) / 2;
  return curve(start, { x: start.x, y: mid }, { x: end.x, y: mid }, end);
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
