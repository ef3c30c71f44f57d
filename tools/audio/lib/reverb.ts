// A Freeverb-style reverb (Schroeder-Moorer: eight damped feedback combs in parallel, then four
// all-passes in series), mono, with a pre-delay and a low cut so the hall does not muddy the bass.
import { SR } from './buffer.ts';
import { Biquad } from './filters.ts';

const COMBS = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
const ALLPASSES = [556, 441, 341, 225];

export interface ReverbOptions {
  /** 0..1: feedback of the combs (the length of the tail). */
  room: number;
  /** 0..1: how fast the highs die in the tail. */
  damp: number;
  /** Scales the delay lengths: 1 is a room, 1.6 a hall, 0.6 a small box. */
  size?: number;
  predelayMs?: number;
  lowCutHz?: number;
  /** A tilt after the tail: cut above this frequency. */
  highCutHz?: number;
}

/** The wet signal only; mix it in with a send level. */
export function reverb(input: Float64Array, o: ReverbOptions): Float64Array {
  const size = o.size ?? 1;
  const scale = (SR / 44100) * size;
  const feedback = o.room * 0.28 + 0.7;
  const damp = o.damp * 0.4;
  const pre = Math.round(((o.predelayMs ?? 10) / 1000) * SR);
  const lowCut = new Biquad('highpass', o.lowCutHz ?? 150, 0.6);
  const highCut = new Biquad('lowpass', o.highCutHz ?? 9000, 0.6);

  const combs = COMBS.map((d) => ({ buf: new Float64Array(Math.round(d * scale)), i: 0, store: 0 }));
  const aps = ALLPASSES.map((d) => ({ buf: new Float64Array(Math.round(d * scale)), i: 0 }));
  const out = new Float64Array(input.length);
  for (let n = 0; n < input.length; n++) {
    const x = lowCut.tick(n >= pre ? input[n - pre]! : 0) * 0.015;
    let acc = 0;
    for (const c of combs) {
      const y = c.buf[c.i]!;
      c.store = y * (1 - damp) + c.store * damp;
      c.buf[c.i] = x + c.store * feedback;
      if (++c.i >= c.buf.length) c.i = 0;
      acc += y;
    }
    for (const a of aps) {
      const b = a.buf[a.i]!;
      a.buf[a.i] = acc + b * 0.5;
      acc = b - acc;
      if (++a.i >= a.buf.length) a.i = 0;
    }
    out[n] = highCut.tick(acc);
  }
  return out;
}

/** A few discrete early reflections (a corridor, a tiled room): taps with falling gains. */
export function reflections(input: Float64Array, tapsMs: readonly number[], gains: readonly number[]): Float64Array {
  const out = new Float64Array(input.length);
  tapsMs.forEach((ms, k) => {
    const d = Math.round((ms / 1000) * SR);
    const g = gains[k] ?? 0;
    for (let n = d; n < input.length; n++) out[n]! += input[n - d]! * g;
  });
  return out;
}
