// The sky and the weather: stars, snowflakes, clouds, cumulus heaps, snow on a ledge.

import { glow } from './light.ts';
import { blur } from './scenery.ts';
import { type Pt, smooth } from './shapes.ts';
import { type Doc, dotD, n2, p, pathD, pinD, type Rng } from './svg.ts';

/** A field of small stars in one path, plus a few bright ones with a glow. */
export function stars(d: Doc, rng: Rng, count: number, x: number, y: number, w: number, h: number, bright: number): void {
  const small: string[] = ['', ''];
  let mid = '';
  for (let i = 0; i < count; i++) {
    const sx = x + rng.next() * w;
    const sy = y + rng.next() ** 1.4 * h;
    if (rng.chance(0.2)) mid += pinD(sx, sy);
    else small[rng.int(0, 1)] += pinD(sx, sy);
  }
  const round = { 'stroke-linecap': 'round' };
  d.line(small[0] ?? '', '#dfe6ff', 1.6, { ...round, opacity: 0.6 });
  d.line(small[1] ?? '', '#dfe6ff', 2.4, { ...round, opacity: 0.75 });
  d.line(mid, '#f4f2ff', 4, { ...round, opacity: 0.9 });
  for (let i = 0; i < bright; i++) {
    const sx = x + rng.next() * w;
    const sy = y + rng.next() ** 1.6 * h * 0.8;
    glow(d, sx, sy, 14, '#cfd9ff', 0.55);
    d.path(
      pathD(
        ['M', sx, sy - 9, 'L', sx + 1.6, sy - 1.6, 'L', sx + 9, sy, 'L', sx + 1.6, sy + 1.6, 'L', sx, sy + 9],
        ['L', sx - 1.6, sy + 1.6, 'L', sx - 9, sy, 'L', sx - 1.6, sy - 1.6, 'Z'],
      ),
      '#ffffff',
    );
  }
}

/** Falling snow frozen in the picture: a few soft flakes (the particles add the motion). */
export function flakes(d: Doc, rng: Rng, count: number, x: number, y: number, w: number, h: number, opacity: number): void {
  const dd: string[] = ['', '', ''];
  for (let i = 0; i < count; i++) dd[i % 3] += pinD(x + rng.next() * w, y + rng.next() * h);
  dd.forEach((path, i) => {
    d.line(path, '#f4f8ff', 3 + i * 2.5, { 'stroke-linecap': 'round', opacity: n2(opacity) });
  });
}

/** A soft horizontal band of cloud made of overlapping ellipses. */
export function cloud(d: Doc, rng: Rng, x: number, y: number, w: number, h: number, color: string, opacity: number): void {
  const pts: Pt[] = [];
  const k = Math.max(4, Math.round(w / 90));
  pts.push([x, y + h * 0.5]);
  for (let i = 0; i <= k; i++) pts.push([x + (w * i) / k, y - h * rng.range(0.1, 0.6) * Math.sin((Math.PI * i) / k) - h * 0.1]);
  pts.push([x + w, y + h * 0.5]);
  for (let i = k; i >= 0; i--) pts.push([x + (w * i) / k, y + h * 0.5 + rng.range(0, h * 0.1)]);
  d.path(smooth(pts), color, { opacity: n2(opacity) });
}

/** A cumulus cloud: a flat-bottomed heap of round puffs, shaded below and lit above, softened. */
export function cumulus(
  d: Doc,
  rng: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  shade: string,
  lit: string,
  opacity: number,
  soft = 3,
): void {
  const count = Math.max(5, Math.round(w / (h * 0.55)));
  let under = '';
  let over = '';
  for (let i = 0; i < count; i++) {
    const t = (i + 0.5) / count;
    const bulge = Math.sin(Math.PI * t) ** 0.7;
    const r = h * (0.28 + 0.42 * bulge) * rng.range(0.8, 1.15);
    const cx = x + w * t + rng.range(-0.2, 0.2) * (w / count);
    const cy = y - r * 0.55 - h * 0.25 * bulge * rng.range(0.5, 1);
    under += dotD(cx, cy, r);
    over += dotD(cx - r * 0.12, cy - r * 0.14, r * 0.82);
  }
  under += p(
    'M',
    x + w * 0.04,
    y,
    'h',
    w * 0.92,
    'a',
    8,
    8,
    0,
    0,
    0,
    0,
    -h * 0.3,
    'h',
    -w * 0.92,
    'a',
    8,
    8,
    0,
    0,
    0,
    0,
    h * 0.3,
    'Z',
  );
  d.open({ filter: blur(d, soft), opacity: n2(opacity) });
  d.path(under, shade);
  d.path(over, lit);
  d.close();
}

/** Snow resting on a ledge from x to x+w at height y. */
export function snowLedge(d: Doc, rng: Rng, x: number, y: number, w: number, depth: number, color = '#eef3f8'): void {
  const pts: Pt[] = [[x - 2, y + 2]];
  const k = Math.max(3, Math.round(w / 40));
  for (let i = 0; i <= k; i++) pts.push([x + (w * i) / k, y - depth * rng.range(0.6, 1.1)]);
  pts.push([x + w + 2, y + 2]);
  pts.push([x + w * 0.5, y + depth * 0.35]);
  d.path(smooth(pts), color);
}
