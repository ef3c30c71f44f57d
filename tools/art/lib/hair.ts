// Hair builders: the dome over the head, fringe paths, fill and sheen, a perm of curls, a hair clip;
// greyed by the character's hairTint for the older versions.

import { type Char, CX, type Draw, INK } from './character.ts';
import { lines, type Pt, smooth } from './shapes.ts';
import { type Doc, darken, dotD, lighten, makeRng, mix, n, p } from './svg.ts';

/** A dome of hair over the head: the outer outline from the left side over the top to the right side. */
export function dome(
  c: Char,
  o: { puff: number; side: number; sideY: number; lift?: number; wobble?: number; bumps?: number; seed?: number },
): Pt[] {
  const G = c.face;
  const cy = G.eyeY + (o.lift ?? 0);
  const rx = G.w + o.side;
  const ry = cy - (G.top - o.puff);
  const out: Pt[] = [[CX - rx + 2, o.sideY]];
  const steps = o.bumps ?? 9;
  for (let i = 0; i <= steps; i++) {
    const t = Math.PI - (Math.PI * i) / steps;
    const bump = o.wobble ? (i % 2 === 0 ? o.wobble : -o.wobble * 0.3) : 0;
    out.push([CX + Math.cos(t) * (rx + bump), cy - Math.sin(t) * (ry + bump)]);
  }
  out.push([CX + rx - 2, o.sideY]);
  return out;
}

/**
 * A fringe from the right temple to the left: its ends `inset` inside the face's edge at `edgeY`, between
 * them the hairline, given flat as [fraction of the face's half width (+ right, - left), y below `hairline`].
 */
export function fringeLine(c: Char, ends: { edgeY: number; inset: number; hairline: number }, hairline: readonly number[]): Pt[] {
  const G = c.face;
  const points: Pt[] = [[CX + G.w - ends.inset, ends.edgeY]];
  for (let i = 0; i + 1 < hairline.length; i += 2)
    points.push([CX + G.w * (hairline[i] ?? 0), ends.hairline + (hairline[i + 1] ?? 0)]);
  points.push([CX - G.w + ends.inset, ends.edgeY]);
  return points;
}

export function hairPath(outer: Pt[], fringe: Pt[], tension = 1): string {
  return smooth([...outer, ...fringe], true, tension);
}

export function hairFill(d: Doc, c: Char, hair: string): string {
  const G = c.face;
  const base = tinted(c, hair);
  return d.linU(
    [
      [0, lighten(base, 0.16)],
      [0.5, base],
      [1, darken(base, 0.25)],
    ],
    CX - G.w,
    G.top - 40,
    CX + G.w,
    G.eyeY + 40,
  );
}

export function sheen(d: Doc, c: Char, color: string, y: number, span = 0.55): void {
  const G = c.face;
  d.line(p('M', CX - G.w * span, y + 18, 'Q', CX - G.w * 0.15, y - 6, CX + G.w * 0.25, y), color, c.line * 2.2, {
    'stroke-linecap': 'round',
    opacity: 0.35,
  });
}

/** A tight perm: a cloud of small curls, outlined only on the outside. */
export function perm(base: string, r0: number, seed: string, height = 1): Draw {
  return (d, c) => {
    const G = c.face;
    const rng = makeRng(seed);
    const cy = G.eyeY - 34;
    const rx = G.w + 14;
    const ry = (cy - (G.top - 34)) * height;
    const hl = G.top + 56;
    const edge: Pt[] = [];
    for (let i = 0; i <= 16; i++) {
      const t = Math.PI - (Math.PI * i) / 16;
      edge.push([CX + Math.cos(t) * rx, cy - Math.sin(t) * ry]);
    }
    for (let i = 1; i < 8; i++) edge.push([CX + G.w * (0.85 - (1.7 * i) / 8), hl + Math.sin((i / 8) * Math.PI) * -6]);
    edge.push([CX - G.w + 2, cy + 16], [CX + G.w - 2, cy + 16]);
    const fillBase = hairFill(d, c, base);
    const mass = smooth([
      ...edge.slice(0, 17),
      [CX + G.w - 2, cy + 16],
      [CX + G.w * 0.5, hl],
      [CX - G.w * 0.5, hl],
      [CX - G.w + 2, cy + 16],
    ]);
    let circles = '';
    for (const [x, y] of edge) circles += dotD(x, y, r0);
    d.path(circles, fillBase, { stroke: INK, 'stroke-width': c.line * 2 });
    d.path(mass, fillBase);
    let inner = '';
    for (const [x, y] of edge) inner += dotD(x, y, r0 - 0.5);
    d.path(inner, fillBase);
    let curl = '';
    for (let i = 0; i < 26; i++) {
      const t = rng.range(0.1, 0.9) * Math.PI;
      const r = rng.range(0.25, 0.95);
      const x = CX - Math.cos(t) * rx * r;
      const y = cy - Math.sin(t) * ry * r;
      if (y > hl - 10) continue;
      curl += p('M', x - 7, y + 3, 'a', 7, 6, 0, 1, 1, 12, -2);
    }
    for (const [x, y] of edge) curl += p('M', x - 8, y + 4, 'a', 8, 7, 0, 1, 1, 14, -2);
    d.line(curl, lighten(tinted(c, base), 0.25), 3, { opacity: 0.55, 'stroke-linecap': 'round' });
  };
}

/** Hair colour, greyed for the older versions of a character. */
export function tinted(c: Char, base: string): string {
  return c.hairTint ? mix(base, c.hairTint, 0.62) : base;
}

export function hairClip(x: number, y: number, s: number, color: string, rot: number): Draw {
  return (d, c) => {
    d.open({ transform: `translate(${n(x)} ${n(y)}) rotate(${rot}) scale(${s})` });
    d.rect(-30, -9, 60, 18, color, { rx: 9, stroke: INK, 'stroke-width': c.line / s });
    // a small star on the clip
    const star: Pt[] = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 === 0 ? 15 : 6.5;
      const t = -Math.PI / 2 + (i * Math.PI) / 5;
      star.push([18 + Math.cos(t) * r, Math.sin(t) * r]);
    }
    d.path(lines(star), lighten(color, 0.1), { stroke: INK, 'stroke-width': (c.line * 0.8) / s });
    d.line(p('M', -22, -3, 'L', 4, -3), '#ffffff', 3, { opacity: 0.6, 'stroke-linecap': 'round' });
    d.close();
  };
}
