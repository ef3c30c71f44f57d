// Character portraits: 600x900, transparent, a half figure standing on the bottom edge.
// One parametric face (eyes, brows, mouth, nose) shared by everyone, so the cast reads as one style;
// each character differs by build, head shape, hair, clothes and colour.

import type { Expression } from '../../../src/engine/tags.ts';
import { digits, digitsWidth, lines, type Pt, smooth } from './shapes.ts';
import { Doc, darken, dotD, lighten, makeRng, mix, n, p } from './svg.ts';

export const W = 600;
export const H = 900;
const CX = 300;
export const INK = '#2a1e26';

interface Face {
  top: number;
  eyeY: number;
  w: number;
  jw: number;
  jawY: number;
  chinY: number;
  chinW: number;
}
interface Build {
  neckW: number;
  shoulderY: number;
  shoulderW: number;
}
interface Skin {
  base: string;
  light: string;
  shade: string;
  deep: string;
}
interface Features {
  eyeX: number;
  eyeA: number;
  eyeUp: number;
  eyeLo: number;
  iris: number;
  irisColor: string;
  lashes: boolean;
  crease: boolean;
  browT: number;
  browLen: number;
  browGap: number;
  browColor: string;
  browArch: number;
  mouthW: number;
  mouthY: number;
  noseY: number;
  nose: 'small' | 'adult' | 'broad' | 'long';
  neutralCurve: number;
  blush: number;
  age: number;
  lips?: string;
}
type Draw = (d: Doc, c: Char, e: Expression) => void;
export interface Char {
  id: string;
  label: string;
  scale: number;
  skin: Skin;
  face: Face;
  build: Build;
  f: Features;
  happy: 'arc' | 'open' | 'soft' | 'smirk';
  tense: 'fear' | 'anger' | 'firm';
  sadMouth: 'frown' | 'wobble';
  tear: boolean;
  line: number;
  hairTint?: string;
  hairBack?: Draw;
  body: Draw;
  facial?: Draw;
  hairFront: Draw;
  over?: Draw;
}

interface Spec {
  browIn: number;
  browOut: number;
  browArch: number;
  pinch: number;
  up: number;
  lo: number;
  tilt: number;
  innerDrop: number;
  outerDrop: number;
  lookX: number;
  lookY: number;
  irisK: number;
  arcEyes: boolean;
  mouth: 'neutral' | 'open' | 'smile' | 'smirk' | 'frown' | 'wobble' | 'o' | 'grit' | 'flat' | 'firm';
  blush: number;
  tear: boolean;
  sweat: boolean;
  wet: boolean;
}

function spec(c: Char, e: Expression): Spec {
  const base: Spec = {
    browIn: 0,
    browOut: 0,
    browArch: c.f.browArch,
    pinch: 0,
    up: 1,
    lo: 1,
    tilt: 0,
    innerDrop: 0,
    outerDrop: 0,
    lookX: 0,
    lookY: 0,
    irisK: 1,
    arcEyes: false,
    mouth: 'neutral',
    blush: 0,
    tear: false,
    sweat: false,
    wet: false,
  };
  if (e === 'happy') {
    if (c.happy === 'arc')
      return { ...base, browIn: -9, browOut: -5, browArch: c.f.browArch + 5, arcEyes: true, mouth: 'open', blush: 0.45 };
    if (c.happy === 'open')
      return { ...base, browIn: -7, browOut: -3, browArch: c.f.browArch + 3, up: 0.85, lo: 0.45, mouth: 'open', blush: 0.3 };
    if (c.happy === 'soft')
      return { ...base, browIn: -6, browOut: -2, browArch: c.f.browArch + 3, up: 0.8, lo: 0.5, mouth: 'smile', blush: 0.25 };
    return { ...base, browIn: 2, browOut: -7, up: 0.72, lo: 0.7, innerDrop: 3, mouth: 'smirk' };
  }
  if (e === 'sad') {
    return {
      ...base,
      browIn: -17,
      browOut: 6,
      browArch: 1,
      pinch: 4,
      up: 0.78,
      tilt: 3,
      outerDrop: 5,
      lookY: 4,
      mouth: c.sadMouth,
      blush: 0.15,
      tear: c.tear,
      wet: true,
    };
  }
  if (e === 'tense') {
    if (c.tense === 'fear') {
      return {
        ...base,
        browIn: -15,
        browOut: -4,
        browArch: 5,
        pinch: 7,
        up: 1.3,
        lo: 1.12,
        irisK: 0.78,
        mouth: 'o',
        sweat: true,
      };
    }
    if (c.tense === 'firm') {
      return { ...base, browIn: 7, browOut: -2, browArch: 2, pinch: 5, up: 0.82, lo: 0.92, innerDrop: 3, mouth: 'firm' };
    }
    return { ...base, browIn: 13, browOut: -6, browArch: -1, pinch: 8, up: 0.66, lo: 0.9, innerDrop: 6, tilt: -2, mouth: 'grit' };
  }
  return base;
}

// ---------- the face ----------

function faceD(G: Face): string {
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

function drop(x: number, y: number, s: number): string {
  return p(
    'M',
    x,
    y - 10 * s,
    'C',
    x + 7 * s,
    y,
    x + 7.5 * s,
    y + 9 * s,
    x,
    y + 9.5 * s,
    'C',
    x - 7.5 * s,
    y + 9 * s,
    x - 7 * s,
    y,
    x,
    y - 10 * s,
    'Z',
  );
}

function eye(d: Doc, c: Char, s: Spec, side: -1 | 1): void {
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
  const upper = p(
    'M',
    xi,
    y,
    'C',
    x - side * a * 0.45,
    y - up * 1.3 + s.innerDrop,
    x + side * a * 0.55,
    y - up * 1.3 + s.tilt * 0.4 + s.outerDrop,
    xo,
    yo,
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
      p(
        'M',
        x - side * a * 0.6,
        y - up * 1.45 + s.innerDrop * 0.8,
        'Q',
        x + side * a * 0.2,
        y - up * 1.85 + s.outerDrop * 0.5,
        x + side * a * 0.92,
        yo - up * 0.8 + s.outerDrop,
      ),
      c.skin.deep,
      c.line * 0.55,
      { 'stroke-linecap': 'round', opacity: 0.7 },
    );
  }
}

function lowerPts(x: number, y: number, a: number, lo: number, tilt: number, side: number): (string | number)[] {
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

function brow(d: Doc, c: Char, s: Spec, side: -1 | 1): void {
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
  const dd = p(
    'M',
    xi,
    yi - t / 2,
    'Q',
    xm,
    ym - t * 0.55,
    xo,
    yo - t * 0.1,
    'Q',
    xo + side * 2,
    yo + t * 0.15,
    xo - side * 3,
    yo + t * 0.25,
    'Q',
    xm,
    ym + t * 0.45,
    xi,
    yi + t / 2,
    'Q',
    xi - side * t * 0.35,
    yi,
    xi,
    yi - t / 2,
    'Z',
  );
  d.path(dd, F.browColor);
}

function mouth(d: Doc, c: Char, s: Spec): void {
  const F = c.f;
  const y = F.mouthY;
  const w = F.mouthW;
  const L = c.line;
  const round = { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  const lipShade = c.skin.deep;
  switch (s.mouth) {
    case 'neutral': {
      d.line(p('M', CX - w, y, 'Q', CX, y + F.neutralCurve * 2, CX + w, y), INK, L * 1.2, round);
      d.line(p('M', CX - w * 0.35, y + 13, 'Q', CX, y + 17, CX + w * 0.35, y + 13), lipShade, L * 0.8, {
        ...round,
        opacity: 0.5,
      });
      break;
    }
    case 'open': {
      const mw = w * 1.15;
      const mh = w * 0.95;
      const shape = `${p('M', CX - mw, y - 4, 'Q', CX, y + 6, CX + mw, y - 4, 'C', CX + mw * 0.85, y + mh, CX - mw * 0.85, y + mh, CX - mw, y - 4)}Z`;
      d.path(shape, '#6b2b34');
      const clip = d.clip(`<path d="${shape}"/>`);
      d.open({ 'clip-path': clip });
      d.rect(CX - mw, y - 10, mw * 2, 14 + w * 0.12, '#fbf6ef');
      d.ellipse(CX, y + mh * 0.85, mw * 0.6, mh * 0.42, '#d9777f');
      d.close();
      d.path(shape, 'none', { stroke: INK, 'stroke-width': L * 1.1, 'stroke-linejoin': 'round' });
      d.line(p('M', CX - mw - 4, y - 8, 'q', 2, 4, 5, 5), INK, L * 0.8, round);
      d.line(p('M', CX + mw + 4, y - 8, 'q', -2, 4, -5, 5), INK, L * 0.8, round);
      break;
    }
    case 'smile': {
      d.line(p('M', CX - w * 1.1, y - 5, 'Q', CX, y + w * 0.6, CX + w * 1.1, y - 5), INK, L * 1.25, round);
      d.line(p('M', CX - w * 1.18, y - 10, 'q', -3, 5, 0, 10), INK, L * 0.7, { ...round, opacity: 0.7 });
      d.line(p('M', CX + w * 1.18, y - 10, 'q', 3, 5, 0, 10), INK, L * 0.7, { ...round, opacity: 0.7 });
      d.line(
        p('M', CX - w * 0.35, y + w * 0.45 + 10, 'Q', CX, y + w * 0.45 + 14, CX + w * 0.35, y + w * 0.45 + 10),
        lipShade,
        L * 0.8,
        { ...round, opacity: 0.45 },
      );
      break;
    }
    case 'smirk': {
      d.line(p('M', CX - w, y + 2, 'Q', CX + w * 0.1, y + 8, CX + w * 1.05, y - 9), INK, L * 1.25, round);
      d.line(p('M', CX + w * 1.05, y - 9, 'q', 4, -1, 6, -6), INK, L * 0.8, round);
      break;
    }
    case 'frown': {
      d.line(p('M', CX - w * 0.9, y + 8, 'Q', CX, y - 9, CX + w * 0.9, y + 8), INK, L * 1.2, round);
      d.line(p('M', CX - w * 0.3, y + 17, 'Q', CX, y + 20, CX + w * 0.3, y + 17), lipShade, L * 0.8, { ...round, opacity: 0.5 });
      break;
    }
    case 'wobble': {
      const shape = p(
        'M',
        CX - w * 0.85,
        y + 9,
        'Q',
        CX - w * 0.45,
        y - 7,
        CX,
        y - 3,
        'Q',
        CX + w * 0.45,
        y - 7,
        CX + w * 0.85,
        y + 9,
        'Q',
        CX,
        y + 3,
        CX - w * 0.85,
        y + 9,
        'Z',
      );
      d.path(shape, '#6b2b34', { stroke: INK, 'stroke-width': L * 1.05, 'stroke-linejoin': 'round' });
      break;
    }
    case 'o': {
      d.ellipse(CX, y + 4, w * 0.36, w * 0.42, '#6b2b34', { stroke: INK, 'stroke-width': L });
      d.ellipse(CX, y + 4 + w * 0.22, w * 0.2, w * 0.13, '#c9646e');
      break;
    }
    case 'grit': {
      const gw = w * 0.95;
      const gh = w * 0.32;
      const shape = p(
        'M',
        CX - gw,
        y - gh * 0.6,
        'Q',
        CX,
        y - gh * 1.1,
        CX + gw,
        y - gh * 0.6,
        'L',
        CX + gw * 0.95,
        y + gh * 0.9,
        'Q',
        CX,
        y + gh * 1.3,
        CX - gw * 0.95,
        y + gh * 0.9,
        'Z',
      );
      d.path(shape, '#f6f0e6', { stroke: INK, 'stroke-width': L * 1.1, 'stroke-linejoin': 'round' });
      let teeth = p('M', CX - gw, y + 1, 'L', CX + gw, y + 1);
      for (const k of [-0.5, 0, 0.5]) teeth += p('M', CX + gw * k, y - gh * 0.85, 'L', CX + gw * k, y + gh * 1.05);
      d.line(teeth, INK, L * 0.55, { opacity: 0.7 });
      break;
    }
    case 'flat': {
      d.line(p('M', CX - w * 0.85, y + 4, 'Q', CX, y - 1, CX + w * 0.85, y + 4), INK, L * 1.25, round);
      break;
    }
    case 'firm': {
      d.line(p('M', CX - w * 0.8, y + 3, 'Q', CX, y - 2, CX + w * 0.8, y + 3), INK, L * 1.3, round);
      d.line(p('M', CX - w * 0.3, y + 14, 'Q', CX, y + 17, CX + w * 0.3, y + 14), lipShade, L * 0.8, { ...round, opacity: 0.55 });
      break;
    }
  }
  if (F.lips && (s.mouth === 'neutral' || s.mouth === 'firm' || s.mouth === 'frown' || s.mouth === 'smile')) {
    const ly = s.mouth === 'smile' ? y + w * 0.38 : s.mouth === 'frown' ? y + 2 : y + 3;
    d.path(p('M', CX - w * 0.55, ly, 'Q', CX, ly + 13, CX + w * 0.55, ly, 'Q', CX, ly + 5, CX - w * 0.55, ly, 'Z'), F.lips, {
      opacity: 0.6,
    });
  }
}

function nose(d: Doc, c: Char): void {
  const y = c.f.noseY;
  const col = c.skin.deep;
  const L = c.line;
  const round = { 'stroke-linecap': 'round' };
  switch (c.f.nose) {
    case 'small':
      d.line(p('M', CX - 7, y + 3, 'Q', CX, y + 9, CX + 7, y + 3), col, L, round);
      break;
    case 'adult':
      d.line(p('M', CX - 5, y - 48, 'Q', CX - 9, y - 20, CX - 13, y + 2), col, L * 0.6, { ...round, opacity: 0.45 });
      d.line(
        p('M', CX - 15, y + 2, 'Q', CX - 18, y + 14, CX - 6, y + 14, 'M', CX + 6, y + 14, 'Q', CX + 18, y + 14, CX + 15, y + 2),
        col,
        L,
        round,
      );
      d.path(p('M', CX - 6, y + 14, 'Q', CX, y + 18, CX + 6, y + 14, 'Q', CX, y + 10, CX - 6, y + 14, 'Z'), col, {
        opacity: 0.6,
      });
      break;
    case 'long':
      d.line(p('M', CX - 5, y - 60, 'Q', CX - 8, y - 25, CX - 12, y + 2), col, L * 0.6, { ...round, opacity: 0.5 });
      d.line(
        p('M', CX - 14, y + 2, 'Q', CX - 16, y + 15, CX - 5, y + 15, 'M', CX + 5, y + 15, 'Q', CX + 16, y + 15, CX + 14, y + 2),
        col,
        L,
        round,
      );
      break;
    case 'broad':
      d.line(
        p('M', CX - 21, y + 1, 'Q', CX - 25, y + 16, CX - 8, y + 16, 'M', CX + 8, y + 16, 'Q', CX + 25, y + 16, CX + 21, y + 1),
        col,
        L * 1.05,
        round,
      );
      d.path(p('M', CX - 8, y + 16, 'Q', CX, y + 21, CX + 8, y + 16, 'Q', CX, y + 11, CX - 8, y + 16, 'Z'), col, {
        opacity: 0.6,
      });
      d.ellipse(CX, y - 4, 10, 12, c.skin.light, { opacity: 0.5 });
      break;
  }
}

function wrinkles(d: Doc, c: Char): void {
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
    dd += p(
      'M',
      x - F.eyeA * 0.6,
      G.eyeY + F.eyeLo * 2 + 6,
      'Q',
      x,
      G.eyeY + F.eyeLo * 2 + 12,
      x + F.eyeA * 0.6,
      G.eyeY + F.eyeLo * 2 + 6,
    );
    if (a > 0.5)
      dd += p(
        'M',
        x + side * (F.eyeA + 8),
        G.eyeY - 4,
        'l',
        side * 12,
        -6,
        'M',
        x + side * (F.eyeA + 9),
        G.eyeY + 5,
        'l',
        side * 13,
        3,
      );
  }
  if (a > 0.4) {
    const fy = G.eyeY - F.eyeUp - F.browGap - 32;
    dd += p('M', CX - 40, fy, 'Q', CX, fy - 6, CX + 40, fy);
    dd += p('M', CX - 30, fy - 14, 'Q', CX, fy - 19, CX + 30, fy - 14);
  }
  d.line(dd, col, c.line * 0.7, o);
}

function ears(d: Doc, c: Char): void {
  const G = c.face;
  for (const side of [-1, 1]) {
    const x = CX + side * (G.w - 4);
    const y = G.eyeY + 16;
    const dd = p(
      'M',
      x,
      y - 30,
      'C',
      x + side * 30,
      y - 42,
      x + side * 34,
      y + 12,
      x + side * 8,
      y + 34,
      'Q',
      x - side * 2,
      y + 26,
      x,
      y + 18,
      'Z',
    );
    d.path(dd, c.skin.base, { stroke: INK, 'stroke-width': c.line });
    d.line(p('M', x + side * 8, y - 18, 'Q', x + side * 22, y - 14, x + side * 16, y + 10), c.skin.deep, c.line * 0.8, {
      'stroke-linecap': 'round',
      opacity: 0.8,
    });
  }
}

function neck(d: Doc, c: Char): void {
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
    p(
      'M',
      CX - nw,
      G.jawY - 20,
      'L',
      CX - nw - 3,
      B.shoulderY - 20,
      'L',
      CX + nw + 3,
      B.shoulderY - 20,
      'L',
      CX + nw,
      G.jawY - 20,
      'Z',
    ),
    fill,
    { stroke: INK, 'stroke-width': c.line },
  );
}

