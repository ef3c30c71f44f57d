// The rest of the shared face: the head outline, nose, age lines, ears and neck.

import { type Char, CX, type Face, INK } from './character.ts';
import { type Doc, darken, p, pathD } from './svg.ts';

export function faceD(G: Face): string {
  const { top, eyeY, w, jw, jawY, chinY, chinW } = G;
  const r = [
    'C',
    CX + w * 0.62,
    top,
    CX + w,
    top + (eyeY - top) * 0.38,
    CX + w,
    eyeY + (jawY - eyeY) * 0.15,
    'C',
    CX + w,
    eyeY + (jawY - eyeY) * 0.62,
    CX + jw + (w - jw) * 0.35,
    jawY - (jawY - eyeY) * 0.12,
    CX + jw,
    jawY,
    'C',
    CX + jw - (jw - chinW) * 0.45,
    chinY - (chinY - jawY) * 0.15,
    CX + chinW + (jw - chinW) * 0.25,
    chinY,
    CX,
    chinY,
  ] as (string | number)[];
  const l = [
    'C',
    CX - chinW - (jw - chinW) * 0.25,
    chinY,
    CX - jw + (jw - chinW) * 0.45,
    chinY - (chinY - jawY) * 0.15,
    CX - jw,
    jawY,
    'C',
    CX - jw - (w - jw) * 0.35,
    jawY - (jawY - eyeY) * 0.12,
    CX - w,
    eyeY + (jawY - eyeY) * 0.62,
    CX - w,
    eyeY + (jawY - eyeY) * 0.15,
    'C',
    CX - w,
    top + (eyeY - top) * 0.38,
    CX - w * 0.62,
    top,
    CX,
    top,
  ] as (string | number)[];
  return `${p('M', CX, top, ...r, ...l)}Z`;
}

/** The nostrils' two curves, mirrored: from `out` beside the centre at `top` below the nose line, round
 * through `wide` to `inner` at `bottom`. */
function nostrils(y: number, n: { out: number; top: number; wide: number; inner: number; bottom: number }): string {
  const b = y + n.bottom;
  return pathD(
    ['M', CX - n.out, y + n.top, 'Q', CX - n.wide, b, CX - n.inner, b],
    ['M', CX + n.inner, b, 'Q', CX + n.wide, b, CX + n.out, y + n.top],
  );
}

/** The shaded tip between the nostrils: `half` wide, its lower edge to `low`, its upper to `high`. */
function noseTip(y: number, half: number, base: number, low: number, high: number): string {
  return p('M', CX - half, y + base, 'Q', CX, y + low, CX + half, y + base, 'Q', CX, y + high, CX - half, y + base, 'Z');
}

/** The bridge's faint line down the left side, from `top` above the nose line through `bend`. */
function bridge(y: number, top: number, bend: [number, number], foot: number): string {
  return p('M', CX - 5, y - top, 'Q', CX - bend[0], y - bend[1], CX - foot, y + 2);
}

export function nose(d: Doc, c: Char): void {
  const y = c.f.noseY;
  const col = c.skin.deep;
  const L = c.line;
  const round = { 'stroke-linecap': 'round' };
  switch (c.f.nose) {
    case 'small':
      d.line(p('M', CX - 7, y + 3, 'Q', CX, y + 9, CX + 7, y + 3), col, L, round);
      break;
    case 'adult':
      d.line(bridge(y, 48, [9, 20], 13), col, L * 0.6, { ...round, opacity: 0.45 });
      d.line(nostrils(y, { out: 15, top: 2, wide: 18, inner: 6, bottom: 14 }), col, L, round);
      d.path(noseTip(y, 6, 14, 18, 10), col, { opacity: 0.6 });
      break;
    case 'long':
      d.line(bridge(y, 60, [8, 25], 12), col, L * 0.6, { ...round, opacity: 0.5 });
      d.line(nostrils(y, { out: 14, top: 2, wide: 16, inner: 5, bottom: 15 }), col, L, round);
      break;
    case 'broad':
      d.line(nostrils(y, { out: 21, top: 1, wide: 25, inner: 8, bottom: 16 }), col, L * 1.05, round);
      d.path(noseTip(y, 8, 16, 21, 11), col, { opacity: 0.6 });
      d.ellipse(CX, y - 4, 10, 12, c.skin.light, { opacity: 0.5 });
      break;
  }
}

