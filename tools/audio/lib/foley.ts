// Everyday sounds from noise and resonance, shared by the ambiences and the effects: murmuring
// voices (formant synthesis), steps in snow and on stone, struck metal, drips, coughs, paper,
// crickets. Each adds into `out` at sample `at` and ignores what falls outside.
import { SR } from './buffer.ts';
import { Biquad, OnePole, Svf } from './filters.ts';
import { addPartials, type Partial } from './osc.ts';
import type { Rng } from './rng.ts';

function put(out: Float64Array, i: number, v: number): void {
  if (i >= 0 && i < out.length) out[i]! += v;
}

/** Adult vowel formants F1, F2, F3 (Hz): a, e, i, o, u. */
const SPEECH_VOWELS: readonly (readonly [number, number, number])[] = [
  [750, 1250, 2600],
  [500, 1800, 2550],
  [320, 2200, 2900],
  [500, 900, 2500],
  [360, 800, 2300],
];

export interface SpeechOptions {
  seconds: number;
  /** Speaking pitch (Hz): about 110 for a man, 210 for a woman, 280 for a child. */
  f0: number;
  /** Syllables per second. */
  rate?: number;
  /** Raise every formant (1.15 for women, 1.3 for children). */
  formantScale?: number;
  /** Distance: the low-pass on the voice. */
  lowpass?: number;
  /** Long vowels and bigger pitch moves: a vendor calling out. */
  calling?: boolean;
  gain?: number;
  /** Seconds of silence between phrases (range). */
  pause?: readonly [number, number];
}

/**
 * Speech without words: a glottal saw through three formant band-passes that move from vowel to
 * vowel, syllable envelopes, a falling pitch over each phrase, fricative bursts, pauses.
 */
export function speech(out: Float64Array, at: number, rng: Rng, o: SpeechOptions): void {
  const n = Math.round(o.seconds * SR);
  const rate = o.rate ?? 4.5;
  const fs = o.formantScale ?? 1;
  const freq = new Float64Array(n);
  const amp = new Float64Array(n);
  const fric = new Float64Array(n);
  const f1 = new Float64Array(n);
  const f2 = new Float64Array(n);
  const f3 = new Float64Array(n);
  let t = 0;
  while (t < o.seconds) {
    const syll = o.calling ? rng.int(3, 5) : rng.int(3, 11);
    let pitch = o.f0 * rng.range(1.05, 1.2);
    for (let s = 0; s < syll && t < o.seconds; s++) {
      const d = o.calling ? rng.range(0.25, 0.6) : rng.range(0.7, 1.3) / rate;
      const v = rng.pick(SPEECH_VOWELS);
      const p = pitch * (1 + rng.gauss() * (o.calling ? 0.12 : 0.06));
      const i0 = Math.round(t * SR);
      const i1 = Math.min(n, Math.round((t + d) * SR));
      const hasFric = rng.chance(0.45);
      for (let i = i0; i < i1; i++) {
        const u = (i - i0) / Math.max(1, i1 - i0);
        const env = Math.sin(Math.PI * Math.min(1, u * 1.25)) ** (o.calling ? 0.5 : 1.2);
        amp[i] = env;
        freq[i] = p * (1 - 0.06 * u * (o.calling ? 2 : 1));
        f1[i] = v[0] * fs;
        f2[i] = v[1] * fs;
        f3[i] = v[2] * fs;
        if (hasFric && u < 0.18) fric[i] = (1 - u / 0.18) * 0.6;
      }
      pitch *= o.calling ? rng.range(0.9, 1.12) : 0.965;
      t += d;
    }
    const [lo, hi] = o.pause ?? [0.25, 1.4];
    const gap = rng.range(lo, hi);
    const i0 = Math.round(t * SR);
    for (let i = i0; i < Math.min(n, Math.round((t + gap) * SR)); i++) freq[i] = freq[i0 - 1] ?? o.f0;
    t += gap;
  }
  // Smooth the control curves (articulation takes time), then synthesise.
  const sm = [new OnePole(25), new OnePole(25), new OnePole(25), new OnePole(30), new OnePole(12), new OnePole(40)];
  const b1 = new Svf(5);
  const b2 = new Svf(7);
  const b3 = new Svf(9);
  const fricBp = new Biquad('bandpass', 4200 * fs, 1.2);
  const lp = new Biquad('lowpass', o.lowpass ?? 3500, 0.7);
  let ph = rng.next();
  const g = o.gain ?? 1;
  for (let i = 0; i < n; i++) {
    const F1 = sm[0]!.tick(f1[i]! || 500);
    const F2 = sm[1]!.tick(f2[i]! || 1500);
    const F3 = sm[2]!.tick(f3[i]! || 2500);
    const a = sm[3]!.tick(amp[i]!);
    const fr = sm[4]!.tick(fric[i]!);
    const f0 = sm[5]!.tick(freq[i]! || o.f0);
    ph += f0 / SR;
    if (ph >= 1) ph -= 1;
    const src = (1 - 2 * ph) * 0.5 + rng.bipolar() * 0.05;
    b1.tick(src, F1);
    b2.tick(src, F2);
    b3.tick(src, F3);
    const voiced = (b1.bp + 0.55 * b2.bp + 0.25 * b3.bp) * a;
    const noise = fricBp.tick(rng.bipolar()) * fr * 0.5;
    put(out, at + i, lp.tick(voiced + noise) * g);
  }
}

