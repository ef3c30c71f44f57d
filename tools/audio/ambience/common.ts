// Shared by the ambience loops: noise beds and wind run round the loop, events spread through
// it, and a distance reverb.
import { Canvas, circular, mix, periodicCurve, SR, scale } from '../lib/buffer.ts';
import { type Biquad, Svf } from '../lib/filters.ts';
import { brownNoise, pinkNoise, whiteNoise } from '../lib/osc.ts';
import { type ReverbOptions, reverb } from '../lib/reverb.ts';
import type { Rng } from '../lib/rng.ts';

export type Colour = 'white' | 'pink' | 'brown';

/** A steady noise bed of the loop's length, filtered round the loop (no seam). */
export function bed(rng: Rng, n: number, colour: Colour, chain: readonly Biquad[], gain = 1): Float64Array {
  const src = colour === 'white' ? whiteNoise(rng, n) : colour === 'pink' ? pinkNoise(rng, n) : brownNoise(rng, n);
  return scale(
    circular(src, (x) => {
      for (const f of chain) f.run(x);
      return x;
    }),
    gain,
  );
}

/** Times spread through the loop: one in each of `count` equal slots, at a random place in it. */
export function scatter(rng: Rng, seconds: number, count: number): number[] {
  const slot = seconds / count;
  return Array.from({ length: count }, (_, k) => (k + rng.range(0.05, 0.95)) * slot);
}

/** A slow random curve between lo and hi that repeats exactly once per loop. */
export function drift(rng: Rng, n: number, lo: number, hi: number, cycles: readonly number[]): Float64Array {
  const c = periodicCurve(
    n,
    cycles,
    cycles.map(() => rng.range(0, Math.PI * 2)),
  );
  for (let i = 0; i < n; i++) c[i] = lo + (hi - lo) * c[i]!;
  return c;
}

export interface WindOptions {
  /** Band centre range (Hz) and how often it wanders per loop. */
  low: number;
  high: number;
  q: number;
  /** Gust strength: the level swings between 1 - gust and 1. */
  gust: number;
  cycles: readonly number[];
  /** A faint whistle resonance riding on top. */
  whistle?: number;
}

/** Wind: noise through a band-pass whose centre and level wander, repeating once per loop. */
export function wind(rng: Rng, n: number, o: WindOptions): Float64Array {
  const src = pinkNoise(rng, n);
  const centre = drift(rng, n, o.low, o.high, o.cycles);
  const level = drift(
    rng,
    n,
    1 - o.gust,
    1,
    o.cycles.map((c) => c + 1),
  );
  const whistleF = drift(rng, n, o.high * 1.2, o.high * 2, [2, 5]);
  return circular(src, (x) => {
    const body = new Svf(o.q);
    const whistle = new Svf(14);
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const j = i % n;
      body.tick(x[i]!, centre[j]!);
      whistle.tick(x[i]!, whistleF[j]!);
      const l = level[j]!;
      out[i] = (body.bp + (o.whistle ?? 0) * whistle.bp * l * l) * l;
    }
    return out;
  });
}

/** Events rendered on a canvas and folded into the loop. */
export function events(seconds: number, draw: (c: Canvas) => void): Float64Array {
  const c = new Canvas(seconds, 4);
  draw(c);
  return c.fold();
}

/** Dry layers plus one shared space, its tail wrapped round the loop. */
export function space(dry: readonly Float64Array[], wetSends: readonly Float64Array[], room: ReverbOptions): Float64Array {
  const wet = circular(mix(...wetSends), (x) => reverb(x, room));
  return mix(...dry, wet);
}

export const LOOP = 20;
export const N = Math.round(LOOP * SR);

/** Filter a loop in place as if it had always been looping (no seam at the loop point). */
export function loopFilter(buf: Float64Array, ...chain: Biquad[]): Float64Array {
  const out = circular(buf, (x) => {
    for (const f of chain) f.run(x);
    return x;
  });
  buf.set(out);
  return buf;
}
