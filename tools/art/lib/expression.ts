// How each expression moves the shared face: brows, lids, gaze and mouth for neutral, happy, sad and
// tense, chosen by the character's happy/tense/sad styles.
import type { Expression } from '../../../src/engine/tags.ts';
import type { Char } from './character.ts';

export interface Spec {
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

export function spec(c: Char, e: Expression): Spec {
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
