// Eyes and brows of the shared face, shaped by the expression (see expression.ts).

import { type Char, CX, INK } from './character.ts';
import type { Spec } from './expression.ts';
import { type Doc, darken, p, pathD } from './svg.ts';

export function drop(x: number, y: number, s: number): string {
  return pathD(
    ['M', x, y - 10 * s, 'C', x + 7 * s, y, x + 7.5 * s, y + 9 * s, x, y + 9.5 * s],
    ['C', x - 7.5 * s, y + 9 * s, x - 7 * s, y, x, y - 10 * s, 'Z'],
  );
}

export function eye(d: Doc, c: Char, s: Spec, side: -1 | 1): void {
  const F = c.f;
  const x = CX + side * F.eyeX;
  const y = c.face.eyeY;
  const a = F.eyeA;
  const lw = c.line * 1.45;
  if (s.arcEyes) {
    const h = F.eyeUp * 1.5;
    d.line(p('M', x - a * 0.95, y + 4, 'Q', x, y - h, x + a * 0.95, y + 4), INK, lw * 1.15, { 'stroke-linecap': 'round' });
    // a small lower crease, the cheek lifting
    d.line(p('M', x - a * 0.55, y + 16, 'Q', x, y + 10, x + a * 0.55, y + 16), c.skin.deep, c.line * 0.6, {
      'stroke-linecap': 'round',
      opacity: 0.55,
    });
    return;
  }
  const up = F.eyeUp * s.up;
  const lo = F.eyeLo * s.lo;
  const xi = x - side * a;
  const xo = x + side * a;
  const yo = y + s.tilt;
  const upper = pathD(
    ['M', xi, y],
    [
      'C',
      x - side * a * 0.45,
      y - up * 1.3 + s.innerDrop,
      x + side * a * 0.55,
      y - up * 1.3 + s.tilt * 0.4 + s.outerDrop,
      xo,
      yo,
    ],
  );
  const lower = p('C', x + side * a * 0.5, y + lo * 1.25 + s.tilt * 0.5, x - side * a * 0.5, y + lo * 1.3, xi, y);
  const almond = `${upper}${lower}Z`;
  d.path(almond, '#f8f2ea');
  const clip = d.clip(`<path d="${almond}"/>`);
  const ir = F.iris * s.irisK;
  const ix = x + s.lookX - side * 1.5;
  const iy = y + s.lookY + 1;
  d.open({ 'clip-path': clip });
  d.circle(ix, iy, ir, F.irisColor);
  d.circle(ix, iy, ir * 0.52, darken(F.irisColor, 0.55));
  d.circle(ix + ir * 0.35, iy - ir * 0.38, Math.max(2, ir * 0.3), '#ffffff');
  d.circle(ix - ir * 0.35, iy + ir * 0.4, Math.max(1, ir * 0.13), '#ffffff', { opacity: 0.8 });
  if (s.wet)
    d.path(
      p('M', x - a, y + lo * 0.6, 'Q', x, y + lo * 1.6, x + a, y + lo * 0.6, 'L', x + a, y + lo * 2, 'L', x - a, y + lo * 2, 'Z'),
      '#ffffff',
      { opacity: 0.45 },
    );
  // lid shadow on the eye white
  d.line(upper, darken(F.irisColor, 0.2), c.line * 2.2, { opacity: 0.18 });
  d.close();
  d.line(upper, INK, lw, { 'stroke-linecap': 'round' });
  d.line(p('M', xo, yo, ...lowerPts(x, y, a, lo, s.tilt, side)), INK, c.line * 0.55, {
    'stroke-linecap': 'round',
    opacity: 0.45,
  });
  if (F.lashes) {
    d.line(p('M', xo, yo, 'q', side * 6, -2, side * 11, -9), INK, c.line * 1.1, { 'stroke-linecap': 'round' });
  }
  if (F.crease) {
    d.line(
      pathD(
        ['M', x - side * a * 0.6, y - up * 1.45 + s.innerDrop * 0.8],
        ['Q', x + side * a * 0.2, y - up * 1.85 + s.outerDrop * 0.5, x + side * a * 0.92, yo - up * 0.8 + s.outerDrop],
      ),
      c.skin.deep,
      c.line * 0.55,
      { 'stroke-linecap': 'round', opacity: 0.7 },
    );
  }
}

export function lowerPts(x: number, y: number, a: number, lo: number, tilt: number, side: number): (string | number)[] {
  return [
    'C',
    x + side * a * 0.5,
    y + lo * 1.25 + tilt * 0.5,
    x - side * a * 0.3,
    y + lo * 1.3,
    x - side * a * 0.7,
    y + lo * 0.8,
  ];
}

export function brow(d: Doc, c: Char, s: Spec, side: -1 | 1): void {
  const F = c.f;
  const x = CX + side * F.eyeX;
  const y = c.face.eyeY - F.eyeUp - F.browGap;
  const len = F.browLen;
  const t = F.browT;
  const xi = x - side * (len * 0.45) - side * s.pinch;
  const xo = x + side * len * 0.55;
  const yi = y + s.browIn;
  const yo = y + s.browOut;
  const xm = (xi + xo) / 2;
  const ym = (yi + yo) / 2 - s.browArch;
  const dd = pathD(
    ['M', xi, yi - t / 2, 'Q', xm, ym - t * 0.55, xo, yo - t * 0.1],
    ['Q', xo + side * 2, yo + t * 0.15, xo - side * 3, yo + t * 0.25, 'Q', xm, ym + t * 0.45, xi, yi + t / 2],
    ['Q', xi - side * t * 0.35, yi, xi, yi - t / 2, 'Z'],
  );
  d.path(dd, F.browColor);
}