/** A step into packed snow: a quick crackle of tiny fractures (heel, then the roll to the toe). */
export function snowStep(out: Float64Array, at: number, rng: Rng, vel: number): void {
  const len = Math.round(0.32 * SR);
  const bp = new Biquad('bandpass', rng.range(1400, 2200), 0.7);
  const lp = new Biquad('lowpass', 5000, 0.7);
  const low = new Biquad('lowpass', 220, 0.8);
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const heel = Math.exp(-(((t - 0.04) / 0.035) ** 2));
    const toe = 0.7 * Math.exp(-(((t - 0.17) / 0.05) ** 2));
    const density = heel + toe;
    const grain = rng.chance(density * 0.35) ? rng.bipolar() * (0.5 + rng.next()) : 0;
    const y = lp.tick(bp.tick(grain * 3)) + low.tick(rng.bipolar() * heel) * 0.6;
    put(out, at + i, y * vel);
  }
}

export type Surface = 'stone' | 'wood';

/** A hard-soled step: heel click, a knock of the floor, a short scuff. */
export function hardStep(out: Float64Array, at: number, rng: Rng, vel: number, surface: Surface = 'stone'): void {
  const len = Math.round(0.25 * SR);
  const click = new Biquad('bandpass', surface === 'stone' ? rng.range(2600, 3400) : rng.range(1300, 1800), 1.2);
  const scuff = new Biquad('bandpass', 2200, 0.8);
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const c = click.tick(rng.bipolar()) * Math.exp(-t / 0.006) * 1.6;
    const toe = t > 0.07 ? scuff.tick(rng.bipolar()) * Math.exp(-(t - 0.07) / 0.03) * 0.35 : 0;
    put(out, at + i, (c + toe) * vel);
  }
  const body: Partial[] =
    surface === 'stone'
      ? [
          { freq: rng.range(140, 170), amp: 0.35 * vel, decay: 0.025 },
          { freq: rng.range(380, 460), amp: 0.2 * vel, decay: 0.015 },
        ]
      : [
          { freq: rng.range(110, 130), amp: 0.45 * vel, decay: 0.04 },
          { freq: rng.range(260, 300), amp: 0.3 * vel, decay: 0.03 },
          { freq: rng.range(620, 700), amp: 0.12 * vel, decay: 0.02 },
        ];
  addPartials(out, at, body, { attack: 0.0008 });
}

/** Struck metal (a bar, a bucket, a door): inharmonic modes with long, uneven decays. */
export function clank(out: Float64Array, at: number, rng: Rng, vel: number, base: number, ring = 1): void {
  const ratios = [1, 2.32, 3.87, 5.21, 6.9, 8.73, 11.2, 13.9];
  const partials: Partial[] = ratios.map((r, k) => ({
    freq: base * r * rng.range(0.97, 1.03),
    amp: (vel * rng.range(0.4, 1)) / (1 + k * 0.45),
    decay: (ring * rng.range(0.25, 0.9)) / (1 + k * 0.25),
    phase: rng.range(0, 6.28),
  }));
  addPartials(out, at, partials, { attack: 0.0005, maxSeconds: 6 });
  const bp = new Biquad('bandpass', 3500, 0.8);
  for (let i = 0; i < 300; i++) put(out, at + i, bp.tick(rng.bipolar()) * Math.exp(-i / 40) * vel * 0.8);
}

