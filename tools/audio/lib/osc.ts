// Oscillators: damped sinusoidal partials (for struck and plucked things), a band-limited saw
// (PolyBLEP), wavetables built from harmonic spectra (winds, voices), and seeded noises.
import { SR } from './buffer.ts';
import type { Rng } from './rng.ts';

export interface Partial {
  freq: number;
  amp: number;
  /** Seconds for the partial to fall by 1/e. */
  decay: number;
  phase?: number;
}

export interface StrikeOptions {
  /** Seconds of a sine-shaped onset (0 = instant). */
  attack?: number;
  /** Seconds after which the note is damped (key released, hand on the string). */
  off?: number;
  /** 1/e time of the damping after `off`. */
  release?: number;
  /** Never render longer than this. */
  maxSeconds?: number;
}

/**
 * Add exponentially decaying partials into `out` from sample `start`. Each partial is a complex
 * rotator multiplied every sample by r·e^{iω}: exact, cheap, and with no table noise.
 */
export function addPartials(out: Float64Array, start: number, partials: readonly Partial[], o: StrikeOptions = {}): void {
  const attack = Math.max(1, Math.round((o.attack ?? 0.002) * SR));
  const off = o.off === undefined ? Number.POSITIVE_INFINITY : Math.round(o.off * SR);
  const relR = Math.exp(-1 / (Math.max(0.005, o.release ?? 0.1) * SR));
  const maxN = Math.round((o.maxSeconds ?? 12) * SR);
  for (const p of partials) {
    if (p.freq <= 0 || p.freq >= SR * 0.45 || p.amp === 0) continue;
    const w = (2 * Math.PI * p.freq) / SR;
    const r = Math.exp(-1 / (p.decay * SR));
    const c = Math.cos(w);
    const s = Math.sin(w);
    let re = Math.cos(p.phase ?? 0);
    let im = Math.sin(p.phase ?? 0);
    let g = p.amp;
    const nDecay = Math.min(maxN, Math.ceil(p.decay * SR * Math.log(Math.abs(p.amp) / 1e-5 + 1)));
    const n = Math.min(nDecay, out.length - start);
    for (let i = Math.max(0, -start); i < n; i++) {
      const env = i < attack ? Math.sin(((i / attack) * Math.PI) / 2) : 1;
      out[start + i]! += g * env * im;
      const nre = re * c - im * s;
      im = re * s + im * c;
      re = nre;
      g *= i >= off ? r * relR : r;
      if (Math.abs(g) < 1e-6) break;
    }
  }
}

/** A band-limited sawtooth following a per-sample frequency curve (PolyBLEP). */
export function saw(freqs: Float64Array, phase0 = 0): Float64Array {
  const out = new Float64Array(freqs.length);
  let ph = phase0 % 1;
  for (let i = 0; i < freqs.length; i++) {
    const dt = freqs[i]! / SR;
    let y = 2 * ph - 1;
    if (ph < dt) {
      const t = ph / dt;
      y -= t + t - t * t - 1;
    } else if (ph > 1 - dt) {
      const t = (ph - 1) / dt;
      y -= t * t + t + t + 1;
    }
    out[i] = y;
    ph += dt;
    if (ph >= 1) ph -= 1;
  }
  return out;
}

/** A sine following a per-sample frequency curve. */
export function sine(freqs: Float64Array, phase0 = 0): Float64Array {
  const out = new Float64Array(freqs.length);
  let ph = phase0;
  for (let i = 0; i < freqs.length; i++) {
    out[i] = Math.sin(2 * Math.PI * ph);
    ph += freqs[i]! / SR;
    if (ph >= 1) ph -= 1;
  }
  return out;
}

const TABLE = 4096;

/**
 * A single-cycle wavetable from harmonic amplitudes (index 0 is the fundamental), keeping only
 * harmonics below `maxFreq` for a fundamental of `f0` (so it cannot alias when played near f0).
 */
export function wavetable(amps: readonly number[], f0: number, maxFreq = SR * 0.45, phases?: readonly number[]): Float64Array {
  const t = new Float64Array(TABLE + 1);
  for (let k = 0; k < amps.length; k++) {
    const h = k + 1;
    if (h * f0 * 1.03 >= maxFreq) break;
    const a = amps[k]!;
    if (a === 0) continue;
    const ph = phases?.[k] ?? 0;
    for (let i = 0; i < TABLE; i++) t[i]! += a * Math.sin((2 * Math.PI * h * i) / TABLE + ph);
  }
  t[TABLE] = t[0]!;
  return t;
}

