// Envelopes: ADSR with curved segments, and breakpoint curves.
import { SR } from './buffer.ts';

export interface Adsr {
  attack: number;
  decay: number;
  sustain: number;
  release: number;
}

/**
 * An ADSR envelope for a note held `hold` seconds, released after; returns hold + release seconds
 * of gain. Attack rises on a sine curve (no click), decay and release fall exponentially.
 */
export function adsr(hold: number, e: Adsr): Float64Array {
  const n = Math.max(1, Math.round((hold + e.release) * SR));
  const off = Math.round(hold * SR);
  const a = Math.max(1, Math.round(e.attack * SR));
  const dTau = Math.max(1, e.decay * SR) / 3;
  const rTau = Math.max(1, e.release * SR) / 4.6;
  const out = new Float64Array(n);
  let level = 0;
  for (let i = 0; i < n; i++) {
    if (i < off) {
      if (i < a) level = Math.sin(((i / a) * Math.PI) / 2);
      else level = e.sustain + (1 - e.sustain) * Math.exp(-(i - a) / dTau);
      out[i] = level;
    } else {
      out[i] = level * Math.exp(-(i - off) / rTau);
    }
  }
  // The last few ms fall to exactly zero.
  const tail = Math.min(n, Math.round(0.004 * SR));
  for (let i = 0; i < tail; i++) out[n - 1 - i]! *= i / tail;
  return out;
}

/** A curve through [time, value] points (linear in between), `seconds` long. */
export function breakpoints(seconds: number, points: readonly (readonly [number, number])[]): Float64Array {
  const n = Math.max(1, Math.round(seconds * SR));
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    while (k < points.length - 2 && t > points[k + 1]![0]) k++;
    const [t0, v0] = points[k]!;
    const [t1, v1] = points[Math.min(k + 1, points.length - 1)]!;
    const u = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 1;
    out[i] = v0 + (v1 - v0) * u;
  }
  return out;
}

/** A percussive envelope: quick attack, exponential decay to silence. */
export function perc(seconds: number, attack: number, decay: number): Float64Array {
  const n = Math.max(1, Math.round(seconds * SR));
  const a = Math.max(1, Math.round(attack * SR));
  const tau = decay * SR;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (i < a ? i / a : 1) * Math.exp(-Math.max(0, i - a) / tau);
  const tail = Math.min(n, Math.round(0.003 * SR));
  for (let i = 0; i < tail; i++) out[n - 1 - i]! *= i / tail;
  return out;
}
