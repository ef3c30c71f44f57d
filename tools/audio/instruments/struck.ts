// Struck and plucked instruments built from decaying partials: the music box, the piano, plucked
// strings (bass, guitar, harp) and small bells.
import { SR } from '../lib/buffer.ts';
import { Biquad } from '../lib/filters.ts';
import { addPartials, type Partial } from '../lib/osc.ts';
import type { Rng } from '../lib/rng.ts';
import type { Instrument, Note } from './types.ts';

/** A short filtered noise burst: the click of a pick, a hammer, a tine being let go. */
export function addClick(out: Float64Array, at: number, rng: Rng, ms: number, centreHz: number, amp: number, q = 0.8): void {
  const n = Math.max(4, Math.round((ms / 1000) * SR));
  const bp = new Biquad('bandpass', centreHz, q);
  for (let i = 0; i < n + 400; i++) {
    const env = i < n ? (1 - i / n) ** 2 : 0;
    const y = bp.tick(rng.bipolar() * env);
    const j = at + i;
    if (j >= 0 && j < out.length) out[j]! += y * amp;
  }
}

/**
 * A music-box tine: a tuned steel tongue plucked by a pin. Mostly a pure fundamental with a
 * long ring, a faint second tine a hair sharp (the shimmer of a real comb), a little 2nd and 3rd
 * harmonic from the pin, and the tongue's own high inharmonic mode (about 5.9x) that rings
 * only for an instant: the "tink".
 */
export const musicBox: Instrument = (out, at, n, rng) => {
  const f = n.freq;
  const v = n.vel;
  const T = Math.min(3.6, Math.max(0.7, 2.6 * (523 / f) ** 0.55));
  const partials: Partial[] = [
    { freq: f, amp: 1, decay: T },
    { freq: f * 1.0011, amp: 0.22, decay: T * 0.85, phase: rng.range(0, 6.28) },
    { freq: f * 2, amp: 0.1 + 0.08 * v, decay: T * 0.3 },
    { freq: f * 3, amp: 0.035 * v, decay: T * 0.15 },
    { freq: f * 5.93, amp: 0.16 * v, decay: 0.09 },
    { freq: f * 13.4, amp: 0.05 * v, decay: 0.025 },
  ];
  for (const p of partials) p.amp *= v * 0.5;
  addPartials(out, at, partials, { attack: 0.0012, maxSeconds: T * 5 });
  addClick(out, at, rng, 3, 5200, 0.05 * v);
};

/** A softer, rounder tine for the low accompaniment of the music box. */
export const musicBoxLow: Instrument = (out, at, n, rng) => {
  const f = n.freq;
  const T = Math.min(4, Math.max(1, 3 * (262 / f) ** 0.4));
  const v = n.vel * 0.5;
  addPartials(
    out,
    at,
    [
      { freq: f, amp: v, decay: T },
      { freq: f * 1.0008, amp: v * 0.2, decay: T, phase: rng.range(0, 6.28) },
      { freq: f * 2, amp: v * 0.12, decay: T * 0.3 },
      { freq: f * 5.93, amp: v * 0.06, decay: 0.08 },
    ],
    { attack: 0.002, maxSeconds: T * 5 },
  );
};

export interface PianoOptions {
  /** Overall brightness 0..1 (added to the note's velocity). */
  bright?: number;
  release?: number;
}

/**
 * A piano string group: stiff-string partials (f_k = k f sqrt(1 + B k^2)), amplitudes from a hammer
 * striking one seventh along the string, higher partials dying faster, and two strings slightly
 * mistuned so the tone beats and has the two-stage (prompt + after-sound) decay of a real piano.
 */
export function piano(o: PianoOptions = {}): Instrument {
  return (out, at, n, rng) => {
    const f = n.freq;
    const v = Math.min(1, n.vel + (o.bright ?? 0));
    const B = 0.00012 * (f / 130) ** 0.9 + 0.00004;
    const T = Math.min(14, Math.max(1.2, 7 * (130 / f) ** 0.7));
    const maxK = Math.min(28, Math.floor(9000 / f));
    const partials: Partial[] = [];
    const tilt = 1.9 - 0.9 * v;
    for (let k = 1; k <= maxK; k++) {
      const fk = k * f * Math.sqrt(1 + B * k * k);
      const hammer = Math.abs(Math.sin((Math.PI * k) / 7.3)) + 0.08;
      const a = (hammer / k ** tilt) * n.vel;
      const d = T / (1 + 0.35 * (k - 1) ** 1.25);
      partials.push({ freq: fk, amp: a * 0.62, decay: d * 0.35, phase: rng.range(0, 6.28) });
      partials.push({ freq: fk * 1.0006, amp: a * 0.38, decay: d * 1.3, phase: rng.range(0, 6.28) });
    }
    addPartials(out, at, partials, { attack: 0.0015, off: n.dur, release: o.release ?? 0.09, maxSeconds: n.dur + 3 });
    addClick(out, at, rng, 8, Math.min(2500, f * 3), 0.05 * n.vel, 0.6);
  };
}

export interface PluckOptions {
  /** Where the string is plucked, as a fraction of its length (0.5 = the middle: hollow). */
  position: number;
  /** 1/e decay of the fundamental at 110 Hz, in seconds. */
  decay: number;
  /** How much faster upper partials die (0 = same). */
  damping: number;
  brightness: number;
  release?: number;
  maxPartials?: number;
  /** Pick/finger noise level. */
  click?: number;
}

/** A plucked string from its modes: an upright bass pizzicato, a nylon guitar, a harp. */
export function pluck(o: PluckOptions): Instrument {
  return (out, at, n, rng) => {
    const f = n.freq;
    const T = o.decay * (110 / f) ** 0.35;
    const maxK = Math.min(o.maxPartials ?? 24, Math.floor(10000 / f));
    const partials: Partial[] = [];
    for (let k = 1; k <= maxK; k++) {
      const shape = Math.abs(Math.sin(Math.PI * k * o.position)) / k ** (2 - o.brightness);
      partials.push({
        freq: k * f * (1 + 0.00008 * k * k),
        amp: shape * n.vel,
        decay: T / (1 + o.damping * (k - 1)),
        phase: 0,
      });
    }
    addPartials(out, at, partials, { attack: 0.0015, off: n.dur, release: o.release ?? 0.15, maxSeconds: n.dur + 2.5 });
    if (o.click) addClick(out, at, rng, 6, Math.min(3000, f * 6), o.click * n.vel, 0.7);
  };
}

/**
 * A small bell: a few inharmonic partials of a thin shell, each ringing its own time.
 * `ratios`, `amps` and `decays` describe its modes.
 */
export function bell(ratios: readonly number[], amps: readonly number[], decays: readonly number[]): Instrument {
  return (out, at, n, rng) => {
    const partials: Partial[] = ratios.map((r, k) => ({
      freq: n.freq * r,
      amp: (amps[k] ?? 0) * n.vel,
      decay: decays[k] ?? 0.3,
      phase: rng.range(0, 6.28),
    }));
    addPartials(out, at, partials, { attack: 0.0008, maxSeconds: 6 });
    addClick(out, at, rng, 1.5, 6000, 0.1 * n.vel, 1.2);
  };
}

/** Notes as seconds: a helper for instruments that do not care about the clock. */
export function noteAt(t: number, freq: number, dur: number, vel: number): Note {
  return { t, freq, dur, vel };
}
