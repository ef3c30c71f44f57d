// Sample buffers: the sample rate, a canvas that notes are rendered into (folded into a seamless
// loop, or cut as a one-shot clip), and small mixing helpers.

export const SR = 44100;

/** Seconds to a whole number of samples. */
export function secs(s: number): number {
  return Math.round(s * SR);
}

/**
 * A canvas of `length` samples with a margin on both sides. Notes may start before 0 (a humanised
 * downbeat) or ring past the end; `fold()` wraps those margins round, so the last sample of the
 * loop runs straight into the first.
 */
export class Canvas {
  readonly length: number;
  readonly pad: number;
  readonly data: Float64Array;

  constructor(seconds: number, marginSeconds = 8) {
    this.length = secs(seconds);
    this.pad = secs(marginSeconds);
    this.data = new Float64Array(this.length + 2 * this.pad);
  }

  /** The index in `data` of time t (seconds from the loop start). */
  at(t: number): number {
    return this.pad + Math.round(t * SR);
  }

  /** The loop: every sample outside [0, length) is added back in at its place modulo length. */
  fold(): Float64Array {
    const out = new Float64Array(this.length);
    const L = this.length;
    for (let j = 0; j < this.data.length; j++) {
      const v = this.data[j]!;
      if (v === 0) continue;
      const i = (((j - this.pad) % L) + L) % L;
      out[i]! += v;
    }
    return out;
  }

  /** A one-shot: [0, length) with a short fade-out so it ends in silence. */
  clip(fadeSeconds = 0.05): Float64Array {
    const out = this.data.slice(this.pad, this.pad + this.length);
    fadeOut(out, secs(fadeSeconds));
    return out;
  }
}

/** Add `src` times `gain` into `out` from `start`, ignoring what falls outside. */
export function addInto(out: Float64Array, src: ArrayLike<number>, start = 0, gain = 1): void {
  const from = Math.max(0, -start);
  const to = Math.min(src.length, out.length - start);
  for (let i = from; i < to; i++) out[start + i]! += src[i]! * gain;
}

export function scale(buf: Float64Array, gain: number): Float64Array {
  for (let i = 0; i < buf.length; i++) buf[i]! *= gain;
  return buf;
}

/** The sum of equal-length buffers. */
export function mix(...bufs: Float64Array[]): Float64Array {
  const n = Math.max(...bufs.map((b) => b.length));
  const out = new Float64Array(n);
  for (const b of bufs) for (let i = 0; i < b.length; i++) out[i]! += b[i]!;
  return out;
}

export function fadeOut(buf: Float64Array, n: number): void {
  const len = Math.min(n, buf.length);
  for (let i = 0; i < len; i++) {
    const g = i / len;
    buf[buf.length - 1 - i]! *= g * g;
  }
}

export function fadeIn(buf: Float64Array, n: number): void {
  const len = Math.min(n, buf.length);
  for (let i = 0; i < len; i++) buf[i]! *= i / len;
}

/**
 * Run a stateful process (filter, reverb) over a loop as if it had always been looping: process
 * two copies end to end and keep the second, so the state at the loop point is the steady state.
 */
export function circular(loop: Float64Array, process: (x: Float64Array) => Float64Array): Float64Array {
  const L = loop.length;
  const twice = new Float64Array(2 * L);
  twice.set(loop, 0);
  twice.set(loop, L);
  return process(twice).slice(L, 2 * L);
}

/** A smooth random curve in [0, 1] that is periodic over n samples (sum of integer-cycle sines). */
export function periodicCurve(n: number, cycles: readonly number[], phases: readonly number[]): Float64Array {
  const out = new Float64Array(n);
  let norm = 0;
  for (let k = 0; k < cycles.length; k++) norm += 1 / (k + 1);
  for (let k = 0; k < cycles.length; k++) {
    const w = (2 * Math.PI * cycles[k]!) / n;
    const ph = phases[k] ?? 0;
    const a = 1 / (k + 1) / norm;
    for (let i = 0; i < n; i++) out[i]! += a * Math.sin(w * i + ph);
  }
  for (let i = 0; i < n; i++) out[i] = 0.5 + 0.5 * out[i]!;
  return out;
}

export function peak(buf: ArrayLike<number>): number {
  let p = 0;
  for (let i = 0; i < buf.length; i++) p = Math.max(p, Math.abs(buf[i]!));
  return p;
}

export function rms(buf: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i]! * buf[i]!;
  return Math.sqrt(s / Math.max(1, buf.length));
}
