// A portrait character as data: face geometry, build, skin, facial features and the drawing hooks
// for hair and clothes; `mk` fills in the features every face shares, so a character lists only
// what makes it different.

import type { Expression } from '../../../src/engine/tags.ts';
import type { Doc } from './svg.ts';

export const W = 600;

export const H = 900;

export const CX = 300;

export const INK = '#2a1e26';

export interface Face {
  top: number;
  eyeY: number;
  w: number;
  jw: number;
  jawY: number;
  chinY: number;
  chinW: number;
}

export interface Build {
  neckW: number;
  shoulderY: number;
  shoulderW: number;
}

export interface Skin {
  base: string;
  light: string;
  shade: string;
  deep: string;
}

export interface Features {
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

export type Draw = (d: Doc, c: Char, e: Expression) => void;

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

export const SKIN = {
  warm: { base: '#f0c7a2', light: '#f9dcc0', shade: '#dca47f', deep: '#b57556' },
  child: { base: '#f6d2b4', light: '#fde6d2', shade: '#e6b08f', deep: '#c07e62' },
  tan: { base: '#dfae86', light: '#eec6a2', shade: '#c68e68', deep: '#9c6447' },
  pale: { base: '#f2d0b2', light: '#fae3cf', shade: '#ddae8e', deep: '#b88266' },
  old: { base: '#e7bf9d', light: '#f3d5ba', shade: '#cf9f7e', deep: '#a77257' },
};

export const BLACK_HAIR = '#1f1a1e';

export const YELLOW = '#f4c430';

export function baseFeatures(face: Face, over: Partial<Features>): Features {
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

export function adultFace(over: Partial<Face> = {}): Face {
  return { top: 178, eyeY: 335, w: 112, jw: 94, jawY: 436, chinY: 486, chinW: 30, ...over };
}

export function adultBuild(over: Partial<Build> = {}): Build {
  return { neckW: 46, shoulderY: 585, shoulderW: 225, ...over };
}

export function mk(
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
