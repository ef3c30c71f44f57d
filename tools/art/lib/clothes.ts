// Clothes builders: the prison uniform with its number, a suit, a winter jacket with a scarf.

import { type Char, CX, type Draw, H, INK } from './character.ts';
import { digits, digitsWidth } from './shapes.ts';
import { type Doc, darken, lighten, p, pathD } from './svg.ts';
import { measure, neckBase, torso } from './torso.ts';

/** The shirt (or undershirt) in the V of a collar: `spread` beyond the neck, `lift` above its base, `depth` down. */
export function shirtV(d: Doc, c: Char, color: string, v: { spread: number; lift: number; depth: number }): void {
  const { nb, nw } = measure(c);
  d.poly([CX - nw - v.spread, nb - v.lift, CX, nb + v.depth, CX + nw + v.spread, nb - v.lift], color, {
    stroke: INK,
    'stroke-width': c.line,
  });
}

/**
 * A collar, lapel or band and its mirror image, left then right: `xy` lists [out from the centre line,
 * down from the neck base] pairs, flat.
 */
export function mirroredPair(d: Doc, c: Char, xy: readonly number[], fill: string, width: number): void {
  const nb = neckBase(c);
  for (const side of [-1, 1])
    d.poly(
      xy.map((v, i) => (i % 2 === 0 ? CX + side * v : nb + v)),
      fill,
      { stroke: INK, 'stroke-width': width },
    );
}

/** Where a tie's corners fall, below the neck base: the knot from `top` (half width `knotW`) to `knot`
 * (half width `neckW`), then the blade widening to `bladeW` at `wide`, its tip at `tip`. */
export interface TieShape {
  top: number;
  knotW: number;
  knot: number;
  neckW: number;
  wide: number;
  bladeW: number;
  tip: number;
}

/** A tie seen from the front: its knot and its blade. */
export function tie(d: Doc, c: Char, color: string, t: TieShape): void {
  const nb = neckBase(c);
  const line = { stroke: INK, 'stroke-width': c.line * 0.8 };
  d.poly([CX - t.knotW, nb + t.top, CX + t.knotW, nb + t.top, CX + t.neckW, nb + t.knot, CX - t.neckW, nb + t.knot], color, line);
  d.poly(
    [
      CX - t.neckW,
      nb + t.knot,
      CX + t.neckW,
      nb + t.knot,
      CX + t.bladeW,
      nb + t.wide,
      CX,
      nb + t.tip,
      CX - t.bladeW,
      nb + t.wide,
    ],
    color,
    line,
  );
}

export function prisonUniform(num: string, color = '#7b97a6'): Draw {
  return (d, c) => {
    const { nb, nw, sw, L } = measure(c);
    torso(d, c, color);
    // undershirt in the V
    shirtV(d, c, '#ebe7dd', { spread: 8, lift: 2, depth: 118 });
    d.path(p('M', CX - nw + 2, nb - 6, 'Q', CX, nb + 34, CX + nw - 2, nb - 6, 'Z'), c.skin.shade, {
      stroke: INK,
      'stroke-width': L * 0.8,
    });
    // collar flaps
    mirroredPair(d, c, [nw + 10, -10, nw + 58, 18, nw + 36, 78, 3, 124, nw + 6, -2], darken(color, 0.18), L);
    // placket and buttons
    d.line(p('M', CX, nb + 124, 'L', CX, H), darken(color, 0.35), L);
    for (let i = 0; i < 3; i++)
      d.circle(CX - 9, nb + 165 + i * 85, 6, lighten(color, 0.35), { stroke: INK, 'stroke-width': L * 0.6 });
    // number patch on the left chest (the viewer's right)
    const pw = Math.min(120, sw * 0.5);
    const px = CX + 44;
    const py = nb + 120;
    d.rect(px, py, pw, 48, '#f4f1e8', { rx: 4, stroke: INK, 'stroke-width': L * 0.8 });
    const dh = 28;
    const dw = digitsWidth(num, dh);
    d.line(digits(num, px + (pw - dw) / 2, py + 10, dh), '#2a2630', 4.5, { 'stroke-linecap': 'round' });
    // pocket on the other side
    d.line(
      pathD(
        ['M', CX - 44 - pw, py + 6, 'L', CX - 44, py + 6],
        ['M', CX - 44 - pw, py + 6, 'L', CX - 44 - pw + 4, py + 96, 'L', CX - 48, py + 96, 'L', CX - 44, py + 6],
      ),
      darken(color, 0.3),
      L * 0.7,
      { opacity: 0.7 },
    );
  };
}