/** A water drop: a small bubble ringing up in pitch, with a tiny splash. */
export function drip(out: Float64Array, at: number, rng: Rng, vel: number, f = 900): void {
  const len = Math.round(0.12 * SR);
  let ph = 0;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const fr = f * (1 + 0.7 * (1 - Math.exp(-t / 0.012)));
    ph += (2 * Math.PI * fr) / SR;
    const env = Math.min(1, i / 20) * Math.exp(-t / 0.025);
    put(out, at + i, Math.sin(ph) * env * vel);
  }
  const hp = new Biquad('highpass', 3000, 0.7);
  for (let i = 0; i < 200; i++) put(out, at + i, hp.tick(rng.bipolar()) * Math.exp(-i / 50) * vel * 0.15);
}

/** A cough: two or three breathy, voiced bursts through an open vowel. */
export function cough(out: Float64Array, at: number, rng: Rng, vel: number, f0 = 130): void {
  const bursts = rng.int(2, 3);
  let t0 = 0;
  for (let b = 0; b < bursts; b++) {
    const len = Math.round(rng.range(0.16, 0.24) * SR);
    const F1 = new Svf(3);
    const F2 = new Svf(4);
    let ph = 0;
    const g = vel * (b === 0 ? 1 : rng.range(0.5, 0.8));
    for (let i = 0; i < len; i++) {
      const t = i / SR;
      const env = Math.min(1, t / 0.008) * Math.exp(-t / 0.06);
      ph += f0 / SR;
      if (ph >= 1) ph -= 1;
      const src = rng.bipolar() * 0.9 + (1 - 2 * ph) * 0.4 * Math.exp(-t / 0.04);
      F1.tick(src, 650);
      F2.tick(src, 1300);
      put(out, at + Math.round(t0 * SR) + i, (F1.bp + 0.6 * F2.bp) * env * g);
    }
    t0 += rng.range(0.22, 0.34);
  }
}

/**
 * Paper handled: a hand-driven slide of band-passed noise whose level flickers with the motion,
 * and a spray of sharp crinkles that come in clusters.
 */
export function rustle(out: Float64Array, at: number, rng: Rng, vel: number, seconds: number): void {
  const len = Math.round(seconds * SR);
  const slide = new Biquad('bandpass', rng.range(2500, 4000), 0.9);
  const crk = new Biquad('highpass', 1800, 0.7);
  const crk2 = new Biquad('lowpass', 8000, 0.7);
  const motion = new OnePole(9);
  let crinkle = 0;
  for (let i = 0; i < len; i++) {
    const u = i / len;
    const env = Math.sin(Math.PI * u) ** 1.5;
    const m = Math.min(1, Math.abs(motion.tick(rng.bipolar() * 14)));
    if (rng.chance(0.0025 * env * m)) crinkle = rng.range(0.4, 1);
    crinkle *= 0.975;
    const y = slide.tick(rng.bipolar()) * 0.22 * env * m + crk2.tick(crk.tick(rng.bipolar() * crinkle)) * 0.9;
    put(out, at + i, y * vel);
  }
}

/** A cricket's chirp: a 4-5 kHz tone pulsed three or four times. */
export function chirp(out: Float64Array, at: number, rng: Rng, vel: number, f: number): void {
  const pulses = rng.int(3, 4);
  const pulseLen = Math.round(0.014 * SR);
  const gap = Math.round(0.024 * SR);
  for (let p = 0; p < pulses; p++) {
    for (let i = 0; i < pulseLen; i++) {
      const env = Math.sin((Math.PI * i) / pulseLen) ** 2;
      const t = (p * gap + i) / SR;
      put(out, at + p * gap + i, (Math.sin(2 * Math.PI * f * t) + 0.15 * Math.sin(4 * Math.PI * f * t)) * env * vel);
    }
  }
}
