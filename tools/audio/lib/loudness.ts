// Loudness (ITU-R BS.1770 style: K-weighting, 400 ms blocks, gating) and a look-ahead peak
// limiter, so every music track sits at the same level and nothing clips after encoding.
import { circular, peak, SR } from './buffer.ts';
import { Biquad } from './filters.ts';

/** Integrated loudness in LUFS (mono). */
export function lufs(buf: Float64Array): number {
  const k = buf.slice();
  new Biquad('highshelf', 1681.97, 0.7072, 4.0).run(k);
  new Biquad('highpass', 38.13, 0.5003).run(k);
  const block = Math.round(0.4 * SR);
  const hop = Math.round(0.1 * SR);
  const powers: number[] = [];
  for (let s = 0; s + block <= k.length; s += hop) {
    let sum = 0;
    for (let i = s; i < s + block; i++) sum += k[i]! * k[i]!;
    powers.push(sum / block);
  }
  if (powers.length === 0) {
    let sum = 0;
    for (let i = 0; i < k.length; i++) sum += k[i]! * k[i]!;
    powers.push(sum / Math.max(1, k.length));
  }
  const toLufs = (p: number) => -0.691 + 10 * Math.log10(Math.max(p, 1e-12));
  const mean = (ps: number[]) => ps.reduce((a, b) => a + b, 0) / Math.max(1, ps.length);
  const abs = powers.filter((p) => toLufs(p) > -70);
  const rel = toLufs(mean(abs)) - 10;
  const gated = abs.filter((p) => toLufs(p) > rel);
  return toLufs(mean(gated.length > 0 ? gated : powers));
}

/** A look-ahead limiter: gain falls smoothly before a peak would pass `ceiling`, rises slowly after. */
export function limit(buf: Float64Array, ceiling: number, lookMs = 4, releaseMs = 120): Float64Array {
  const n = buf.length;
  const W = Math.max(1, Math.round((lookMs / 1000) * SR));
  const need = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.abs(buf[i]!);
    need[i] = a > ceiling ? ceiling / a : 1;
  }
  // m[j] = min(need[j .. j + 2W]) (monotonic deque).
  const m = new Float64Array(n);
  const dq: number[] = [];
  let head = 0;
  for (let j = n - 1; j >= 0; j--) {
    while (dq.length > head && need[dq[dq.length - 1]!]! >= need[j]!) dq.pop();
    dq.push(j);
    while (dq[head]! > j + 2 * W) head++;
    m[j] = need[dq[head]!]!;
  }
  // gain[i] = mean(m[i - 2W .. i]) <= need[i]; then a slow release upward.
  const out = new Float64Array(n);
  let acc = 0;
  const rel = 1 - Math.exp(-1 / ((releaseMs / 1000) * SR));
  let g = 1;
  for (let i = 0; i < n; i++) {
    acc += m[i]!;
    if (i - 2 * W - 1 >= 0) acc -= m[i - 2 * W - 1]!;
    const count = Math.min(i + 1, 2 * W + 1);
    const t = Math.min(acc / count, need[i]!);
    g = t < g ? t : g + (t - g) * rel;
    out[i] = buf[i]! * g;
  }
  return out;
}

export interface LevelOptions {
  /** Integrated loudness to reach, in LUFS. */
  lufs: number;
  /** Sample peak ceiling (linear) after limiting. */
  ceiling: number;
  loop: boolean;
}

/** Bring a finished mix to its target loudness and hold its peaks under the ceiling. */
export function level(buf: Float64Array, o: LevelOptions): Float64Array {
  const gain = 10 ** ((o.lufs - lufs(buf)) / 20);
  const scaled = buf.map((v) => v * gain);
  if (peak(scaled) <= o.ceiling) return scaled;
  const limited = o.loop ? circular(scaled, (x) => limit(x, o.ceiling)) : limit(scaled, o.ceiling);
  // Limiting lowers the loudness a little: one more pass of make-up gain, limited again.
  const again = 10 ** ((o.lufs - lufs(limited)) / 20);
  const made = limited.map((v) => v * Math.min(again, 1.5));
  const final = o.loop ? circular(made, (x) => limit(x, o.ceiling)) : limit(made, o.ceiling);
  // A last safety: hard-scale any remaining overshoot.
  const p = peak(final);
  return p > o.ceiling ? final.map((v) => (v * o.ceiling) / p) : final;
}