/** Draws the whole character in one expression. */
export function portrait(c: Char, e: Expression): string {
  const d = new Doc(W, H, 'p');
  const s = spec(c, e);
  const G = c.face;
  const F = c.f;
  const tf = c.scale === 1 ? undefined : `translate(${n(CX * (1 - c.scale))} ${n(H * (1 - c.scale))}) scale(${c.scale})`;
  d.open({ transform: tf, 'stroke-linejoin': 'round' });
  c.hairBack?.(d, c, e);
  neck(d, c);
  c.body(d, c, e);
  ears(d, c);
  const skinFill = d.radU(
    [
      [0, c.skin.light],
      [0.55, c.skin.base],
      [1, c.skin.shade],
    ],
    CX - G.w * 0.25,
    G.eyeY - 10,
    G.w * 1.6,
  );
  const fd = faceD(G);
  d.path(fd, skinFill, { stroke: INK, 'stroke-width': c.line });
  // soft shading along the jaw (light comes from the upper left)
  const faceClip = d.clip(`<path d="${fd}"/>`);
  d.open({ 'clip-path': faceClip });
  const side = d.linU(
    [
      [0, c.skin.shade, 0],
      [0.62, c.skin.shade, 0],
      [1, c.skin.deep, 0.55],
    ],
    CX - G.w,
    0,
    CX + G.w,
    0,
  );
  d.rect(CX - G.w, G.top, G.w * 2, G.chinY - G.top, side);
  const brim = d.linU(
    [
      [0, c.skin.deep, 0.5],
      [1, c.skin.deep, 0],
    ],
    0,
    G.top + 20,
    0,
    G.eyeY - c.f.eyeUp - 10,
  );
  d.rect(CX - G.w, G.top, G.w * 2, G.eyeY - G.top, brim);
  const chin = d.linU(
    [
      [0, c.skin.shade, 0],
      [1, c.skin.shade, 0.7],
    ],
    0,
    G.jawY,
    0,
    G.chinY,
  );
  d.rect(CX - G.w, G.jawY, G.w * 2, G.chinY - G.jawY, chin);
  d.close();
  const blush = Math.min(0.85, F.blush + s.blush);
  if (blush > 0) {
    const bf = d.rad([
      [0, '#ef8a86', 1],
      [1, '#ef8a86', 0],
    ]);
    for (const side of [-1, 1])
      d.ellipse(CX + side * F.eyeX * 1.12, G.eyeY + F.eyeLo + 34, F.eyeA * 1.5, F.eyeA * 0.8, bf, { opacity: n(blush) });
  }
  wrinkles(d, c);
  nose(d, c);
  eye(d, c, s, -1);
  eye(d, c, s, 1);
  c.facial?.(d, c, e);
  mouth(d, c, s);
  c.hairFront(d, c, e);
  brow(d, c, s, -1);
  brow(d, c, s, 1);
  c.over?.(d, c, e);
  if (s.tear) {
    const x = CX - F.eyeX - F.eyeA * 0.35;
    const y0 = G.eyeY + F.eyeLo + 6;
    d.line(p('M', x, y0, 'Q', x - 4, y0 + 30, x - 2, y0 + 52), '#cfe9fb', c.line * 1.3, {
      'stroke-linecap': 'round',
      opacity: 0.75,
    });
    d.path(drop(x - 2, y0 + 62, 1.1), '#dff1fc', { stroke: '#7fb2d6', 'stroke-width': 2 });
    d.circle(x - 4, y0 + 62, 2.2, '#ffffff');
    const x2 = CX + F.eyeX + F.eyeA * 0.45;
    d.line(p('M', x2, y0, 'Q', x2 + 3, y0 + 20, x2 + 1, y0 + 30), '#cfe9fb', c.line * 1.1, {
      'stroke-linecap': 'round',
      opacity: 0.6,
    });
  }
  if (s.sweat) {
    const x = CX + G.w - 26;
    const y = G.eyeY - F.eyeUp - F.browGap - 16;
    d.path(drop(x, y, 1.3), '#e4f3fd', { stroke: '#86b7d8', 'stroke-width': 2 });
    d.path(drop(x + 12, y + 40, 0.8), '#e4f3fd', { stroke: '#86b7d8', 'stroke-width': 1.6 });
  }
  d.close();
  return d.toString();
}

// ---------- hair builders ----------

