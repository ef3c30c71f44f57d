// Reusable scenery: skies, glows, light shafts, barbed wire, bricks, snow, grain, the finishing passes.
import { type Pt, smooth } from './shapes.ts';
import { type Doc, dotD, n, n2, p, pinD, type Rng } from './svg.ts';

export const BW = 1920;
export const BH = 1080;

/** A full-size vertical gradient. */
export function sky(d: Doc, stops: [number, string][]): void {
  d.rect(0, 0, BW, BH, d.lin(stops.map(([o, c]) => [o, c])));
}

/** A soft round glow. */
export function glow(
  d: Doc,
  x: number,
  y: number,
  r: number,
  color: string,
  opacity = 1,
  a?: Record<string, string | number>,
): void {
  d.circle(
    x,
    y,
    r,
    d.radU(
      [
        [0, color, opacity],
        [0.35, color, opacity * 0.45],
        [1, color, 0],
      ],
      x,
      y,
      r,
    ),
    a,
  );
}

/** Many equal soft glows sharing one gradient. */
export function glows(d: Doc, points: [number, number][], r: number, color: string, opacity: number): void {
  const g = d.rad([
    [0, color, opacity],
    [0.35, color, opacity * 0.45],
    [1, color, 0],
  ]);
  for (const [x, y] of points) d.circle(x, y, r, g);
}

/** An elliptical soft glow. */
export function glowE(d: Doc, x: number, y: number, rx: number, ry: number, color: string, opacity = 1): void {
  d.ellipse(
    x,
    y,
    rx,
    ry,
    d.rad([
      [0, color, opacity],
      [0.4, color, opacity * 0.4],
      [1, color, 0],
    ]),
  );
}

/** A beam of light: a polygon fading from its source (x1,y1) toward (x2,y2). */
export function shaft(
  d: Doc,
  xy: number[],
  color: string,
  opacity: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): void {
  d.poly(
    xy,
    d.linU(
      [
        [0, color, opacity],
        [1, color, 0],
      ],
      x1,
      y1,
      x2,
      y2,
    ),
  );
}

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
        dark += p(
          'M',
          xx + 2,
          yy + 2,
          'h',
          Math.min(bw, x + w - xx) - 4,
          'v',
          Math.min(bh, y + h - yy) - 4,
          'h',
          -(Math.min(bw, x + w - xx) - 4),
          'Z',
        );
    }
    row++;
  }
  if (shade && dark) d.path(dark, shade, { opacity: n2(opacity * 0.6) });
  d.line(dd, color, 2, { opacity: n2(opacity) });
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
      p(
        'M',
        sx,
        sy - 9,
        'L',
        sx + 1.6,
        sy - 1.6,
        'L',
        sx + 9,
        sy,
        'L',
        sx + 1.6,
        sy + 1.6,
        'L',
        sx,
        sy + 9,
        'L',
        sx - 1.6,
        sy + 1.6,
        'L',
        sx - 9,
        sy,
        'L',
        sx - 1.6,
        sy - 1.6,
        'Z',
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

/** A mottled, painted texture and a fine grain over the whole picture. */
export function paint(d: Doc, seed: number, strength = 1): void {
  const mottle = d.filter(
    `<feTurbulence type="fractalNoise" baseFrequency=".0035 .006" numOctaves="3" seed="${seed}"/><feColorMatrix values="0 0 0 0 1  0 0 0 0 .95  0 0 0 0 .85  1.2 0 0 0 -.55"/>`,
    { x: 0, y: 0, width: 1, height: 1 },
  );
  d.rect(0, 0, BW, BH, '#000', { filter: mottle, opacity: n2(0.14 * strength) });
  const grain = d.filter(
    `<feTurbulence type="fractalNoise" baseFrequency=".75" numOctaves="2" seed="${seed + 1}"/><feColorMatrix values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 -1.6 1.05"/>`,
    { x: 0, y: 0, width: 1, height: 1 },
  );
  d.rect(0, 0, BW, BH, '#000', { filter: grain, opacity: n2(0.1 * strength) });
}

/** The lower band where the text box sits: darkened and simplified. */
export function calm(d: Doc, color: string, opacity = 0.6, from = 0.62): void {
  d.rect(
    0,
    BH * from,
    BW,
    BH * (1 - from),
    d.lin([
      [0, color, 0],
      [0.5, color, opacity * 0.7],
      [1, color, opacity],
    ]),
  );
}

export function vignette(d: Doc, opacity = 0.55, color = '#000000'): void {
  d.rect(
    0,
    0,
    BW,
    BH,
    d.rad(
      [
        [0.45, color, 0],
        [0.8, color, opacity * 0.5],
        [1, color, opacity],
      ],
      0.5,
      0.48,
      0.75,
    ),
  );
}

/** A one-point perspective helper: maps (u across, v depth 0 at the back wall .. 1 at the viewer) on a floor. */
export function floorMap(back: { x1: number; x2: number; y: number }, front: { x1: number; x2: number; y: number }) {
  return (u: number, v: number): Pt => {
    const y = back.y + (front.y - back.y) * v;
    const xa = back.x1 + (front.x1 - back.x1) * v;
    const xb = back.x2 + (front.x2 - back.x2) * v;
    return [xa + (xb - xa) * u, y];
  };
}

export function quad(a: Pt, b: Pt, c: Pt, e: Pt): number[] {
  return [a[0], a[1], b[0], b[1], c[0], c[1], e[0], e[1]];
}

export { n };

/** Draws inside a rectangle only. */
export function clipped(d: Doc, x: number, y: number, w: number, h: number, draw: () => void): void {
  const c = d.clip(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"/>`);
  d.open({ 'clip-path': c });
  draw();
  d.close();
}

const blurs = new WeakMap<Doc, Map<number, string>>();
/** A shared Gaussian blur filter per document and radius. */
export function blur(d: Doc, sd: number): string {
  let m = blurs.get(d);
  if (!m) {
    m = new Map();
    blurs.set(d, m);
  }
  const have = m.get(sd);
  if (have) return have;
  const f = d.filter(`<feGaussianBlur stdDeviation="${sd}"/>`, { x: '-20%', y: '-50%', width: '140%', height: '200%' });
  m.set(sd, f);
  return f;
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
