// Children's choir by formant synthesis: each singer is a glottal source (harmonics falling
// about 7 dB per octave) shaped by the resonances of the vocal tract for "ah", "oh" or "oo"
// (a Klatt-style cascade of formants, evaluated at every harmonic), with vibrato, breath and
// the small differences of pitch and timing between children that make a section sound like one.
import { SR } from '../lib/buffer.ts';
import { type Adsr, adsr } from '../lib/envelope.ts';
import { Svf } from '../lib/filters.ts';
import { pitchCurve, playTables, wavetable } from '../lib/osc.ts';
import type { Rng } from '../lib/rng.ts';
import { type Instrument, place } from './types.ts';

/** Formant frequency and bandwidth (Hz) of a child's vowels, low to high. */
const VOWELS = {
  ah: [
    [1030, 120],
    [1480, 140],
    [3200, 220],
    [4300, 320],
  ],
  oh: [
    [590, 100],
    [1000, 120],
    [3050, 220],
    [4100, 320],
  ],
  oo: [
    [430, 90],
    [960, 120],
    [2900, 220],
    [4000, 320],
  ],
} as const;

export type Vowel = keyof typeof VOWELS;
export const VOWEL_ORDER: readonly Vowel[] = ['ah', 'oh', 'oo'];

/** Harmonic amplitudes of a sung vowel at fundamental f0 (cascade formant magnitude). */
export function vowelSpectrum(f0: number, vowel: Vowel): number[] {
  const amps: number[] = [];
  let norm = 0;
  for (let k = 1; k * f0 < 7000; k++) {
    const f = k * f0;
    let a = 1 / k ** 1.15;
    for (const [F, B] of VOWELS[vowel]) a *= (F * F) / Math.sqrt((F * F - f * f) ** 2 + (B * f) ** 2);
    amps.push(a);
    norm += a * a;
  }
  const g = 1 / Math.sqrt(norm);
  return amps.map((a) => a * g);
}

const cache = new Map<string, Float64Array[]>();
function tablesFor(f0: number): Float64Array[] {
  const key = f0.toFixed(2);
  let t = cache.get(key);
  if (!t) {
    t = VOWEL_ORDER.map((v) => wavetable(vowelSpectrum(f0, v), f0 * 1.03));
    cache.set(key, t);
  }
  return t;
}

export interface ChoirOptions {
  env: Adsr;
  singers: number;
  /** The vowel at a time in the loop: 0 = ah, 1 = oh, 2 = oo (fractions blend). */
  vowelAt: (t: number) => number;
  vibrato?: number;
  breath?: number;
}

/** One choir part: every note sung by `singers` children at once. */
export function choir(o: ChoirOptions): Instrument {
  return (out, at, n, rng: Rng) => {
    const tables = tablesFor(n.freq);
    for (let s = 0; s < o.singers; s++) {
      const lateBy = Math.max(0, rng.gauss() * 0.025 + 0.02);
      const env = adsr(Math.max(0.05, n.dur - lateBy * 0.5), {
        ...o.env,
        attack: o.env.attack * rng.range(0.8, 1.3),
      });
      const len = env.length;
      const cents = rng.gauss() * 7;
      const freqs = pitchCurve(n.freq * 2 ** (cents / 1200), len / SR, rng, {
        vibratoDepth: (o.vibrato ?? 0.14) * rng.range(0.6, 1.3),
        vibratoDelay: 0.4,
        vibratoRate: rng.range(4.8, 5.9),
        scoop: rng.range(-0.35, 0),
        scoopTime: 0.05,
        drift: 0.06,
      });
      const start = at + Math.round(lateBy * SR);
      const blend = new Float64Array(len);
      // The vowel follows the loop's plan while the note is held and stays put while it dies
      // away (a tail must not jump to the next phrase's vowel).
      const held = Math.max(0, n.dur - lateBy - 0.05);
      for (let i = 0; i < len; i++) blend[i] = o.vowelAt(n.t + lateBy + Math.min(i / SR, held));
      const tone = playTables(tables, freqs, blend, rng.next());
      const f1 = new Svf(4);
      const f2 = new Svf(5);
      const res = new Float64Array(len);
      const gain = rng.range(0.8, 1.1);
      for (let i = 0; i < len; i++) {
        const b = blend[i]!;
        const F1 = 1030 - 300 * Math.min(b, 2);
        const F2 = 1480 - 260 * Math.min(b, 2);
        const w = rng.bipolar();
        f1.tick(w, F1);
        f2.tick(w, F2);
        const breath = (f1.bp + 0.6 * f2.bp) * (o.breath ?? 0.05);
        res[i] = (tone[i]! + breath) * env[i]! * gain * n.vel;
      }
      place(out, start, res, 0.45 / Math.sqrt(o.singers));
    }
  };
}