export function suit(jacket: string, shirt: string, tieColor: string | null, pin?: string): Draw {
  return (d, c) => {
    const { nb, nw, L } = measure(c);
    torso(d, c, jacket);
    const vDepth = tieColor ? 190 : 150;
    shirtV(d, c, shirt, { spread: 10, lift: 4, depth: vDepth });
    if (tieColor) {
      tie(d, c, tieColor, { top: 26, knotW: 13, knot: 50, neckW: 8, wide: 170, bladeW: 18, tip: 195 });
    } else {
      d.path(p('M', CX - nw + 4, nb - 6, 'Q', CX, nb + 40, CX + nw - 4, nb - 6, 'Z'), c.skin.shade, {
        stroke: INK,
        'stroke-width': L * 0.8,
      });
    }
    // shirt collar points
    mirroredPair(d, c, [nw + 4, -14, 4, tieColor ? 34 : 44, nw - 2, 52], lighten(shirt, 0.3), L * 0.8);
    // lapels
    const lapel = [nw + 12, -8, nw + 66, 60, nw + 44, 76, nw + 64, 96, 10, vDepth + 20, 2, vDepth, nw + 10, -4];
    mirroredPair(d, c, lapel, darken(jacket, 0.2), L);
    d.circle(CX - 4, nb + vDepth + 60, 7, darken(jacket, 0.45), { stroke: INK, 'stroke-width': L * 0.6 });
    if (pin) d.circle(CX + nw + 50, nb + 115, 8, pin, { stroke: INK, 'stroke-width': L * 0.6 });
  };
}

/** Yong-gu's own winter clothes: a padded jacket and a knitted scarf. */
export function winterJacket(color: string, scarf: string): Draw {
  return (d, c) => {
    const { nb, nw, sw, L } = measure(c);
    torso(d, c, color);
    let quilt = '';
    for (let y = nb + 110; y < H; y += 64) quilt += p('M', CX - sw - 10, y + 14, 'Q', CX, y - 14, CX + sw + 10, y + 14);
    d.line(quilt, darken(color, 0.35), 3, { opacity: 0.7 });
    d.line(p('M', CX + 4, nb + 40, 'V', H), darken(color, 0.45), L * 1.2);
    d.line(p('M', CX + 4, nb + 40, 'V', H), '#c9c4b8', 2, { 'stroke-dasharray': '4 5' });
    d.rect(CX - 2, nb + 150, 12, 26, '#c9c4b8', { rx: 3, stroke: INK, 'stroke-width': 1.5 });
    // the scarf wound round the neck, one end hanging
    d.path(
      pathD(
        ['M', CX - nw - 30, nb - 30, 'Q', CX, nb + 10, CX + nw + 30, nb - 30, 'L', CX + nw + 38, nb + 20],
        ['Q', CX, nb + 66, CX - nw - 38, nb + 20, 'Z'],
      ),
      scarf,
      { stroke: INK, 'stroke-width': L },
    );
    d.path(p('M', CX - 40, nb + 30, 'L', CX - 74, nb + 250, 'L', CX - 20, nb + 256, 'L', CX - 6, nb + 40, 'Z'), scarf, {
      stroke: INK,
      'stroke-width': L,
    });
    let rib = '';
    for (let k = 0; k < 4; k++) rib += p('M', CX - 64 + k * 12, nb + 70, 'L', CX - 70 + k * 14, nb + 246);
    d.line(rib, darken(scarf, 0.25), 2.5, { opacity: 0.6 });
    d.line(p('M', CX - 72, nb + 226, 'L', CX - 22, nb + 232), lighten(scarf, 0.5), 6);
    d.line(
      pathD(
        ['M', CX - 74, nb + 254, 'l', -2, 14],
        ['M', CX - 58, nb + 256, 'l', -1, 14],
        ['M', CX - 42, nb + 257, 'l', 0, 14],
        ['M', CX - 26, nb + 257, 'l', 1, 14],
      ),
      scarf,
      4,
      { 'stroke-linecap': 'round' },
    );
  };
}
