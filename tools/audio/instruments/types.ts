// What every instrument takes: a note in seconds and hertz, rendered into a buffer at a sample index.
import type { Canvas } from '../lib/buffer.ts';
import type { Rng } from '../lib/rng.ts';

export interface Note {
  /** Start, in seconds from the loop start (may be a little negative: it wraps). */
  t: number;
  /** Held for this many seconds (struck instruments ring on past it until damped). */
  dur: number;
  freq: number;
  /** 0..1 */
  vel: number;
}

export type Instrument = (out: Float64Array, at: number, note: Note, rng: Rng) => void;

/** Render every note into the canvas. */
export function play(canvas: Canvas, notes: readonly Note[], instrument: Instrument, rng: Rng): void {
  for (const n of notes) instrument(canvas.data, canvas.at(n.t), n, rng);
}

/** Add a rendered note into `out` at `at`, times a gain. */
export function place(out: Float64Array, at: number, src: Float64Array, gain = 1): void {
  const from = Math.max(0, -at);
  const to = Math.min(src.length, out.length - at);
  for (let i = from; i < to; i++) out[at + i]! += src[i]! * gain;
}
