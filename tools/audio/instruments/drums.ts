// Percussion from noise and membranes: brushes, a soft timpani, a heartbeat, a wooden knock.
import { SR } from '../lib/buffer.ts';
import { Biquad } from '../lib/filters.ts';
import { addPartials } from '../lib/osc.ts';
import type { Rng } from '../lib/rng.ts';
import { addClick } from './struck.ts';
import type { Instrument } from './types.ts';

/** A brush on a snare: a band of noise with a soft attack and a short sweep. */
export const brush: Instrument = (out, at, n, rng) => {
  const len = Math.round((0.12 + n.dur * 0.5) * SR);
  const bp = new Biquad('bandpass', 5200, 0.6);
  const hp = new Biquad('highpass', 1800, 0.7);
  const att = Math.round(0.006 * SR);
  for (let i = 0; i < len; i++) {
    const env = (i < att ? i / att : 1) * Math.exp(-i / (0.05 * SR + n.dur * 0.15 * SR));
    const y = hp.tick(bp.tick(rng.bipolar())) * env * n.vel * 0.5;
    if (at + i >= 0 && at + i < out.length) out[at + i]! += y;
  }
};

/**
 * A soft timpani or low drum: membrane modes (ratios of a struck kettle drum) with the pitch
 * falling a little after the strike, and a felt mallet thump.
 */
export const timpani: Instrument = (out, at, n, rng) => {
  const f = n.freq;
  const modes = [1, 1.5, 1.99, 2.44, 2.98];
  const amps = [1, 0.5, 0.3, 0.15, 0.08];
  addPartials(
    out,
    at,
    modes.map((r, k) => ({
      freq: f * r,
      amp: (amps[k] ?? 0) * n.vel * 0.6,
      decay: 1.6 / (1 + k * 0.8),
      phase: rng.range(0, 6.28),
    })),
    { attack: 0.004, maxSeconds: 4 },
  );
  addClick(out, at, rng, 14, 300, 0.5 * n.vel, 0.5);
};

/** A heartbeat-like low thump: a sine whose pitch drops, very short. */
export const thump: Instrument = (out, at, n) => {
  const len = Math.round(0.35 * SR);
  let ph = 0;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const f = n.freq * (1 + 0.8 * Math.exp(-t / 0.03));
    ph += (2 * Math.PI * f) / SR;
    const env = Math.min(1, i / (0.004 * SR)) * Math.exp(-t / 0.07);
    if (at + i >= 0 && at + i < out.length) out[at + i]! += Math.sin(ph) * env * n.vel;
  }
};

/** Noise through a resonant band: used for wooden knocks, taps, scrapes. */
export function knock(rng: Rng, freqs: readonly number[], decay: number): Instrument {
  return (out, at, n) => {
    addPartials(
      out,
      at,
      freqs.map((f, k) => ({
        freq: f * (n.freq / freqs[0]!),
        amp: n.vel / (k + 1),
        decay: decay / (1 + k * 0.5),
        phase: rng.range(0, 6.28),
      })),
      { attack: 0.0005, maxSeconds: 2 },
    );
    addClick(out, at, rng, 3, 2500, 0.6 * n.vel, 0.6);
  };
}