export function wrinkles(d: Doc, c: Char): void {
  const a = c.f.age;
  if (a <= 0) return;
  const G = c.face;
  const F = c.f;
  const col = c.skin.deep;
  const o = { 'stroke-linecap': 'round', opacity: Math.min(0.85, 0.35 + a * 0.5) };
  let dd = '';
  // from nose to mouth corners
  dd += p('M', CX - F.mouthW - 12, F.noseY + 2, 'Q', CX - F.mouthW - 24, F.mouthY - 8, CX - F.mouthW - 10, F.mouthY + 12);
  dd += p('M', CX + F.mouthW + 12, F.noseY + 2, 'Q', CX + F.mouthW + 24, F.mouthY - 8, CX + F.mouthW + 10, F.mouthY + 12);
  // under the eyes
  for (const side of [-1, 1]) {
    const x = CX + side * F.eyeX;
    dd += pathD(
      ['M', x - F.eyeA * 0.6, G.eyeY + F.eyeLo * 2 + 6],
      ['Q', x, G.eyeY + F.eyeLo * 2 + 12, x + F.eyeA * 0.6, G.eyeY + F.eyeLo * 2 + 6],
    );
    if (a > 0.5)
      dd += pathD(
        ['M', x + side * (F.eyeA + 8), G.eyeY - 4, 'l', side * 12, -6],
        ['M', x + side * (F.eyeA + 9), G.eyeY + 5, 'l', side * 13, 3],
      );
  }
  if (a > 0.4) {
    const fy = G.eyeY - F.eyeUp - F.browGap - 32;
    dd += p('M', CX - 40, fy, 'Q', CX, fy - 6, CX + 40, fy);
    dd += p('M', CX - 30, fy - 14, 'Q', CX, fy - 19, CX + 30, fy - 14);
  }
  d.line(dd, col, c.line * 0.7, o);
}

export function ears(d: Doc, c: Char): void {
  const G = c.face;
  for (const side of [-1, 1]) {
    const x = CX + side * (G.w - 4);
    const y = G.eyeY + 16;
    const dd = pathD(
      ['M', x, y - 30, 'C', x + side * 30, y - 42, x + side * 34, y + 12, x + side * 8, y + 34],
      ['Q', x - side * 2, y + 26, x, y + 18, 'Z'],
    );
    d.path(dd, c.skin.base, { stroke: INK, 'stroke-width': c.line });
    d.line(p('M', x + side * 8, y - 18, 'Q', x + side * 22, y - 14, x + side * 16, y + 10), c.skin.deep, c.line * 0.8, {
      'stroke-linecap': 'round',
      opacity: 0.8,
    });
  }
}

export function neck(d: Doc, c: Char): void {
  const G = c.face;
  const B = c.build;
  const nw = B.neckW;
  const fill = d.linU(
    [
      [0, darken(c.skin.shade, 0.12)],
      [0.35, c.skin.shade],
      [1, c.skin.shade],
    ],
    0,
    G.jawY,
    0,
    B.shoulderY,
  );
  d.path(
    pathD(
      ['M', CX - nw, G.jawY - 20, 'L', CX - nw - 3, B.shoulderY - 20, 'L', CX + nw + 3, B.shoulderY - 20],
      ['L', CX + nw, G.jawY - 20, 'Z'],
    ),
    fill,
    { stroke: INK, 'stroke-width': c.line },
  );
}
