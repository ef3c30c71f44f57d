// Builders for rooms: window frames, bars, wood panelling, the emblem on a wall.
import { type Doc, darken, lighten, p, pathD, polyD, type Rng } from './svg.ts';

/** A window frame with panes; returns nothing, draws frame bars over whatever is inside. */
export function frame(
  d: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  cols: number,
  rows: number,
  color: string,
  bar: number,
  outer: number,
): void {
  let dd = polyD([x - outer, y - outer, x + w + outer, y - outer, x + w + outer, y + h + outer, x - outer, y + h + outer]);
  dd += polyD([x, y + h, x + w, y + h, x + w, y, x, y]);
  d.path(dd, color, { 'fill-rule': 'evenodd' });
  let bars = '';
  for (let i = 1; i < cols; i++)
    bars += polyD([
      x + (w * i) / cols - bar / 2,
      y,
      x + (w * i) / cols + bar / 2,
      y,
      x + (w * i) / cols + bar / 2,
      y + h,
      x + (w * i) / cols - bar / 2,
      y + h,
    ]);
  for (let j = 1; j < rows; j++)
    bars += polyD([
      x,
      y + (h * j) / rows - bar / 2,
      x + w,
      y + (h * j) / rows - bar / 2,
      x + w,
      y + (h * j) / rows + bar / 2,
      x,
      y + (h * j) / rows + bar / 2,
    ]);
  d.path(bars, color);
}

/** Vertical bars across an opening. */
export function bars(
  d: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  count: number,
  color: string,
  width: number,
  light?: string,
): void {
  let dd = '';
  let hl = '';
  for (let i = 0; i < count; i++) {
    const bx = x + (w * (i + 0.5)) / count;
    dd += polyD([bx - width / 2, y, bx + width / 2, y, bx + width / 2, y + h, bx - width / 2, y + h]);
    hl += p('M', bx - width / 4, y, 'v', h);
  }
  d.path(dd, color);
  if (light) d.line(hl, light, Math.max(1, width / 4), { opacity: 0.5 });
}

/** Wood panelling: vertical boards with a soft sheen. */
export function panels(d: Doc, r: Rng, x: number, y: number, w: number, h: number, boardW: number, base: string): void {
  d.rect(
    x,
    y,
    w,
    h,
    d.linU(
      [
        [0, lighten(base, 0.08)],
        [1, darken(base, 0.2)],
      ],
      0,
      y,
      0,
      y + h,
    ),
  );
  let seams = '';
  let light = '';
  for (let bx = x; bx < x + w; bx += boardW) {
    seams += p('M', bx, y, 'v', h);
    if (r.chance(0.5)) light += polyD([bx + 4, y, bx + boardW * 0.45, y, bx + boardW * 0.45, y + h, bx + 4, y + h]);
  }
  d.path(light, lighten(base, 0.2), { opacity: 0.18 });
  d.line(seams, darken(base, 0.45), 3, { opacity: 0.7 });
}

/** The emblem above a judge's bench: a ring and a balance. */
export function emblem(d: Doc, x: number, y: number, r: number, color: string, line: string): void {
  d.circle(x, y, r, color);
  d.circle(x, y, r * 0.84, 'none', { stroke: line, 'stroke-width': r * 0.05 });
  const s = r / 100;
  let dd = pathD(
    ['M', x, y - 55 * s, 'v', 105 * s],
    ['M', x - 55 * s, y - 35 * s, 'h', 110 * s],
    ['M', x - 30 * s, y + 52 * s, 'h', 60 * s],
  );
  dd += pathD(
    ['M', x - 55 * s, y - 35 * s, 'l', -18 * s, 40 * s],
    ['M', x - 55 * s, y - 35 * s, 'l', 18 * s, 40 * s],
    ['M', x + 55 * s, y - 35 * s, 'l', -18 * s, 40 * s],
    ['M', x + 55 * s, y - 35 * s, 'l', 18 * s, 40 * s],
  );
  d.line(dd, line, r * 0.05, { 'stroke-linecap': 'round' });
  // the two pans
  const pans = [x - 78 * s, x + 32 * s].map((left) => p('M', left, y + 5 * s, 'a', 23 * s, 14 * s, 0, 0, 0, 46 * s, 0, 'Z'));
  d.path(pans.join(''), line);
}