/** A dome of hair over the head: the outer outline from the left side over the top to the right side. */
function dome(
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

function hairPath(outer: Pt[], fringe: Pt[], tension = 1): string {
  return smooth([...outer, ...fringe], true, tension);
}

function hairFill(d: Doc, c: Char, hair: string): string {
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

function sheen(d: Doc, c: Char, color: string, y: number, span = 0.55): void {
  const G = c.face;
  d.line(p('M', CX - G.w * span, y + 18, 'Q', CX - G.w * 0.15, y - 6, CX + G.w * 0.25, y), color, c.line * 2.2, {
    'stroke-linecap': 'round',
    opacity: 0.35,
  });
}

/** A tight perm: a cloud of small curls, outlined only on the outside. */
function perm(base: string, r0: number, seed: string, height = 1): Draw {
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
function tinted(c: Char, base: string): string {
  return c.hairTint ? mix(base, c.hairTint, 0.62) : base;
}

// ---------- clothes builders ----------

function torsoD(c: Char): string {
  const { neckW: nw, shoulderY: sy, shoulderW: sw } = c.build;
  const nb = sy - 50;
  return `${p(
    'M',
    CX - nw - 8,
    nb,
    'C',
    CX - nw - 50,
    nb + 22,
    CX - sw + 60,
    sy - 12,
    CX - sw + 16,
    sy + 18,
    'C',
    CX - sw - 8,
    sy + 34,
    CX - sw - 14,
    sy + 80,
    CX - sw - 16,
    sy + 140,
    'L',
    CX - sw - 24,
    H + 6,
    'L',
    CX + sw + 24,
    H + 6,
    'L',
    CX + sw + 16,
    sy + 140,
    'C',
    CX + sw + 14,
    sy + 80,
    CX + sw + 8,
    sy + 34,
    CX + sw - 16,
    sy + 18,
    'C',
    CX + sw - 60,
    sy - 12,
    CX + nw + 50,
    nb + 22,
    CX + nw + 8,
    nb,
  )}Z`;
}

function torso(d: Doc, c: Char, color: string): void {
  const { shoulderY: sy, shoulderW: sw } = c.build;
  const fill = d.linU(
    [
      [0, lighten(color, 0.12)],
      [0.55, color],
      [1, darken(color, 0.22)],
    ],
    CX - sw,
    sy,
    CX + sw,
    H,
  );
  d.path(torsoD(c), fill, { stroke: INK, 'stroke-width': c.line });
  // where the arms meet the body
  const dd =
    p('M', CX - sw + 42, sy + 150, 'Q', CX - sw + 30, sy + 250, CX - sw + 30, H) +
    p('M', CX + sw - 42, sy + 150, 'Q', CX + sw - 30, sy + 250, CX + sw - 30, H);
  d.line(dd, darken(color, 0.35), c.line * 0.9, { opacity: 0.6, 'stroke-linecap': 'round' });
}

function neckBase(c: Char): number {
  return c.build.shoulderY - 50;
}

function prisonUniform(num: string, color = '#7b97a6'): Draw {
  return (d, c) => {
    const nb = neckBase(c);
    const nw = c.build.neckW;
    const sw = c.build.shoulderW;
    const L = c.line;
    torso(d, c, color);
    // undershirt in the V
    d.poly([CX - nw - 8, nb - 2, CX, nb + 118, CX + nw + 8, nb - 2], '#ebe7dd', { stroke: INK, 'stroke-width': L });
    d.path(p('M', CX - nw + 2, nb - 6, 'Q', CX, nb + 34, CX + nw - 2, nb - 6, 'Z'), c.skin.shade, {
      stroke: INK,
      'stroke-width': L * 0.8,
    });
    // collar flaps
    const dark = darken(color, 0.18);
    for (const side of [-1, 1]) {
      d.poly(
        [
          CX + side * (nw + 10),
          nb - 10,
          CX + side * (nw + 58),
          nb + 18,
          CX + side * (nw + 36),
          nb + 78,
          CX + side * 3,
          nb + 124,
          CX + side * (nw + 6),
          nb - 2,
        ],
        dark,
        { stroke: INK, 'stroke-width': L },
      );
    }
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
      p(
        'M',
        CX - 44 - pw,
        py + 6,
        'L',
        CX - 44,
        py + 6,
        'M',
        CX - 44 - pw,
        py + 6,
        'L',
        CX - 44 - pw + 4,
        py + 96,
        'L',
        CX - 48,
        py + 96,
        'L',
        CX - 44,
        py + 6,
      ),
      darken(color, 0.3),
      L * 0.7,
      { opacity: 0.7 },
    );
  };
}

function suit(jacket: string, shirt: string, tie: string | null, pin?: string): Draw {
  return (d, c) => {
    const nb = neckBase(c);
    const nw = c.build.neckW;
    const L = c.line;
    torso(d, c, jacket);
    const vDepth = tie ? 190 : 150;
    d.poly([CX - nw - 10, nb - 4, CX, nb + vDepth, CX + nw + 10, nb - 4], shirt, { stroke: INK, 'stroke-width': L });
    if (tie) {
      d.poly([CX - 13, nb + 26, CX + 13, nb + 26, CX + 8, nb + 50, CX - 8, nb + 50], tie, {
        stroke: INK,
        'stroke-width': L * 0.8,
      });
      d.poly([CX - 8, nb + 50, CX + 8, nb + 50, CX + 18, nb + 170, CX, nb + 195, CX - 18, nb + 170], tie, {
        stroke: INK,
        'stroke-width': L * 0.8,
      });
    } else {
      d.path(p('M', CX - nw + 4, nb - 6, 'Q', CX, nb + 40, CX + nw - 4, nb - 6, 'Z'), c.skin.shade, {
        stroke: INK,
        'stroke-width': L * 0.8,
      });
    }
    // shirt collar points
    for (const side of [-1, 1]) {
      d.poly(
        [CX + side * (nw + 4), nb - 14, CX + side * 4, tie ? nb + 34 : nb + 44, CX + side * (nw - 2), nb + 52],
        lighten(shirt, 0.3),
        { stroke: INK, 'stroke-width': L * 0.8 },
      );
    }
    // lapels
    const lap = darken(jacket, 0.2);
    for (const side of [-1, 1]) {
      d.poly(
        [
          CX + side * (nw + 12),
          nb - 8,
          CX + side * (nw + 66),
          nb + 60,
          CX + side * (nw + 44),
          nb + 76,
          CX + side * (nw + 64),
          nb + 96,
          CX + side * 10,
          nb + vDepth + 20,
          CX + side * 2,
          nb + vDepth,
          CX + side * (nw + 10),
          nb - 4,
        ],
        lap,
        { stroke: INK, 'stroke-width': L },
      );
    }
    d.circle(CX - 4, nb + vDepth + 60, 7, darken(jacket, 0.45), { stroke: INK, 'stroke-width': L * 0.6 });
    if (pin) d.circle(CX + nw + 50, nb + 115, 8, pin, { stroke: INK, 'stroke-width': L * 0.6 });
  };
}

/** Yong-gu's own winter clothes: a padded jacket and a knitted scarf. */
function winterJacket(color: string, scarf: string): Draw {
  return (d, c) => {
    const nb = neckBase(c);
    const nw = c.build.neckW;
    const sw = c.build.shoulderW;
    const L = c.line;
    torso(d, c, color);
    let quilt = '';
    for (let y = nb + 110; y < H; y += 64) quilt += p('M', CX - sw - 10, y + 14, 'Q', CX, y - 14, CX + sw + 10, y + 14);
    d.line(quilt, darken(color, 0.35), 3, { opacity: 0.7 });
    d.line(p('M', CX + 4, nb + 40, 'V', H), darken(color, 0.45), L * 1.2);
    d.line(p('M', CX + 4, nb + 40, 'V', H), '#c9c4b8', 2, { 'stroke-dasharray': '4 5' });
    d.rect(CX - 2, nb + 150, 12, 26, '#c9c4b8', { rx: 3, stroke: INK, 'stroke-width': 1.5 });
    // the scarf wound round the neck, one end hanging
    d.path(
      p(
        'M',
        CX - nw - 30,
        nb - 30,
        'Q',
        CX,
        nb + 10,
        CX + nw + 30,
        nb - 30,
        'L',
        CX + nw + 38,
        nb + 20,
        'Q',
        CX,
        nb + 66,
        CX - nw - 38,
        nb + 20,
        'Z',
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
      p(
        'M',
        CX - 74,
        nb + 254,
        'l',
        -2,
        14,
        'M',
        CX - 58,
        nb + 256,
        'l',
        -1,
        14,
        'M',
        CX - 42,
        nb + 257,
        'l',
        0,
        14,
        'M',
        CX - 26,
        nb + 257,
        'l',
        1,
        14,
      ),
      scarf,
      4,
      { 'stroke-linecap': 'round' },
    );
  };
}

// ---------- the cast ----------

const SKIN = {
  warm: { base: '#f0c7a2', light: '#f9dcc0', shade: '#dca47f', deep: '#b57556' },
  child: { base: '#f6d2b4', light: '#fde6d2', shade: '#e6b08f', deep: '#c07e62' },
  tan: { base: '#dfae86', light: '#eec6a2', shade: '#c68e68', deep: '#9c6447' },
  pale: { base: '#f2d0b2', light: '#fae3cf', shade: '#ddae8e', deep: '#b88266' },
  old: { base: '#e7bf9d', light: '#f3d5ba', shade: '#cf9f7e', deep: '#a77257' },
};

const BLACK_HAIR = '#1f1a1e';

function baseFeatures(face: Face, over: Partial<Features>): Features {
  const h = face.chinY - face.eyeY;
  return {
    eyeX: face.w * 0.43,
    eyeA: 19,
    eyeUp: 11,
    eyeLo: 8,
    iris: 11.5,
    irisColor: '#4a2e22',
    lashes: false,
    crease: false,
    browT: 10,
    browLen: 54,
    browGap: 16,
    browColor: BLACK_HAIR,
    browArch: 5,
    mouthW: 26,
    mouthY: face.eyeY + h * 0.66,
    noseY: face.eyeY + h * 0.34,
    nose: 'adult',
    neutralCurve: 0,
    blush: 0,
    age: 0,
    ...over,
  };
}

function adultFace(over: Partial<Face> = {}): Face {
  return { top: 178, eyeY: 335, w: 112, jw: 94, jawY: 436, chinY: 486, chinW: 30, ...over };
}

function adultBuild(over: Partial<Build> = {}): Build {
  return { neckW: 46, shoulderY: 585, shoulderW: 225, ...over };
}

function mk(
  c: Omit<Char, 'f' | 'line' | 'sadMouth' | 'tear'> & {
    f?: Partial<Features>;
    line?: number;
    sadMouth?: Char['sadMouth'];
    tear?: boolean;
  },
): Char {
  return {
    ...c,
    line: c.line ?? 3.6,
    sadMouth: c.sadMouth ?? 'frown',
    tear: c.tear ?? false,
    f: baseFeatures(c.face, c.f ?? {}),
  };
}

function cap(color: string, badge: string, peak: string): Draw {
  return (d, c) => {
    const G = c.face;
    const L = c.line;
    const y0 = G.top + 58;
    // crown
    d.path(
      p(
        'M',
        CX - G.w - 18,
        y0,
        'C',
        CX - G.w - 30,
        G.top - 40,
        CX - 60,
        G.top - 70,
        CX,
        G.top - 72,
        'C',
        CX + 60,
        G.top - 70,
        CX + G.w + 30,
        G.top - 40,
        CX + G.w + 18,
        y0,
        'Z',
      ),
      d.linU(
        [
          [0, lighten(color, 0.15)],
          [1, darken(color, 0.2)],
        ],
        0,
        G.top - 70,
        0,
        y0,
      ),
      { stroke: INK, 'stroke-width': L },
    );
    // band
    d.path(
      p(
        'M',
        CX - G.w - 16,
        y0 - 26,
        'Q',
        CX,
        y0 - 38,
        CX + G.w + 16,
        y0 - 26,
        'L',
        CX + G.w + 18,
        y0,
        'Q',
        CX,
        y0 - 10,
        CX - G.w - 18,
        y0,
        'Z',
      ),
      darken(color, 0.35),
      { stroke: INK, 'stroke-width': L },
    );
    // peak
    d.path(
      p(
        'M',
        CX - G.w - 10,
        y0 - 4,
        'Q',
        CX,
        y0 - 16,
        CX + G.w + 10,
        y0 - 4,
        'Q',
        CX + G.w * 0.6,
        y0 + 34,
        CX,
        y0 + 36,
        'Q',
        CX - G.w * 0.6,
        y0 + 34,
        CX - G.w - 10,
        y0 - 4,
        'Z',
      ),
      peak,
      { stroke: INK, 'stroke-width': L },
    );
    d.line(p('M', CX - G.w * 0.6, y0 + 10, 'Q', CX, y0 + 2, CX + G.w * 0.6, y0 + 10), '#ffffff', 3, {
      opacity: 0.25,
      'stroke-linecap': 'round',
    });
    // badge
    d.path(
      p(
        'M',
        CX,
        G.top - 40,
        'L',
        CX + 20,
        G.top - 26,
        'L',
        CX + 14,
        G.top + 2,
        'L',
        CX - 14,
        G.top + 2,
        'L',
        CX - 20,
        G.top - 26,
        'Z',
      ),
      badge,
      { stroke: INK, 'stroke-width': L * 0.7 },
    );
    d.circle(CX, G.top - 19, 7, darken(badge, 0.3));
  };
}

function glasses(frame: string, shape: 'round' | 'rect', lens = '#dfe9f0'): Draw {
  return (d, c) => {
    const F = c.f;
    const y = c.face.eyeY + 2;
    const r = F.eyeA + 12;
    const L = c.line;
    let dd = '';
    for (const side of [-1, 1]) {
      const x = CX + side * F.eyeX;
      if (shape === 'round') d.circle(x, y, r, lens, { opacity: 0.18 });
      else d.rect(x - r - 3, y - r * 0.72, (r + 3) * 2, r * 1.45, lens, { opacity: 0.18, rx: 8 });
      if (shape === 'round') dd += p('M', x - r, y, 'a', r, r, 0, 1, 0, r * 2, 0, 'a', r, r, 0, 1, 0, -r * 2, 0);
      else
        dd += p(
          'M',
          x - r - 3,
          y - r * 0.72 + 8,
          'q',
          0,
          -8,
          8,
          -8,
          'h',
          r * 2 - 10,
          'q',
          8,
          0,
          8,
          8,
          'v',
          r * 1.45 - 16,
          'q',
          0,
          8,
          -8,
          8,
          'h',
          -r * 2 + 10,
          'q',
          -8,
          0,
          -8,
          -8,
          'z',
        );
      d.line(p('M', x + side * (r - 6) - 6, y - r * 0.5, 'l', 10, -6), '#ffffff', 3, { opacity: 0.6, 'stroke-linecap': 'round' });
    }
    dd += p('M', CX - F.eyeX + r, y - 2, 'Q', CX, y - 10, CX + F.eyeX - r, y - 2);
    dd += p(
      'M',
      CX - F.eyeX - r - 2,
      y - 4,
      'L',
      CX - c.face.w + 2,
      y - 10,
      'M',
      CX + F.eyeX + r + 2,
      y - 4,
      'L',
      CX + c.face.w - 2,
      y - 10,
    );
    d.line(dd, frame, L * 1.1);
  };
}

function stubble(color: string, opacity = 0.22): Draw {
  return (d, c) => {
    const G = c.face;
    const F = c.f;
    const shape = p(
      'M',
      CX - G.w + 6,
      F.noseY + 10,
      'C',
      CX - G.w + 10,
      G.jawY,
      CX - G.chinW - 30,
      G.chinY + 4,
      CX,
      G.chinY + 2,
      'C',
      CX + G.chinW + 30,
      G.chinY + 4,
      CX + G.w - 10,
      G.jawY,
      CX + G.w - 6,
      F.noseY + 10,
      'C',
      CX + G.w - 40,
      F.mouthY - 20,
      CX + F.mouthW + 30,
      F.mouthY + 20,
      CX,
      F.mouthY + 24,
      'C',
      CX - F.mouthW - 30,
      F.mouthY + 20,
      CX - G.w + 40,
      F.mouthY - 20,
      CX - G.w + 6,
      F.noseY + 10,
      'Z',
    );
    d.path(shape, color, { opacity });
    d.path(
      p(
        'M',
        CX - F.mouthW - 14,
        F.mouthY - 10,
        'Q',
        CX,
        F.mouthY - 32,
        CX + F.mouthW + 14,
        F.mouthY - 10,
        'Q',
        CX,
        F.mouthY - 16,
        CX - F.mouthW - 14,
        F.mouthY - 10,
        'Z',
      ),
      color,
      { opacity },
    );
  };
}

function moustache(color: string, kind: 'thin' | 'full' | 'neat'): Draw {
  return (d, c) => {
    const F = c.f;
    const y = F.mouthY * 0.55 + F.noseY * 0.45 + 2;
    const w = F.mouthW;
    if (kind === 'thin') {
      d.path(
        p(
          'M',
          CX,
          y - 4,
          'Q',
          CX - w * 0.8,
          y - 8,
          CX - w * 1.15,
          y + 4,
          'Q',
          CX - w * 0.7,
          y,
          CX,
          y + 2,
          'Q',
          CX + w * 0.7,
          y,
          CX + w * 1.15,
          y + 4,
          'Q',
          CX + w * 0.8,
          y - 8,
          CX,
          y - 4,
          'Z',
        ),
        color,
        { stroke: INK, 'stroke-width': c.line * 0.5 },
      );
    } else if (kind === 'neat') {
      d.path(
        p(
          'M',
          CX,
          y - 5,
          'Q',
          CX - 6,
          y - 10,
          CX - w * 0.6,
          y - 9,
          'Q',
          CX - w * 1.2,
          y - 6,
          CX - w * 1.4,
          y + 9,
          'Q',
          CX - w * 0.8,
          y + 3,
          CX,
          y + 4,
          'Q',
          CX + w * 0.8,
          y + 3,
          CX + w * 1.4,
          y + 9,
          'Q',
          CX + w * 1.2,
          y - 6,
          CX + w * 0.6,
          y - 9,
          'Q',
          CX + 6,
          y - 10,
          CX,
          y - 5,
          'Z',
        ),
        color,
        { stroke: INK, 'stroke-width': c.line * 0.6 },
      );
    } else {
      d.path(
        p(
          'M',
          CX,
          y - 12,
          'Q',
          CX - w * 1.1,
          y - 18,
          CX - w * 1.35,
          y + 12,
          'Q',
          CX - w * 0.6,
          y + 4,
          CX,
          y + 5,
          'Q',
          CX + w * 0.6,
          y + 4,
          CX + w * 1.35,
          y + 12,
          'Q',
          CX + w * 1.1,
          y - 18,
          CX,
          y - 12,
          'Z',
        ),
        color,
        { stroke: INK, 'stroke-width': c.line * 0.6 },
      );
    }
  };
}

function hairClip(x: number, y: number, s: number, color: string, rot: number): Draw {
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

const YELLOW = '#f4c430';

export function cast(): Char[] {
  const list: Char[] = [];

  // Lee Yong-gu: a round, open face, soft high brows, a warm half-smile at rest.
  {
    const face = adultFace({ top: 176, eyeY: 342, w: 122, jw: 106, jawY: 442, chinY: 492, chinW: 44 });
    list.push(
      mk({
        id: 'yonggu',
        label: 'Lee Yong-gu',
        scale: 1,
        skin: SKIN.warm,
        face,
        build: adultBuild({ neckW: 50, shoulderW: 222 }),
        f: {
          eyeX: 50,
          eyeA: 20,
          eyeUp: 13,
          eyeLo: 10,
          iris: 14,
          browT: 9,
          browLen: 48,
          browGap: 22,
          browArch: 7,
          mouthW: 27,
          neutralCurve: 4,
          blush: 0.22,
          nose: 'broad',
          noseY: 390,
          mouthY: 438,
        },
        happy: 'arc',
        tense: 'fear',
        sadMouth: 'wobble',
        tear: true,
        body: prisonUniform('3217'),
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 28, side: 14, sideY: G.eyeY - 6, bumps: 10 });
          const fy = G.top + 70;
          const fringe: Pt[] = [
            [CX + G.w + 4, G.eyeY - 30],
            [CX + G.w - 14, G.top + 60],
            [CX + G.w * 0.72, fy + 14],
            [CX + G.w * 0.55, fy - 6],
            [CX + G.w * 0.35, fy + 22],
            [CX + G.w * 0.15, fy - 2],
            [CX - G.w * 0.05, fy + 26],
            [CX - G.w * 0.25, fy + 2],
            [CX - G.w * 0.45, fy + 24],
            [CX - G.w * 0.62, fy + 2],
            [CX - G.w * 0.8, fy + 20],
            [CX - G.w + 10, G.top + 64],
            [CX - G.w - 4, G.eyeY - 30],
          ];
          d.path(hairPath(outer, fringe), hairFill(d, c, '#241d21'), { stroke: INK, 'stroke-width': c.line });
          // the cowlick
          d.path(
            p(
              'M',
              CX + 8,
              G.top - 22,
              'Q',
              CX + 4,
              G.top - 62,
              CX + 40,
              G.top - 66,
              'Q',
              CX + 22,
              G.top - 50,
              CX + 30,
              G.top - 24,
              'Z',
            ),
            '#241d21',
            { stroke: INK, 'stroke-width': c.line },
          );
          sheen(d, c, '#8c8fa8', G.top - 2);
        },
      }),
    );
  }

  // Yong-gu outside prison (chapter 1: the market, home, the arrest): the same man in his own winter clothes.
  {
    const yg = list.find((c) => c.id === 'yonggu');
    if (yg)
      list.push({
        ...yg,
        id: 'yonggu_home',
        label: 'Lee Yong-gu, own clothes (extra)',
        body: winterJacket('#3b5578', '#b5433f'),
      });
  }

  // Lee Ye-sung, six: bob with blunt bangs, the yellow clip, a red knit sweater.
  {
    const face: Face = { top: 250, eyeY: 430, w: 124, jw: 100, jawY: 505, chinY: 548, chinW: 42 };
    list.push(
      mk({
        id: 'yesung_child',
        label: 'Lee Ye-sung (1997)',
        scale: 0.78,
        skin: SKIN.child,
        face,
        build: { neckW: 34, shoulderY: 640, shoulderW: 168 },
        f: {
          eyeX: 50,
          eyeA: 20,
          eyeUp: 15,
          eyeLo: 12,
          iris: 15,
          irisColor: '#3d2419',
          lashes: true,
          browT: 7,
          browLen: 38,
          browGap: 26,
          browColor: '#2a1e20',
          browArch: 4,
          mouthW: 17,
          mouthY: 512,
          noseY: 478,
          nose: 'small',
          blush: 0.45,
        },
        happy: 'arc',
        tense: 'fear',
        sadMouth: 'wobble',
        tear: true,
        line: 4,
        hairBack: (d, c) => {
          const G = c.face;
          const o: Pt[] = [
            [CX - G.w - 26, G.chinY + 4],
            [CX - G.w - 36, G.eyeY],
            [CX - G.w * 0.8, G.top - 20],
            [CX, G.top - 38],
            [CX + G.w * 0.8, G.top - 20],
            [CX + G.w + 36, G.eyeY],
            [CX + G.w + 26, G.chinY + 4],
            [CX, G.chinY - 30],
          ];
          d.path(smooth(o), '#1e181c', { stroke: INK, 'stroke-width': c.line });
        },
        body: (d, c) => {
          const nb = neckBase(c);
          const L = c.line;
          torso(d, c, '#d2514a');
          // knit ribs
          let rib = '';
          for (let x = CX - 140; x <= CX + 140; x += 28) rib += p('M', x, nb + 120, 'L', x + (x - CX) * 0.04, H);
          d.line(rib, '#a63a36', 2.5, { opacity: 0.45 });
          // a round white collar
          for (const side of [-1, 1]) {
            d.path(
              p(
                'M',
                CX,
                nb + 6,
                'Q',
                CX + side * 20,
                nb + 64,
                CX + side * 70,
                nb + 50,
                'Q',
                CX + side * 88,
                nb + 20,
                CX + side * 50,
                nb - 8,
                'Z',
              ),
              '#faf4ea',
              { stroke: INK, 'stroke-width': L },
            );
          }
          d.circle(CX, nb + 36, 8, YELLOW, { stroke: INK, 'stroke-width': L * 0.7 });
        },
        hairFront: (d, c) => {
          const G = c.face;
          const fy = G.eyeY - 58;
          // bangs and side locks
          const pts: Pt[] = [
            [CX - G.w - 12, G.chinY - 8],
            [CX - G.w - 20, G.eyeY - 40],
            [CX - G.w * 0.75, G.top - 14],
            [CX, G.top - 34],
            [CX + G.w * 0.75, G.top - 14],
            [CX + G.w + 20, G.eyeY - 40],
            [CX + G.w + 12, G.chinY - 8],
            [CX + G.w - 12, G.chinY - 14],
            [CX + G.w - 14, G.eyeY - 6],
            [CX + G.w * 0.7, fy + 4],
            [CX + G.w * 0.35, fy + 10],
            [CX, fy + 12],
            [CX - G.w * 0.35, fy + 10],
            [CX - G.w * 0.7, fy + 4],
            [CX - G.w + 14, G.eyeY - 6],
            [CX - G.w + 12, G.chinY - 14],
          ];
          d.path(smooth(pts, true, 0.85), hairFill(d, c, '#221b1f'), { stroke: INK, 'stroke-width': c.line });
          let strands = '';
          for (const k of [-0.5, -0.15, 0.2, 0.55]) strands += p('M', CX + G.w * k, fy + 8, 'L', CX + G.w * k * 0.9, fy - 30);
          d.line(strands, '#46383f', 2.5, { opacity: 0.6, 'stroke-linecap': 'round' });
          sheen(d, c, '#9a9ab6', G.top + 4, 0.6);
        },
        over: (d, c) => hairClip(CX + c.face.w * 0.62, c.face.top + 34, 1.05, YELLOW, -22)(d, c, 'neutral'),
      }),
    );
  }

  // Lee Ye-sung, 2013: the same face grown up, long hair, a small yellow pin, a law trainee's suit.
  {
    const face = adultFace({ top: 200, eyeY: 352, w: 108, jw: 88, jawY: 438, chinY: 484, chinW: 28 });
    list.push(
      mk({
        id: 'yesung_adult',
        label: 'Lee Ye-sung (2013)',
        scale: 0.97,
        skin: SKIN.pale,
        face,
        build: adultBuild({ neckW: 34, shoulderW: 188, shoulderY: 592 }),
        f: {
          eyeX: 46,
          eyeA: 20,
          eyeUp: 13,
          eyeLo: 10,
          iris: 14,
          irisColor: '#3d2419',
          lashes: true,
          crease: true,
          browT: 7,
          browLen: 44,
          browGap: 20,
          browColor: '#2a1e20',
          browArch: 5,
          mouthW: 20,
          nose: 'small',
          noseY: 400,
          mouthY: 436,
          blush: 0.2,
          lips: '#d98a86',
          neutralCurve: 1,
        },
        happy: 'soft',
        tense: 'firm',
        tear: true,
        hairBack: (d, c) => {
          const G = c.face;
          const o: Pt[] = [
            [CX - G.w - 64, 606],
            [CX - G.w - 36, G.eyeY + 60],
            [CX - G.w - 28, G.eyeY - 40],
            [CX - G.w - 8, G.top + 30],
            [CX - G.w * 0.55, G.top - 18],
            [CX, G.top - 30],
            [CX + G.w * 0.55, G.top - 18],
            [CX + G.w + 8, G.top + 30],
            [CX + G.w + 28, G.eyeY - 40],
            [CX + G.w + 36, G.eyeY + 60],
            [CX + G.w + 64, 606],
            [CX + G.w - 10, 600],
            [CX, 570],
            [CX - G.w + 10, 600],
          ];
          d.path(smooth(o), '#1f181c', { stroke: INK, 'stroke-width': c.line });
        },
        body: suit('#2e3447', '#f4f1ea', null),
        hairFront: (d, c) => {
          const G = c.face;
          // a side-swept fringe (the child's bangs, grown out), locks falling to the collarbone
          const pts: Pt[] = [
            [CX - G.w - 58, 612],
            [CX - G.w - 28, G.eyeY + 50],
            [CX - G.w - 22, G.eyeY - 50],
            [CX - G.w - 4, G.top + 34],
            [CX - G.w * 0.55, G.top - 14],
            [CX - 10, G.top - 26],
            [CX + G.w * 0.55, G.top - 14],
            [CX + G.w + 6, G.top + 36],
            [CX + G.w + 20, G.eyeY - 60],
            [CX + G.w + 26, G.eyeY - 14],
            [CX + G.w + 8, G.eyeY - 16],
            [CX + G.w - 8, G.eyeY - 40],
            [CX + G.w * 0.55, G.eyeY - 66],
            [CX + G.w * 0.05, G.top + 76],
            [CX - G.w * 0.45, G.top + 66],
            [CX - G.w * 0.72, G.top + 44],
            [CX - G.w + 8, G.eyeY - 30],
            [CX - G.w + 4, G.eyeY + 30],
            [CX - G.w - 16, 596],
          ];
          d.path(smooth(pts, true, 0.9), hairFill(d, c, '#221a1e'), { stroke: INK, 'stroke-width': c.line });
          d.line(
            p(
              'M',
              CX - G.w * 0.72,
              G.top - 4,
              'Q',
              CX - G.w * 0.2,
              G.top + 20,
              CX + G.w * 0.55,
              G.eyeY - 70,
              'M',
              CX - G.w * 0.5,
              G.top + 10,
              'Q',
              CX,
              G.top + 40,
              CX + G.w * 0.3,
              G.top + 70,
            ),
            '#4a3c44',
            3,
            { opacity: 0.7, 'stroke-linecap': 'round' },
          );
          sheen(d, c, '#a9a6c2', G.top + 2, 0.5);
        },
        over: (d, c) => hairClip(CX + c.face.w * 0.62, c.face.top + 30, 0.68, YELLOW, -24)(d, c, 'neutral'),
      }),
    );
  }

  // So Yang-ho: the boss. Broad, a tight perm, a hard jaw, stubble.
  {
    const face = adultFace({ top: 172, eyeY: 332, w: 120, jw: 112, jawY: 438, chinY: 486, chinW: 46 });
    list.push(
      mk({
        id: 'yangho',
        label: 'So Yang-ho',
        scale: 1.02,
        skin: SKIN.tan,
        face,
        build: adultBuild({ neckW: 58, shoulderW: 246 }),
        f: {
          eyeA: 17,
          eyeUp: 9,
          eyeLo: 7,
          iris: 10.5,
          browT: 13,
          browLen: 56,
          browGap: 12,
          browArch: 3,
          mouthW: 30,
          nose: 'broad',
          noseY: 380,
          neutralCurve: -2,
          age: 0.3,
        },
        happy: 'open',
        tense: 'anger',
        facial: stubble('#3a2a25', 0.07),
        body: prisonUniform('1004'),
        hairFront: perm('#2a201f', 21, 'yangho-perm'),
        over: (d, c) => {
          // a small old scar through the left brow
          const x = CX + c.f.eyeX + 18;
          const y = c.face.eyeY - 40;
          d.line(p('M', x, y - 16, 'L', x - 10, y + 18), '#a46a55', 3.5, { 'stroke-linecap': 'round', opacity: 0.9 });
        },
      }),
    );
  }

  // Choi Chun-ho: lean and long-faced, hair slicked back, a thin moustache.
  {
    const face = adultFace({ top: 166, eyeY: 330, w: 100, jw: 80, jawY: 446, chinY: 500, chinW: 26 });
    list.push(
      mk({
        id: 'chunho',
        label: 'Choi Chun-ho',
        scale: 1,
        skin: SKIN.warm,
        face,
        build: adultBuild({ neckW: 40, shoulderW: 200 }),
        f: {
          eyeX: 42,
          eyeA: 17,
          eyeUp: 9,
          eyeLo: 7,
          iris: 10,
          browT: 8,
          browLen: 50,
          browGap: 15,
          browArch: 8,
          mouthW: 24,
          nose: 'long',
          noseY: 392,
          mouthY: 446,
          age: 0.25,
        },
        happy: 'open',
        tense: 'anger',
        facial: moustache('#2b2124', 'thin'),
        body: prisonUniform('2461'),
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 30, side: 8, sideY: G.eyeY - 20, bumps: 10, lift: -10 });
          const hl = G.top + 40;
          const fringe: Pt[] = [
            [CX + G.w - 2, G.eyeY - 28],
            [CX + G.w * 0.85, hl + 14],
            [CX + G.w * 0.4, hl - 2],
            [CX - G.w * 0.1, hl + 2],
            [CX - G.w * 0.35, hl - 4],
            [CX - G.w * 0.8, hl + 16],
            [CX - G.w + 2, G.eyeY - 28],
          ];
          d.path(hairPath(outer, fringe), hairFill(d, c, '#231b1f'), { stroke: INK, 'stroke-width': c.line });
          let comb = '';
          for (const k of [-0.6, -0.3, 0, 0.3, 0.6])
            comb += p('M', CX + G.w * k, hl + 2, 'Q', CX + G.w * k * 1.05, G.top - 10, CX + G.w * k * 0.6, G.top - 26);
          d.line(comb, '#6a6378', 2.5, { opacity: 0.55, 'stroke-linecap': 'round' });
          d.line(p('M', CX - G.w * 0.35, hl - 4, 'L', CX - G.w * 0.3, G.top - 28), INK, 2.5, { opacity: 0.7 });
        },
      }),
    );
  }

  // Kang Man-beom: the biggest man in the room. Shaved head, square jaw, thick neck.
  {
    const face = adultFace({ top: 170, eyeY: 330, w: 118, jw: 114, jawY: 446, chinY: 492, chinW: 56 });
    list.push(
      mk({
        id: 'manbeom',
        label: 'Kang Man-beom',
        scale: 1.05,
        skin: SKIN.tan,
        face,
        build: adultBuild({ neckW: 66, shoulderW: 268 }),
        f: {
          eyeA: 15,
          eyeUp: 8,
          eyeLo: 6,
          iris: 9.5,
          browT: 12,
          browLen: 50,
          browGap: 12,
          browArch: 2,
          mouthW: 28,
          nose: 'broad',
          noseY: 382,
          neutralCurve: -1.5,
        },
        happy: 'open',
        tense: 'anger',
        facial: stubble('#3a2a25', 0.12),
        body: prisonUniform('3182'),
        hairFront: (d, c) => {
          const G = c.face;
          // shaved: a shadow of stubble over the skull, and the shine of the head
          const shape = p(
            'M',
            CX - G.w + 2,
            G.eyeY - 36,
            'C',
            CX - G.w,
            G.top + 10,
            CX - G.w * 0.55,
            G.top,
            CX,
            G.top,
            'C',
            CX + G.w * 0.55,
            G.top,
            CX + G.w,
            G.top + 10,
            CX + G.w - 2,
            G.eyeY - 36,
            'Q',
            CX + G.w * 0.6,
            G.top + 50,
            CX,
            G.top + 44,
            'Q',
            CX - G.w * 0.6,
            G.top + 50,
            CX - G.w + 2,
            G.eyeY - 36,
            'Z',
          );
          d.path(shape, '#3a302e', { opacity: 0.45 });
          d.ellipse(CX - 36, G.top + 26, 34, 12, '#ffffff', {
            opacity: 0.3,
            transform: `rotate(-12 ${n(CX - 36)} ${n(G.top + 26)})`,
          });
          d.line(p('M', CX + 50, G.top + 20, 'q', 16, 8, 24, 26), '#9a6a52', 3.5, { opacity: 0.8, 'stroke-linecap': 'round' });
        },
      }),
    );
  }

  // Shin Bong-shik: the youngest, wiry, spiky hair, ears that stick out.
  {
    const face = adultFace({ top: 186, eyeY: 340, w: 104, jw: 86, jawY: 440, chinY: 486, chinW: 24 });
    list.push(
      mk({
        id: 'bongshik',
        label: 'Shin Bong-shik',
        scale: 0.97,
        skin: SKIN.warm,
        face,
        build: adultBuild({ neckW: 38, shoulderW: 196 }),
        f: {
          eyeX: 44,
          eyeA: 17,
          eyeUp: 11,
          eyeLo: 8,
          iris: 11,
          browT: 8,
          browLen: 44,
          browGap: 16,
          browArch: 6,
          mouthW: 26,
          nose: 'adult',
          noseY: 390,
          neutralCurve: 1.5,
        },
        happy: 'open',
        tense: 'fear',
        body: prisonUniform('2815'),
        hairFront: (d, c) => {
          const G = c.face;
          const base = G.top + 40;
          const spikes: Pt[] = [[CX - G.w - 8, G.eyeY - 24]];
          const k = 9;
          for (let i = 0; i <= k; i++) {
            const t = Math.PI - (Math.PI * i) / k;
            const rIn = 1;
            const rOut = 1.38;
            const cy = G.eyeY - 30;
            const rx = G.w + 8;
            const ry = cy - G.top + 20;
            spikes.push([CX + Math.cos(t) * rx * rIn, cy - Math.sin(t) * ry * rIn]);
            if (i < k) {
              const tm = t - Math.PI / k / 2;
              spikes.push([CX + Math.cos(tm) * rx * (rOut - 0.18), cy - Math.sin(tm) * ry * rOut]);
            }
          }
          spikes.push([CX + G.w + 8, G.eyeY - 24]);
          spikes.push(
            [CX + G.w - 8, base + 20],
            [CX + G.w * 0.55, base + 24],
            [CX + G.w * 0.4, base - 4],
            [CX + G.w * 0.15, base + 30],
            [CX - G.w * 0.05, base],
            [CX - G.w * 0.3, base + 32],
            [CX - G.w * 0.45, base + 2],
            [CX - G.w * 0.7, base + 24],
            [CX - G.w + 8, base + 20],
          );
          d.path(lines(spikes), hairFill(d, c, '#2a2022'), { stroke: INK, 'stroke-width': c.line, 'stroke-linejoin': 'round' });
          sheen(d, c, '#9a8fa0', G.top - 10, 0.5);
        },
        over: (d, c) => {
          // a plaster on the cheek
          const x = CX - c.f.eyeX - 14;
          const y = c.face.eyeY + 52;
          d.open({ transform: `rotate(-18 ${n(x)} ${n(y)})` });
          d.rect(x - 18, y - 8, 36, 16, '#f1dcc0', { rx: 5, stroke: INK, 'stroke-width': 2 });
          d.line(p('M', x - 5, y - 8, 'L', x - 5, y + 8, 'M', x + 5, y - 8, 'L', x + 5, y + 8), '#c9ad8e', 2);
          d.close();
        },
      }),
    );
  }

  // Old man Da-do: thin white hair around a bald crown, white beard, round glasses.
  {
    const face = adultFace({ top: 186, eyeY: 344, w: 106, jw: 88, jawY: 444, chinY: 490, chinW: 30 });
    list.push(
      mk({
        id: 'dado',
        label: 'Da-do',
        scale: 0.95,
        skin: SKIN.old,
        face,
        build: adultBuild({ neckW: 38, shoulderW: 190, shoulderY: 600 }),
        f: {
          eyeX: 44,
          eyeA: 15,
          eyeUp: 8,
          eyeLo: 6,
          iris: 9,
          browT: 11,
          browLen: 50,
          browGap: 14,
          browColor: '#e9e4de',
          browArch: 2,
          mouthW: 22,
          nose: 'adult',
          noseY: 392,
          neutralCurve: 1,
          age: 1,
        },
        happy: 'arc',
        tense: 'fear',
        hairBack: (d, c) => {
          const G = c.face;
          const band: Pt[] = [
            [CX - G.w - 8, G.eyeY + 24],
            [CX - G.w - 14, G.eyeY - 40],
            [CX - G.w + 10, G.top + 44],
            [CX, G.top + 14],
            [CX + G.w - 10, G.top + 44],
            [CX + G.w + 14, G.eyeY - 40],
            [CX + G.w + 8, G.eyeY + 24],
            [CX, G.eyeY + 10],
          ];
          d.path(smooth(band), '#d9d4ce', { stroke: INK, 'stroke-width': c.line });
        },
        body: prisonUniform('0913'),
        facial: (d, c) => {
          const G = c.face;
          const F = c.f;
          const beard = p(
            'M',
            CX - F.mouthW - 26,
            F.mouthY - 8,
            'Q',
            CX - G.jw + 10,
            G.jawY + 10,
            CX - 30,
            G.chinY + 46,
            'L',
            CX,
            G.chinY + 70,
            'L',
            CX + 30,
            G.chinY + 46,
            'Q',
            CX + G.jw - 10,
            G.jawY + 10,
            CX + F.mouthW + 26,
            F.mouthY - 8,
            'Q',
            CX + F.mouthW + 10,
            F.mouthY + 30,
            CX,
            F.mouthY + 28,
            'Q',
            CX - F.mouthW - 10,
            F.mouthY + 30,
            CX - F.mouthW - 26,
            F.mouthY - 8,
            'Z',
          );
          d.path(beard, '#ece8e2', { stroke: INK, 'stroke-width': c.line * 0.8 });
          d.line(p('M', CX - 10, F.mouthY + 40, 'l', -4, 30, 'M', CX + 12, F.mouthY + 38, 'l', 3, 28), '#c9c2ba', 2.5, {
            'stroke-linecap': 'round',
          });
          moustache('#efebe5', 'full')(d, c, 'neutral');
        },
        hairFront: (d, c) => {
          const G = c.face;
          for (const side of [-1, 1]) {
            const pts: Pt[] = [
              [CX + side * (G.w - 40), G.top + 32],
              [CX + side * (G.w + 2), G.top + 52],
              [CX + side * (G.w + 16), G.eyeY - 44],
              [CX + side * (G.w + 18), G.eyeY - 24],
              [CX + side * (G.w + 4), G.eyeY - 28],
              [CX + side * (G.w - 6), G.top + 72],
              [CX + side * (G.w - 26), G.top + 52],
            ];
            d.path(smooth(pts), '#ebe7e1', { stroke: INK, 'stroke-width': c.line });
          }
          d.line(
            p(
              'M',
              CX - 34,
              G.top + 6,
              'Q',
              CX - 10,
              G.top - 22,
              CX + 20,
              G.top - 12,
              'M',
              CX - 10,
              G.top + 4,
              'Q',
              CX + 6,
              G.top - 14,
              CX + 30,
              G.top - 2,
            ),
            '#e4e0da',
            3.5,
            { 'stroke-linecap': 'round' },
          );
          d.ellipse(CX - 30, G.top + 30, 30, 11, '#ffffff', {
            opacity: 0.35,
            transform: `rotate(-14 ${n(CX - 30)} ${n(G.top + 30)})`,
          });
        },
        over: glasses('#5a4636', 'round'),
      }),
    );
  }

  // Jang Min-hwan, the warden: older, greying, a neat moustache, a dark uniform with gold.
  {
    const face = adultFace({ top: 180, eyeY: 338, w: 108, jw: 96, jawY: 444, chinY: 490, chinW: 34 });
    list.push(
      mk({
        id: 'warden',
        label: 'Jang Min-hwan',
        scale: 1,
        skin: SKIN.warm,
        face,
        build: adultBuild({ neckW: 46, shoulderW: 226 }),
        f: {
          eyeA: 16,
          eyeUp: 9,
          eyeLo: 7,
          iris: 10,
          browT: 10,
          browLen: 52,
          browGap: 13,
          browColor: '#3c3537',
          browArch: 3,
          mouthW: 25,
          nose: 'adult',
          noseY: 386,
          age: 0.6,
        },
        happy: 'soft',
        tense: 'anger',
        sadMouth: 'frown',
        facial: moustache('#3f393b', 'neat'),
        body: (d, c) => {
          const nb = neckBase(c);
          suit('#2c3a3a', '#cfd9df', '#22292c')(d, c, 'neutral');
          const sw = c.build.shoulderW;
          // shoulder boards with gold bars
          for (const side of [-1, 1]) {
            const x = CX + side * (sw - 62);
            d.open({ transform: `rotate(${side * 14} ${n(x)} ${n(nb + 34)})` });
            d.rect(x - 42, nb + 22, 84, 26, '#1f2a2a', { rx: 6, stroke: INK, 'stroke-width': c.line * 0.8 });
            d.rect(x - 30, nb + 30, 60, 5, '#d8b45a');
            d.rect(x - 30, nb + 38, 60, 5, '#d8b45a');
            d.close();
          }
          // badge and name plate
          d.path(
            p(
              'M',
              CX - 120,
              nb + 130,
              'L',
              CX - 96,
              nb + 120,
              'L',
              CX - 72,
              nb + 130,
              'L',
              CX - 76,
              nb + 162,
              'L',
              CX - 96,
              nb + 174,
              'L',
              CX - 116,
              nb + 162,
              'Z',
            ),
            '#d8b45a',
            { stroke: INK, 'stroke-width': c.line * 0.7 },
          );
          d.circle(CX - 96, nb + 146, 9, '#9b7a2f');
          d.rect(CX + 70, nb + 150, 84, 20, '#e9e4d6', { rx: 3, stroke: INK, 'stroke-width': c.line * 0.6 });
          for (let i = 0; i < 2; i++)
            d.circle(CX - 4, nb + 270 + i * 90, 7, '#d8b45a', { stroke: INK, 'stroke-width': c.line * 0.5 });
        },
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 18, side: 12, sideY: G.eyeY - 4, bumps: 10 });
          const hl = G.top + 44;
          const fringe: Pt[] = [
            [CX + G.w - 2, G.eyeY - 26],
            [CX + G.w * 0.85, hl + 10],
            [CX + G.w * 0.3, hl - 6],
            [CX - G.w * 0.25, hl + 4],
            [CX - G.w * 0.5, hl + 16],
            [CX - G.w * 0.85, hl + 12],
            [CX - G.w + 2, G.eyeY - 26],
          ];
          const grey = d.linU(
            [
              [0, '#c2bdbd'],
              [0.18, '#a29c9e'],
              [0.36, tinted(c, '#57504f')],
              [0.64, tinted(c, '#4a4345')],
              [0.82, '#a29c9e'],
              [1, '#c2bdbd'],
            ],
            CX - G.w - 10,
            0,
            CX + G.w + 10,
            0,
          );
          d.path(hairPath(outer, fringe), grey, { stroke: INK, 'stroke-width': c.line });
          d.line(p('M', CX - G.w * 0.5, hl + 14, 'Q', CX - G.w * 0.2, G.top, CX + G.w * 0.4, G.top - 8), '#8d8790', 3, {
            opacity: 0.6,
            'stroke-linecap': 'round',
          });
        },
      }),
    );
  }

  // The police commissioner: a long dark coat, collar up, hair slicked back from a hard brow.
  {
    const face = adultFace({ top: 170, eyeY: 332, w: 104, jw: 92, jawY: 446, chinY: 494, chinW: 30 });
    list.push(
      mk({
        id: 'commissioner',
        label: 'The Commissioner',
        scale: 1.03,
        skin: SKIN.pale,
        face,
        build: adultBuild({ neckW: 44, shoulderW: 236 }),
        f: {
          eyeX: 44,
          eyeA: 17,
          eyeUp: 7,
          eyeLo: 6,
          iris: 9.5,
          irisColor: '#2e211c',
          browT: 11,
          browLen: 54,
          browGap: 9,
          browArch: 1,
          mouthW: 25,
          nose: 'long',
          noseY: 390,
          neutralCurve: -3,
          age: 0.45,
        },
        happy: 'smirk',
        tense: 'anger',
        body: (d, c) => {
          const nb = neckBase(c);
          const nw = c.build.neckW;
          const L = c.line;
          torso(d, c, '#26262e');
          d.poly([CX - nw - 6, nb - 8, CX, nb + 170, CX + nw + 6, nb - 8], '#e9e7e2', { stroke: INK, 'stroke-width': L });
          d.poly([CX - 12, nb + 20, CX + 12, nb + 20, CX + 7, nb + 44, CX - 7, nb + 44], '#17171c', {
            stroke: INK,
            'stroke-width': L * 0.8,
          });
          d.poly([CX - 7, nb + 44, CX + 7, nb + 44, CX + 16, nb + 160, CX, nb + 180, CX - 16, nb + 160], '#17171c', {
            stroke: INK,
            'stroke-width': L * 0.8,
          });
          // the collar turned up against the cold
          for (const side of [-1, 1]) {
            d.poly(
              [
                CX + side * (nw + 4),
                nb - 70,
                CX + side * (nw + 54),
                nb - 30,
                CX + side * (nw + 96),
                nb + 70,
                CX + side * (nw + 60),
                nb + 92,
                CX + side * (nw + 84),
                nb + 130,
                CX + side * 14,
                nb + 250,
                CX + side * 6,
                nb + 170,
                CX + side * (nw + 8),
                nb - 8,
              ],
              '#1c1c23',
              { stroke: INK, 'stroke-width': L },
            );
          }
          d.line(
            p('M', CX - nw - 30, nb - 40, 'L', CX - nw - 70, nb + 60, 'M', CX + nw + 30, nb - 40, 'L', CX + nw + 70, nb + 60),
            '#4a4a58',
            2.5,
            { opacity: 0.8 },
          );
          for (let i = 0; i < 2; i++)
            d.circle(CX - 70, nb + 300 + i * 90, 8, '#121216', { stroke: '#4a4a58', 'stroke-width': 2 });
        },
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 24, side: 6, sideY: G.eyeY - 30, bumps: 10, lift: -10 });
          const hl = G.top + 36;
          const fringe: Pt[] = [
            [CX + G.w - 2, G.eyeY - 40],
            [CX + G.w * 0.85, hl + 18],
            [CX + G.w * 0.5, hl + 6],
            [CX, hl + 20],
            [CX - G.w * 0.5, hl + 6],
            [CX - G.w * 0.85, hl + 18],
            [CX - G.w + 2, G.eyeY - 40],
          ];
          d.path(hairPath(outer, fringe), hairFill(d, c, '#17141a'), { stroke: INK, 'stroke-width': c.line });
          let comb = '';
          for (const k of [-0.55, -0.2, 0.15, 0.5])
            comb += p('M', CX + G.w * k, hl + 8, 'Q', CX + G.w * k * 1.1, G.top, CX + G.w * k * 0.7, G.top - 20);
          d.line(comb, '#5e5a6e', 2.5, { opacity: 0.6 });
          for (const side of [-1, 1])
            d.path(
              p(
                'M',
                CX + side * (G.w + 4),
                G.eyeY - 32,
                'Q',
                CX + side * (G.w + 6),
                G.top + 50,
                CX + side * (G.w - 16),
                G.top + 40,
                'Q',
                CX + side * (G.w - 4),
                G.top + 70,
                CX + side * (G.w - 2),
                G.eyeY - 34,
                'Z',
              ),
              '#6f6a70',
              { opacity: 0.8 },
            );
        },
        over: (d, c) => {
          // hard lines between the brows
          const y = c.face.eyeY - c.f.eyeUp - c.f.browGap + 4;
          d.line(p('M', CX - 6, y, 'L', CX - 4, y + 18, 'M', CX + 6, y, 'L', CX + 4, y + 18), c.skin.deep, 2.5, {
            opacity: 0.7,
            'stroke-linecap': 'round',
          });
        },
      }),
    );
  }

  // The judge: grey hair, a side part, thin rectangular glasses, a black robe.
  {
    const face = adultFace({ top: 182, eyeY: 340, w: 108, jw: 92, jawY: 442, chinY: 490, chinW: 32 });
    list.push(
      mk({
        id: 'judge',
        label: 'The Judge',
        scale: 1,
        skin: SKIN.old,
        face,
        build: adultBuild({ neckW: 44, shoulderW: 232 }),
        f: {
          eyeA: 16,
          eyeUp: 9,
          eyeLo: 7,
          iris: 10,
          browT: 9,
          browLen: 50,
          browGap: 16,
          browColor: '#7b7575',
          browArch: 3,
          mouthW: 24,
          nose: 'adult',
          noseY: 390,
          age: 0.7,
        },
        happy: 'soft',
        tense: 'firm',
        body: (d, c) => {
          const nb = neckBase(c);
          const nw = c.build.neckW;
          const L = c.line;
          torso(d, c, '#1d1c22');
          d.poly([CX - nw - 8, nb - 6, CX, nb + 150, CX + nw + 8, nb - 6], '#f2efe8', { stroke: INK, 'stroke-width': L });
          d.poly([CX - 11, nb + 22, CX + 11, nb + 22, CX + 7, nb + 42, CX - 7, nb + 42], '#3c3a52', {
            stroke: INK,
            'stroke-width': L * 0.8,
          });
          d.poly([CX - 7, nb + 42, CX + 7, nb + 42, CX + 14, nb + 140, CX, nb + 160, CX - 14, nb + 140], '#3c3a52', {
            stroke: INK,
            'stroke-width': L * 0.8,
          });
          // the robe's wide band, deep violet, down the front
          for (const side of [-1, 1]) {
            d.poly(
              [
                CX + side * (nw + 8),
                nb - 10,
                CX + side * (nw + 52),
                nb - 2,
                CX + side * 44,
                nb + 230,
                CX + side * 40,
                H + 6,
                CX + side * 4,
                H + 6,
                CX + side * 4,
                nb + 160,
                CX + side * (nw + 6),
                nb - 4,
              ],
              '#43305a',
              { stroke: INK, 'stroke-width': L },
            );
          }
          d.line(
            p(
              'M',
              CX - 130,
              nb + 200,
              'Q',
              CX - 140,
              nb + 300,
              CX - 150,
              H,
              'M',
              CX + 130,
              nb + 200,
              'Q',
              CX + 140,
              nb + 300,
              CX + 150,
              H,
            ),
            '#3a3944',
            3,
            { opacity: 0.8 },
          );
          d.circle(CX - 120, nb + 120, 12, '#c9a24a', { stroke: INK, 'stroke-width': L * 0.6 });
        },
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 20, side: 8, sideY: G.eyeY - 20, bumps: 10 });
          const hl = G.top + 46;
          const fringe: Pt[] = [
            [CX + G.w - 2, G.eyeY - 28],
            [CX + G.w * 0.85, hl + 10],
            [CX + G.w * 0.2, hl - 10],
            [CX - G.w * 0.35, hl - 2],
            [CX - G.w * 0.42, hl - 20],
            [CX - G.w * 0.85, hl + 16],
            [CX - G.w + 2, G.eyeY - 28],
          ];
          d.path(hairPath(outer, fringe), hairFill(d, c, '#8f8a8c'), { stroke: INK, 'stroke-width': c.line });
          d.line(p('M', CX - G.w * 0.42, hl - 18, 'Q', CX - G.w * 0.4, G.top, CX - G.w * 0.3, G.top - 18), '#5d585c', 3, {
            'stroke-linecap': 'round',
          });
          d.line(p('M', CX - G.w * 0.2, G.top + 10, 'Q', CX + G.w * 0.2, G.top - 10, CX + G.w * 0.7, G.top + 20), '#c9c5c6', 4, {
            opacity: 0.7,
            'stroke-linecap': 'round',
          });
        },
        over: glasses('#3a3440', 'rect'),
      }),
    );
  }

  // The prosecutor: sharp parting, a sharp suit, a red tie.
  {
    const face = adultFace({ top: 178, eyeY: 336, w: 104, jw: 90, jawY: 442, chinY: 488, chinW: 28 });
    list.push(
      mk({
        id: 'prosecutor',
        label: 'The Prosecutor',
        scale: 1,
        skin: SKIN.pale,
        face,
        build: adultBuild({ neckW: 42, shoulderW: 218 }),
        f: {
          eyeX: 44,
          eyeA: 17,
          eyeUp: 9,
          eyeLo: 7,
          iris: 10.5,
          browT: 9,
          browLen: 52,
          browGap: 12,
          browArch: 6,
          mouthW: 23,
          nose: 'long',
          noseY: 388,
          neutralCurve: -1,
        },
        happy: 'smirk',
        tense: 'anger',
        body: suit('#22262f', '#f1f2f4', '#8e2230'),
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 26, side: 8, sideY: G.eyeY - 26, bumps: 10 });
          const hl = G.top + 48;
          const fringe: Pt[] = [
            [CX + G.w - 2, G.eyeY - 30],
            [CX + G.w * 0.85, hl + 8],
            [CX + G.w * 0.3, hl - 12],
            [CX - G.w * 0.2, hl - 4],
            [CX - G.w * 0.4, hl + 8],
            [CX - G.w * 0.45, hl - 18],
            [CX - G.w * 0.85, hl + 14],
            [CX - G.w + 2, G.eyeY - 30],
          ];
          d.path(hairPath(outer, fringe), hairFill(d, c, '#1c181c'), { stroke: INK, 'stroke-width': c.line });
          d.line(p('M', CX - G.w * 0.45, hl - 16, 'Q', CX - G.w * 0.45, G.top + 4, CX - G.w * 0.35, G.top - 24), '#5e5668', 3, {
            'stroke-linecap': 'round',
          });
          sheen(d, c, '#7d7890', G.top - 6, 0.3);
        },
      }),
    );
  }

  // The detective: a rumpled brown jacket, loosened tie, untidy hair, stubble.
  {
    const face = adultFace({ top: 178, eyeY: 338, w: 112, jw: 100, jawY: 444, chinY: 490, chinW: 38 });
    list.push(
      mk({
        id: 'detective',
        label: 'The Detective',
        scale: 1,
        skin: SKIN.tan,
        face,
        build: adultBuild({ neckW: 48, shoulderW: 230 }),
        f: {
          eyeA: 16,
          eyeUp: 8,
          eyeLo: 8,
          iris: 10,
          browT: 11,
          browLen: 52,
          browGap: 12,
          browArch: 2,
          mouthW: 26,
          nose: 'broad',
          noseY: 384,
          neutralCurve: -1.5,
          age: 0.4,
        },
        happy: 'smirk',
        tense: 'anger',
        facial: stubble('#34261f', 0.15),
        body: (d, c) => {
          const nb = neckBase(c);
          const nw = c.build.neckW;
          const L = c.line;
          torso(d, c, '#6e4d33');
          d.poly([CX - nw - 10, nb - 4, CX, nb + 180, CX + nw + 10, nb - 4], '#d9d6cb', { stroke: INK, 'stroke-width': L });
          // a loosened tie, pulled to one side
          d.poly([CX - 4, nb + 40, CX + 20, nb + 42, CX + 14, nb + 64, CX - 2, nb + 62], '#3b4a5c', {
            stroke: INK,
            'stroke-width': L * 0.8,
          });
          d.poly([CX - 2, nb + 62, CX + 14, nb + 64, CX + 22, nb + 170, CX + 6, nb + 190, CX - 6, nb + 168], '#3b4a5c', {
            stroke: INK,
            'stroke-width': L * 0.8,
          });
          for (const side of [-1, 1])
            d.poly([CX + side * (nw + 6), nb - 12, CX + side * 18, nb + 32, CX + side * (nw + 2), nb + 48], '#ecebe4', {
              stroke: INK,
              'stroke-width': L * 0.8,
            });
          for (const side of [-1, 1]) {
            d.poly(
              [
                CX + side * (nw + 12),
                nb - 8,
                CX + side * (nw + 72),
                nb + 70,
                CX + side * (nw + 50),
                nb + 86,
                CX + side * (nw + 66),
                nb + 110,
                CX + side * 12,
                nb + 220,
                CX + side * 4,
                nb + 180,
                CX + side * (nw + 10),
                nb - 4,
              ],
              '#5a3d27',
              { stroke: INK, 'stroke-width': L },
            );
          }
          d.line(p('M', CX - 150, nb + 150, 'q', 20, 30, 10, 70, 'M', CX + 140, nb + 190, 'q', -16, 30, -4, 60), '#4a321f', 3, {
            opacity: 0.7,
          });
        },
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 30, side: 12, sideY: G.eyeY - 10, bumps: 12, wobble: 8 });
          const fy = G.top + 56;
          const fringe: Pt[] = [
            [CX + G.w + 2, G.eyeY - 20],
            [CX + G.w * 0.9, fy + 10],
            [CX + G.w * 0.6, fy + 30],
            [CX + G.w * 0.45, fy - 4],
            [CX + G.w * 0.15, fy + 20],
            [CX - G.w * 0.1, fy - 6],
            [CX - G.w * 0.4, fy + 34],
            [CX - G.w * 0.55, fy + 2],
            [CX - G.w * 0.85, fy + 18],
            [CX - G.w - 2, G.eyeY - 20],
          ];
          d.path(hairPath(outer, fringe), hairFill(d, c, '#2b211e'), { stroke: INK, 'stroke-width': c.line });
          sheen(d, c, '#8a7d78', G.top - 4, 0.45);
        },
      }),
    );
  }

  // A prison guard: young, a peaked cap, a blue-grey uniform shirt.
  {
    const face = adultFace({ top: 186, eyeY: 342, w: 106, jw: 92, jawY: 442, chinY: 488, chinW: 30 });
    list.push(
      mk({
        id: 'guard',
        label: 'A Guard',
        scale: 0.99,
        skin: SKIN.warm,
        face,
        build: adultBuild({ neckW: 44, shoulderW: 220 }),
        f: {
          eyeX: 44,
          eyeA: 17,
          eyeUp: 10,
          eyeLo: 8,
          iris: 11,
          browT: 9,
          browLen: 46,
          browGap: 12,
          browArch: 4,
          mouthW: 23,
          nose: 'adult',
          noseY: 392,
        },
        happy: 'open',
        tense: 'anger',
        body: (d, c) => {
          const nb = neckBase(c);
          const nw = c.build.neckW;
          const sw = c.build.shoulderW;
          const L = c.line;
          torso(d, c, '#5f7a94');
          d.poly([CX - nw - 8, nb - 4, CX, nb + 70, CX + nw + 8, nb - 4], '#23303f', { stroke: INK, 'stroke-width': L });
          for (const side of [-1, 1])
            d.poly(
              [
                CX + side * (nw + 10),
                nb - 14,
                CX + side * (nw + 46),
                nb + 20,
                CX + side * 6,
                nb + 76,
                CX + side * (nw + 4),
                nb - 2,
              ],
              '#6d89a4',
              { stroke: INK, 'stroke-width': L },
            );
          d.line(p('M', CX, nb + 74, 'L', CX, H), '#41576c', L);
          for (let i = 0; i < 3; i++) d.circle(CX - 8, nb + 110 + i * 90, 6, '#d7dde3', { stroke: INK, 'stroke-width': L * 0.5 });
          // pocket flaps and epaulettes
          for (const side of [-1, 1]) {
            d.path(
              p(
                'M',
                CX + side * 36,
                nb + 130,
                'L',
                CX + side * 136,
                nb + 130,
                'L',
                CX + side * 132,
                nb + 160,
                'L',
                CX + side * 86,
                nb + 170,
                'L',
                CX + side * 40,
                nb + 160,
                'Z',
              ),
              '#56708a',
              { stroke: INK, 'stroke-width': L * 0.8 },
            );
            const x = CX + side * (sw - 60);
            d.open({ transform: `rotate(${side * 15} ${n(x)} ${n(nb + 34)})` });
            d.rect(x - 40, nb + 22, 80, 22, '#23303f', { rx: 5, stroke: INK, 'stroke-width': L * 0.8 });
            d.close();
          }
          d.path(
            p(
              'M',
              CX - 100,
              nb + 100,
              'L',
              CX - 76,
              nb + 92,
              'L',
              CX - 56,
              nb + 100,
              'L',
              CX - 60,
              nb + 122,
              'L',
              CX - 78,
              nb + 130,
              'L',
              CX - 96,
              nb + 122,
              'Z',
            ),
            '#c9a54f',
            { stroke: INK, 'stroke-width': L * 0.6 },
          );
        },
        hairFront: (d, c) => {
          const G = c.face;
          for (const side of [-1, 1])
            d.path(
              p(
                'M',
                CX + side * (G.w + 4),
                G.top + 70,
                'Q',
                CX + side * (G.w + 8),
                G.eyeY - 10,
                CX + side * (G.w - 2),
                G.eyeY - 18,
                'L',
                CX + side * (G.w - 16),
                G.top + 70,
                'Z',
              ),
              '#221c20',
              { stroke: INK, 'stroke-width': c.line * 0.8 },
            );
        },
        over: cap('#26344a', '#d2ad55', '#141a24'),
      }),
    );
  }

  // The choir teacher: kind, hair tied low and brought over one shoulder, a mustard cardigan.
  {
    const face = adultFace({ top: 196, eyeY: 350, w: 102, jw: 84, jawY: 440, chinY: 484, chinW: 26 });
    list.push(
      mk({
        id: 'teacher',
        label: 'The Choir Teacher',
        scale: 0.96,
        skin: SKIN.pale,
        face,
        build: adultBuild({ neckW: 34, shoulderW: 186, shoulderY: 592 }),
        f: {
          eyeX: 43,
          eyeA: 18,
          eyeUp: 11,
          eyeLo: 9,
          iris: 12,
          lashes: true,
          crease: true,
          browT: 7,
          browLen: 44,
          browGap: 20,
          browColor: '#3b2a26',
          browArch: 6,
          mouthW: 21,
          nose: 'small',
          noseY: 398,
          mouthY: 434,
          neutralCurve: 2.5,
          blush: 0.2,
          lips: '#d47c78',
        },
        happy: 'arc',
        tense: 'fear',
        hairBack: (d, c) => {
          const o = dome(c, { puff: 30, side: 24, sideY: c.face.eyeY + 60, bumps: 10 });
          d.path(smooth(o), '#3a2620', { stroke: INK, 'stroke-width': c.line });
        },
        body: (d, c) => {
          const nb = neckBase(c);
          const nw = c.build.neckW;
          const L = c.line;
          torso(d, c, '#d19a3f');
          d.poly([CX - nw - 10, nb - 4, CX, nb + 160, CX + nw + 10, nb - 4], '#f6efe0', { stroke: INK, 'stroke-width': L });
          d.path(p('M', CX - nw + 2, nb - 6, 'Q', CX, nb + 36, CX + nw - 2, nb - 6, 'Z'), c.skin.shade, {
            stroke: INK,
            'stroke-width': L * 0.8,
          });
          // a thin pendant
          d.line(p('M', CX - nw + 4, nb + 2, 'Q', CX, nb + 70, CX + nw - 4, nb + 2), '#b8914a', 2);
          d.circle(CX, nb + 56, 6, '#e6c46a', { stroke: INK, 'stroke-width': 1.5 });
          for (const side of [-1, 1])
            d.line(
              p('M', CX + side * (nw + 12), nb - 4, 'L', CX + side * 6, nb + 170, 'L', CX + side * 6, H),
              '#b07e2c',
              L * 1.2,
            );
          for (let i = 0; i < 3; i++)
            d.circle(CX - 14, nb + 200 + i * 70, 6, '#f3e6c8', { stroke: INK, 'stroke-width': L * 0.5 });
          let rib = '';
          for (let x = CX - 170; x <= CX + 170; x += 34)
            if (Math.abs(x - CX) > 30) rib += p('M', x, nb + 200, 'L', x + (x - CX) * 0.05, H);
          d.line(rib, '#b07e2c', 2, { opacity: 0.35 });
        },
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 30, side: 16, sideY: G.eyeY + 20, bumps: 10 });
          const fringe: Pt[] = [
            [CX + G.w + 2, G.eyeY + 10],
            [CX + G.w - 6, G.eyeY - 40],
            [CX + G.w * 0.5, G.top + 40],
            [CX - G.w * 0.1, G.top + 36],
            [CX - G.w * 0.55, G.top + 64],
            [CX - G.w * 0.85, G.eyeY - 40],
            [CX - G.w + 2, G.eyeY + 10],
          ];
          d.path(hairPath(outer, fringe), hairFill(d, c, '#3a2620'), { stroke: INK, 'stroke-width': c.line });
          // the low ponytail over her right shoulder (the viewer's left)
          const tail: Pt[] = [
            [CX - G.w + 4, G.jawY - 6],
            [CX - G.w - 34, G.chinY + 40],
            [CX - G.w - 30, 640],
            [CX - G.w + 6, 720],
            [CX - G.w + 20, 650],
            [CX - G.w + 14, G.chinY + 30],
          ];
          d.path(smooth(tail), hairFill(d, c, '#3a2620'), { stroke: INK, 'stroke-width': c.line });
          d.rect(CX - G.w - 26, G.chinY + 22, 40, 16, '#b5433f', {
            rx: 7,
            stroke: INK,
            'stroke-width': 2.5,
            transform: `rotate(-20 ${n(CX - G.w - 6)} ${n(G.chinY + 30)})`,
          });
          sheen(d, c, '#8a6a60', G.top + 4, 0.45);
        },
      }),
    );
  }

  // The shopkeeper: middle-aged, a knitted cap and a quilted vest for a cold stall.
  {
    const face = adultFace({ top: 186, eyeY: 342, w: 116, jw: 104, jawY: 446, chinY: 492, chinW: 40 });
    list.push(
      mk({
        id: 'shopkeeper',
        label: 'The Shopkeeper',
        scale: 0.98,
        skin: SKIN.warm,
        face,
        build: adultBuild({ neckW: 50, shoulderW: 232 }),
        f: {
          eyeA: 16,
          eyeUp: 9,
          eyeLo: 7,
          iris: 10,
          browT: 10,
          browLen: 46,
          browGap: 16,
          browArch: 5,
          mouthW: 26,
          nose: 'broad',
          noseY: 390,
          neutralCurve: 1,
          blush: 0.28,
          age: 0.45,
        },
        happy: 'arc',
        tense: 'anger',
        body: (d, c) => {
          const nb = neckBase(c);
          const nw = c.build.neckW;
          const sw = c.build.shoulderW;
          const L = c.line;
          torso(d, c, '#7c7470');
          // turtleneck
          d.path(
            p(
              'M',
              CX - nw - 6,
              nb - 40,
              'L',
              CX - nw - 10,
              nb + 6,
              'Q',
              CX,
              nb + 26,
              CX + nw + 10,
              nb + 6,
              'L',
              CX + nw + 6,
              nb - 40,
              'Q',
              CX,
              nb - 26,
              CX - nw - 6,
              nb - 40,
              'Z',
            ),
            '#8a817c',
            { stroke: INK, 'stroke-width': L },
          );
          // quilted vest
          for (const side of [-1, 1]) {
            const vest = p(
              'M',
              CX + side * (nw + 14),
              nb + 4,
              'Q',
              CX + side * (sw - 50),
              nb + 20,
              CX + side * (sw - 38),
              nb + 120,
              'L',
              CX + side * (sw - 30),
              H + 6,
              'L',
              CX + side * 8,
              H + 6,
              'L',
              CX + side * 8,
              nb + 40,
              'Z',
            );
            d.path(vest, '#7a4a2c', { stroke: INK, 'stroke-width': L });
            let q = '';
            for (let y = nb + 70; y < H; y += 52)
              q += p('M', CX + side * 10, y, 'Q', CX + side * (sw * 0.4), y + 10, CX + side * (sw - 34), y - 2);
            d.line(q, '#5b341d', 2.5, { opacity: 0.8 });
          }
          d.line(p('M', CX - 6, nb + 40, 'L', CX - 6, H), '#c9c1b5', 3);
        },
        hairFront: (d, c) => {
          const G = c.face;
          // knitted cap
          const y0 = G.top + 56;
          d.path(
            p('M', CX - G.w - 14, y0, 'C', CX - G.w - 20, G.top - 60, CX + G.w + 20, G.top - 60, CX + G.w + 14, y0, 'Z'),
            '#a33a35',
            { stroke: INK, 'stroke-width': c.line },
          );
          d.path(
            p(
              'M',
              CX - G.w - 18,
              y0 - 30,
              'Q',
              CX,
              y0 - 44,
              CX + G.w + 18,
              y0 - 30,
              'L',
              CX + G.w + 16,
              y0 + 8,
              'Q',
              CX,
              y0 - 6,
              CX - G.w - 16,
              y0 + 8,
              'Z',
            ),
            '#8a2d2a',
            { stroke: INK, 'stroke-width': c.line },
          );
          let rib = '';
          for (let k = -0.9; k <= 0.91; k += 0.15)
            rib += p('M', CX + G.w * k, y0 - 34 + Math.abs(k) * 6, 'L', CX + G.w * k, y0 + 2 - Math.abs(k) * 4);
          d.line(rib, '#6e2220', 2.5, { opacity: 0.7 });
          for (const side of [-1, 1])
            d.path(
              p(
                'M',
                CX + side * (G.w + 4),
                y0,
                'Q',
                CX + side * (G.w + 8),
                G.eyeY - 10,
                CX + side * (G.w - 2),
                G.eyeY - 16,
                'L',
                CX + side * (G.w - 14),
                y0 + 4,
                'Z',
              ),
              '#4b4043',
              { stroke: INK, 'stroke-width': c.line * 0.8 },
            );
        },
      }),
    );
  }

  // Choi Ji-yeon: a well-dressed girl, pigtails with pink ribbons, a pink padded coat.
  {
    const face: Face = { top: 262, eyeY: 436, w: 116, jw: 92, jawY: 510, chinY: 552, chinW: 36 };
    list.push(
      mk({
        id: 'jiyeon',
        label: 'Choi Ji-yeon',
        scale: 0.8,
        skin: SKIN.child,
        face,
        build: { neckW: 32, shoulderY: 646, shoulderW: 170 },
        f: {
          eyeX: 47,
          eyeA: 19,
          eyeUp: 14,
          eyeLo: 11,
          iris: 14,
          irisColor: '#3a2318',
          lashes: true,
          browT: 6.5,
          browLen: 36,
          browGap: 24,
          browColor: '#2a1e20',
          browArch: 5,
          mouthW: 16,
          mouthY: 516,
          noseY: 484,
          nose: 'small',
          blush: 0.4,
        },
        happy: 'arc',
        tense: 'fear',
        sadMouth: 'wobble',
        tear: true,
        line: 4,
        hairBack: (d, c) => {
          const G = c.face;
          for (const side of [-1, 1]) {
            const x = CX + side * (G.w + 30);
            const tail: Pt[] = [
              [x - side * 20, G.eyeY - 70],
              [x + side * 46, G.eyeY - 10],
              [x + side * 50, G.chinY + 40],
              [x + side * 20, G.chinY + 110],
              [x + side * 4, G.chinY + 30],
              [x - side * 10, G.eyeY - 20],
            ];
            d.path(smooth(tail), '#2a1f22', { stroke: INK, 'stroke-width': c.line });
          }
          const o = dome(c, { puff: 30, side: 18, sideY: G.eyeY + 30, bumps: 10 });
          d.path(smooth(o), '#2a1f22', { stroke: INK, 'stroke-width': c.line });
        },
        body: (d, c) => {
          const nb = neckBase(c);
          const L = c.line;
          torso(d, c, '#e7879f');
          let q = '';
          for (let y = nb + 110; y < H; y += 60) q += p('M', CX - 190, y, 'Q', CX, y + 18, CX + 190, y);
          d.line(q, '#c76580', 3, { opacity: 0.7 });
          d.line(p('M', CX, nb + 60, 'L', CX, H), '#b8566f', L);
          for (let i = 0; i < 3; i++)
            d.rect(CX - 18, nb + 120 + i * 60, 36, 10, '#f7e7d0', { rx: 5, stroke: INK, 'stroke-width': 2 });
          // white fur collar
          const fur: Pt[] = [];
          for (let i = 0; i <= 14; i++) {
            const t = Math.PI * (i / 14);
            const r = i % 2 === 0 ? 1 : 0.9;
            fur.push([CX - Math.cos(t) * 120 * r, nb + 20 + Math.sin(t) * 70 * r]);
          }
          for (let i = 14; i >= 0; i--) {
            const t = Math.PI * (i / 14);
            fur.push([CX - Math.cos(t) * 60, nb - 10 + Math.sin(t) * 34]);
          }
          d.path(smooth(fur), '#fbf5ef', { stroke: INK, 'stroke-width': L });
        },
        hairFront: (d, c) => {
          const G = c.face;
          const outer = dome(c, { puff: 30, side: 14, sideY: G.eyeY + 10, bumps: 10 });
          const fy = G.eyeY - 62;
          const fringe: Pt[] = [
            [CX + G.w + 2, G.eyeY],
            [CX + G.w - 8, G.eyeY - 50],
            [CX + G.w * 0.6, fy],
            [CX + G.w * 0.2, fy + 6],
            [CX + 4, G.top - 6],
            [CX - G.w * 0.2, fy + 6],
            [CX - G.w * 0.6, fy],
            [CX - G.w + 8, G.eyeY - 50],
            [CX - G.w - 2, G.eyeY],
          ];
          d.path(hairPath(outer, fringe), hairFill(d, c, '#2c2124'), { stroke: INK, 'stroke-width': c.line });
          for (const side of [-1, 1]) {
            const x = CX + side * (G.w + 26);
            const y = G.eyeY - 60;
            d.path(
              p(
                'M',
                x,
                y,
                'L',
                x - 26,
                y - 22,
                'L',
                x - 22,
                y + 18,
                'Z',
                'M',
                x,
                y,
                'L',
                x + 26,
                y - 18,
                'L',
                x + 24,
                y + 20,
                'Z',
              ),
              '#e86a8e',
              { stroke: INK, 'stroke-width': 3 },
            );
            d.circle(x, y, 8, '#f08aa8', { stroke: INK, 'stroke-width': 3 });
          }
          sheen(d, c, '#9a8fa8', G.top + 6, 0.5);
        },
      }),
    );
  }

  // Extras, not yet ids in the story: the cellmates and the warden in 2013, sixteen years on
  // (the mock trial's witnesses), in their own clothes and greyer.
  const later: [string, string, Draw][] = [
    ['yangho', 'So Yang-ho, 2013 (extra)', suit('#4a3a2e', '#efe9dc', null)],
    ['chunho', 'Choi Chun-ho, 2013 (extra)', suit('#6b5a48', '#f0ece4', '#3b4a5c')],
    ['manbeom', 'Kang Man-beom, 2013 (extra)', suit('#2a2a2e', '#d9d6cb', null)],
    ['bongshik', 'Shin Bong-shik, 2013 (extra)', winterJacket('#4a6a58', '#d9a441')],
    ['dado', 'Da-do, 2013 (extra)', suit('#7a6a58', '#efe9dc', null)],
    ['warden', 'Jang Min-hwan, 2013, retired (extra)', suit('#4a4e56', '#e8e6e0', '#5a3a3a')],
  ];
  for (const [id, label, body] of later) {
    const base = list.find((c) => c.id === id);
    if (!base) continue;
    list.push({
      ...base,
      id: `${id}_2013`,
      label,
      body,
      hairTint: id === 'dado' ? '#f4f2ee' : '#a8a3a3',
      f: { ...base.f, age: Math.min(1, base.f.age + 0.4), browColor: mix(base.f.browColor, '#a8a3a3', 0.5) },
    });
  }

  // The bystander in the market (a speaker without a portrait id): a woman in her fifties, short perm, padded coat.
  {
    const face = adultFace({ top: 196, eyeY: 350, w: 110, jw: 94, jawY: 444, chinY: 488, chinW: 34 });
    list.push(
      mk({
        id: 'bystander',
        label: 'The bystander (extra)',
        scale: 0.95,
        skin: SKIN.warm,
        face,
        build: adultBuild({ neckW: 40, shoulderW: 206, shoulderY: 596 }),
        f: {
          eyeA: 16,
          eyeUp: 10,
          eyeLo: 8,
          iris: 10.5,
          lashes: true,
          browT: 7,
          browLen: 44,
          browGap: 18,
          browColor: '#3b2a26',
          browArch: 6,
          mouthW: 22,
          nose: 'small',
          noseY: 400,
          mouthY: 438,
          blush: 0.25,
          age: 0.5,
          lips: '#c46a6a',
        },
        happy: 'arc',
        tense: 'fear',
        body: (d, c) => {
          winterJacket('#7a2e3a', '#d9c9a8')(d, c, 'neutral');
        },
        hairFront: perm('#3a2822', 17, 'bystander-perm', 0.85),
      }),
    );
  }

  return list;
}

export { mix };
