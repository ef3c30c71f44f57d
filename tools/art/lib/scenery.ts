// The canvas every background shares: its size, a gradient sky, the paper grain and the finishing
// passes (a calm lower third for the text box, a vignette), clipping, blur and floor perspective.
import type { Pt } from './shapes.ts';
import { type Doc, n, n2 } from './svg.ts';

export const BW = 1920;

export const BH = 1080;

/** A vertical gradient from `top` to `bottom` (a fill for any shape). */
export function fall(d: Doc, top: string, bottom: string): string {
  return d.lin([
    [0, top],
    [1, bottom],
  ]);
}

/** A full-size vertical gradient. */
export function sky(d: Doc, stops: [number, string][]): void {
  d.rect(0, 0, BW, BH, d.lin(stops.map(([o, c]) => [o, c])));
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
