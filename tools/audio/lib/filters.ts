// Filters: RBJ biquads, a one-pole, a time-varying state-variable filter and a DC blocker.
import { SR } from './buffer.ts';

export type BiquadKind = 'lowpass' | 'highpass' | 'bandpass' | 'peak' | 'lowshelf' | 'highshelf' | 'notch';

/** A biquad filter from Robert Bristow-Johnson's cookbook (transposed direct form II). */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private z1 = 0;
  private z2 = 0;

  constructor(kind: BiquadKind, freq: number, q = Math.SQRT1_2, gainDb = 0) {
    this.set(kind, freq, q, gainDb);
  }

  set(kind: BiquadKind, freq: number, q = Math.SQRT1_2, gainDb = 0): this {
    const f = Math.min(Math.max(freq, 5), SR * 0.49);
    const w = (2 * Math.PI * f) / SR;
    const cw = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const A = 10 ** (gainDb / 40);
    let b0: number;
    let b1: number;
    let b2: number;
    let a0: number;
    let a1: number;
    let a2: number;
    switch (kind) {
      case 'lowpass':
        [b0, b1, b2, a0, a1, a2] = [(1 - cw) / 2, 1 - cw, (1 - cw) / 2, 1 + alpha, -2 * cw, 1 - alpha];
        break;
      case 'highpass':
        [b0, b1, b2, a0, a1, a2] = [(1 + cw) / 2, -(1 + cw), (1 + cw) / 2, 1 + alpha, -2 * cw, 1 - alpha];
        break;
      case 'bandpass':
        [b0, b1, b2, a0, a1, a2] = [alpha, 0, -alpha, 1 + alpha, -2 * cw, 1 - alpha];
        break;
      case 'notch':
        [b0, b1, b2, a0, a1, a2] = [1, -2 * cw, 1, 1 + alpha, -2 * cw, 1 - alpha];
        break;
      case 'peak':
        [b0, b1, b2, a0, a1, a2] = [1 + alpha * A, -2 * cw, 1 - alpha * A, 1 + alpha / A, -2 * cw, 1 - alpha / A];
        break;
      case 'lowshelf': {
        const s = 2 * Math.sqrt(A) * alpha;
        b0 = A * (A + 1 - (A - 1) * cw + s);
        b1 = 2 * A * (A - 1 - (A + 1) * cw);
        b2 = A * (A + 1 - (A - 1) * cw - s);
        a0 = A + 1 + (A - 1) * cw + s;
        a1 = -2 * (A - 1 + (A + 1) * cw);
        a2 = A + 1 + (A - 1) * cw - s;
        break;
      }
      case 'highshelf': {
        const s = 2 * Math.sqrt(A) * alpha;
        b0 = A * (A + 1 + (A - 1) * cw + s);
        b1 = -2 * A * (A - 1 + (A + 1) * cw);
        b2 = A * (A + 1 + (A - 1) * cw - s);
        a0 = A + 1 - (A - 1) * cw + s;
        a1 = 2 * (A - 1 - (A + 1) * cw);
        a2 = A + 1 - (A - 1) * cw - s;
        break;
      }
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = a1 / a0;
    this.a2 = a2 / a0;
    return this;
  }

  tick(x: number): number {
    const y = this.b0 * x + this.z1;
    this.z1 = this.b1 * x - this.a1 * y + this.z2;
    this.z2 = this.b2 * x - this.a2 * y;
    return y;
  }

  /** Filter in place and return the buffer. */
  run(buf: Float64Array): Float64Array {
    for (let i = 0; i < buf.length; i++) buf[i] = this.tick(buf[i]!);
    return buf;
  }
}

/** Filter a copy through a chain of biquads. */
export function filtered(buf: Float64Array, ...chain: Biquad[]): Float64Array {
  const out = buf.slice();
  for (const f of chain) f.run(out);
  return out;
}

export const lowpass = (f: number, q = Math.SQRT1_2) => new Biquad('lowpass', f, q);
export const highpass = (f: number, q = Math.SQRT1_2) => new Biquad('highpass', f, q);
export const bandpass = (f: number, q = 1) => new Biquad('bandpass', f, q);
export const peaking = (f: number, q: number, db: number) => new Biquad('peak', f, q, db);
export const lowshelf = (f: number, db: number) => new Biquad('lowshelf', f, Math.SQRT1_2, db);
export const highshelf = (f: number, db: number) => new Biquad('highshelf', f, Math.SQRT1_2, db);

/** One-pole low-pass: a gentle 6 dB/octave smoother. */
export class OnePole {
  private y = 0;
  private a: number;
  constructor(freq: number) {
    this.a = Math.exp((-2 * Math.PI * freq) / SR);
  }
  tick(x: number): number {
    this.y = x + this.a * (this.y - x);
    return this.y;
  }
}

/**
 * A state-variable filter (Zavalishin's topology-preserving form) whose cutoff may change every
 * sample without zipper noise: for sweeping pads, wind and formants.
 */
export class Svf {
  private ic1 = 0;
  private ic2 = 0;
  lp = 0;
  bp = 0;
  hp = 0;
  constructor(private q = Math.SQRT1_2) {}
  setQ(q: number): void {
    this.q = q;
  }
  tick(x: number, freq: number): number {
    const g = Math.tan((Math.PI * Math.min(Math.max(freq, 10), SR * 0.45)) / SR);
    const k = 1 / this.q;
    const a1 = 1 / (1 + g * (g + k));
    const a2 = g * a1;
    const a3 = g * a2;
    const v3 = x - this.ic2;
    const v1 = a1 * this.ic1 + a2 * v3;
    const v2 = this.ic2 + a2 * this.ic1 + a3 * v3;
    this.ic1 = 2 * v1 - this.ic1;
    this.ic2 = 2 * v2 - this.ic2;
    this.lp = v2;
    this.bp = v1;
    this.hp = x - k * v1 - v2;
    return v2;
  }
}

/** Remove DC offset (a high-pass at about 10 Hz). */
export function dcBlock(buf: Float64Array): Float64Array {
  let x1 = 0;
  let y1 = 0;
  const R = 0.9986;
  for (let i = 0; i < buf.length; i++) {
    const x = buf[i]!;
    const y = x - x1 + R * y1;
    x1 = x;
    y1 = y;
    buf[i] = y;
  }
  return buf;
}
