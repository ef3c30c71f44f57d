// Walls: brickwork, barbed wire and a single wire strand.
import { type Doc, n2, p, pathD, type Rng } from './svg.ts';

/** Concertina wire: a row of overlapping loops with barbs. */
export function barbedWire(
  d: Doc,
  rng: Rng,
  x1: number,
  x2: number,
  y: number,
  r: number,
  color: string,
  width = 2.5,
  opacity = 1,
): void {
  let loops = '';
  let barbs = '';
  const step = r * 0.8;
  for (let x = x1; x < x2 + step; x += step) {
    const rx = r * 0.5;
    const ry = r * rng.range(0.9, 1.05);
    const cy = y + rng.range(-2, 2);
    loops += p('M', x - rx, cy, 'a', rx, ry, 0, 1, 0, rx * 2, 0, 'a', rx, ry, 0, 1, 0, -rx * 2, 0);
    for (let k = 0; k < 1; k++) {
      const t = rng.range(0, Math.PI * 2);
      const bx = x + Math.cos(t) * rx;
      const by = cy + Math.sin(t) * ry;
      const s = r * 0.16;
      barbs += p('M', bx - s, by - s, 'l', s * 2, s * 2, 'm', 0, -s * 2, 'l', -s * 2, s * 2);
    }
  }
  d.line(loops, color, width, { opacity: n2(opacity) });
  d.line(barbs, color, width * 0.8, { opacity: n2(opacity) });
}

/** A straight strand of barbed wire between two points. */
export function wireStrand(
  d: Doc,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  color: string,
  width: number,
  spacing = 46,
): void {
  let dd = p('M', x1, y1, 'L', x2, y2);
  const len = Math.hypot(x2 - x1, y2 - y1);
  const count = Math.floor(len / spacing);
  for (let i = 1; i < count; i++) {
    const t = i / count;
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t;
    dd += p('M', x - 5, y - 5, 'l', 10, 10, 'm', 0, -10, 'l', -10, 10);
  }
  d.line(dd, color, width);
}

/** Mortar lines for a brick or block wall. */
export function bricks(
  d: Doc,
  rng: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  bw: number,
  bh: number,
  color: string,
  opacity: number,
  shade?: string,
): void {
  let dd = '';
  let dark = '';
  let row = 0;
  for (let yy = y + bh; yy < y + h; yy += bh) dd += p('M', x, yy, 'h', w);
  for (let yy = y; yy < y + h; yy += bh) {
    const off = row % 2 === 0 ? 0 : bw / 2;
    for (let xx = x + off; xx < x + w; xx += bw) {
      if (xx > x) dd += p('M', xx, yy, 'v', Math.min(bh, y + h - yy));
      if (shade && rng.chance(0.12))
        dark += pathD(
          ['M', xx + 2, yy + 2, 'h', Math.min(bw, x + w - xx) - 4, 'v', Math.min(bh, y + h - yy) - 4],
          ['h', -(Math.min(bw, x + w - xx) - 4), 'Z'],
        );
    }
    row++;
  }
  if (shade && dark) d.path(dark, shade, { opacity: n2(opacity * 0.6) });
  d.line(dd, color, 2, { opacity: n2(opacity) });
}