/**
 * Play tables along a frequency curve; `blend[i]` in [0, tables.length - 1] crossfades between
 * neighbouring tables (a brightness or a vowel that changes as the note goes on).
 */
export function playTables(tables: readonly Float64Array[], freqs: Float64Array, blend?: Float64Array, phase0 = 0): Float64Array {
  const out = new Float64Array(freqs.length);
  let ph = phase0 % 1;
  const last = tables.length - 1;
  for (let i = 0; i < freqs.length; i++) {
    const pos = ph * TABLE;
    const j = Math.floor(pos);
    const f = pos - j;
    const b = blend ? Math.min(Math.max(blend[i]!, 0), last) : 0;
    const k = Math.min(Math.floor(b), Math.max(last - 1, 0));
    const u = last === 0 ? 0 : b - k;
    const ta = tables[k]!;
    const va = ta[j]! + (ta[j + 1]! - ta[j]!) * f;
    let v = va;
    if (u > 0) {
      const tb = tables[k + 1]!;
      const vb = tb[j]! + (tb[j + 1]! - tb[j]!) * f;
      v = va + (vb - va) * u;
    }
    out[i] = v;
    ph += freqs[i]! / SR;
    if (ph >= 1) ph -= 1;
  }
  return out;
}

export interface PitchOptions {
  vibratoRate?: number;
  vibratoDepth?: number;
  /** Seconds before the vibrato has fully grown in. */
  vibratoDelay?: number;
  /** Start this many semitones off and slide to the note (a scoop). */
  scoop?: number;
  scoopTime?: number;
  /** Slow random wander, in semitones. */
  drift?: number;
  /** Slide from this frequency instead (legato). */
  from?: number;
  glide?: number;
}

/** A per-sample frequency curve for a sung, bowed or blown note. */
export function pitchCurve(freq: number, seconds: number, rng: Rng, o: PitchOptions = {}): Float64Array {
  const n = Math.max(1, Math.round(seconds * SR));
  const out = new Float64Array(n);
  const rate = (o.vibratoRate ?? 5.2) * (1 + rng.range(-0.08, 0.08));
  const depth = o.vibratoDepth ?? 0;
  const delay = o.vibratoDelay ?? 0.3;
  const vph = rng.range(0, Math.PI * 2);
  const drift = o.drift ?? 0;
  const d1 = rng.range(0.2, 0.5);
  const d2 = rng.range(0.6, 1.3);
  const dp1 = rng.range(0, 6.28);
  const dp2 = rng.range(0, 6.28);
  const scoop = o.scoop ?? 0;
  const scoopN = (o.scoopTime ?? 0.06) * SR;
  const glideN = (o.glide ?? 0.08) * SR;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const grow = Math.min(1, Math.max(0, (t - delay * 0.4) / Math.max(0.001, delay)));
    let semis = depth * grow * Math.sin(2 * Math.PI * rate * t + vph);
    semis += drift * (0.6 * Math.sin(2 * Math.PI * d1 * t + dp1) + 0.4 * Math.sin(2 * Math.PI * d2 * t + dp2));
    if (scoop !== 0 && i < scoopN * 3) semis += scoop * Math.exp(-i / scoopN);
    let f = freq * 2 ** (semis / 12);
    if (o.from !== undefined && i < glideN * 4) {
      const u = Math.exp(-i / glideN);
      f = f * (1 - u) + o.from * u;
    }
    out[i] = f;
  }
  return out;
}

export function whiteNoise(rng: Rng, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.bipolar();
  return out;
}

/** Pink noise (Paul Kellett's economy filter), roughly unit level. */
export function pinkNoise(rng: Rng, n: number): Float64Array {
  const out = new Float64Array(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < n; i++) {
    const w = rng.bipolar();
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.3;
  }
  return out;
}

/** Brown (red) noise: leaky integrated white noise, roughly unit level. */
export function brownNoise(rng: Rng, n: number): Float64Array {
  const out = new Float64Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.996 * y + rng.bipolar() * 0.06;
    out[i] = y;
  }
  return out;
}
