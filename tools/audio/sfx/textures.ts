// Textures: fire, the balloon's gas burner, paper, a crowd reacting.
import { Canvas, mix, SR, scale } from '../lib/buffer.ts';
import { Biquad, highpass, lowpass, OnePole } from '../lib/filters.ts';
import { rustle, speech } from '../lib/foley.ts';
import { brownNoise, pinkNoise } from '../lib/osc.ts';
import { reverb } from '../lib/reverb.ts';
import { Rng } from '../lib/rng.ts';

/** Fire: the breathing roar of flames, a hiss, and crackles and pops of burning wood. */
export function fire(): Float64Array {
  const rng = new Rng('fire');
  const secs = 3.6;
  const n = Math.round(secs * SR);
  const roar = brownNoise(rng, n);
  const hiss = pinkNoise(rng, n);
  const lpR = new Biquad('lowpass', 400, 0.7);
  const bpH = new Biquad('bandpass', 2500, 0.6);
  const breath = new OnePole(3);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const env = Math.min(1, u / 0.12) * Math.min(1, (1 - u) / 0.25);
    const b = 0.6 + 0.4 * Math.abs(breath.tick(rng.bipolar() * 6));
    out[i] = (lpR.tick(roar[i]!) * 1.2 * b + bpH.tick(hiss[i]!) * 0.08) * env;
  }
  const c = new Canvas(secs, 0.01);
  let t = 0.05;
  while (t < secs - 0.3) {
    const big = rng.chance(0.15);
    const at = c.at(t);
    const bp = new Biquad('bandpass', rng.range(1500, 5000), rng.range(1, 4));
    const len = Math.round((big ? 0.03 : 0.008) * SR);
    for (let i = 0; i < len; i++)
      c.data[at + i]! += bp.tick(rng.bipolar()) * Math.exp(-i / (len / 4)) * (big ? 1.4 : rng.range(0.2, 0.7));
    t += rng.range(0.015, big ? 0.3 : 0.12) * (rng.chance(0.2) ? 4 : 1);
  }
  const crackle = c.clip(0.1);
  for (let i = 0; i < n; i++) crackle[i]! *= Math.min(1, i / n / 0.1) * Math.min(1, (1 - i / n) / 0.25);
  return mix(out, scale(crackle, 1.3));
}

/** The burner of a hot-air balloon: a click, then a hard roar of gas and flame, then it shuts. */
export function burner(): Float64Array {
  const rng = new Rng('burner');
  const secs = 2.7;
  const n = Math.round(secs * SR);
  const out = new Float64Array(n);
  const lp = new Biquad('lowpass', 900, 0.6);
  const bp = new Biquad('bandpass', 320, 1.2);
  const hi = new Biquad('bandpass', 3200, 0.8);
  const flutter = new OnePole(12);
  const on = 0.12;
  const off = 2.1;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = t < on ? 0 : t < on + 0.15 ? ((t - on) / 0.15) ** 0.5 : t < off ? 1 : Math.exp(-(t - off) / 0.12);
    const w = rng.bipolar();
    const f = 0.75 + 0.25 * flutter.tick(rng.bipolar() * 4);
    out[i] = (lp.tick(w) * 1.3 + bp.tick(w) * 1.2 + hi.tick(w) * 0.18) * env * f;
  }
  // The valve clicking open and closed.
  for (const [t, g] of [
    [0.1, 0.5],
    [off, 0.3],
  ] as const) {
    const at = Math.round(t * SR);
    const b = new Biquad('bandpass', 2400, 2);
    for (let i = 0; i < 400; i++) out[at + i]! += b.tick(rng.bipolar()) * Math.exp(-i / 60) * g;
  }
  const body = highpass(40).run(out);
  return mix(body, scale(reverb(body, { room: 0.4, damp: 0.7, size: 0.9, lowCutHz: 200, highCutHz: 4000 }), 0.2));
}

/** A few sheets of paper picked up and turned over. */
export function paper(): Float64Array {
  const rng = new Rng('paper');
  const c = new Canvas(1.4, 0.01);
  rustle(c.data, c.at(0.02), rng, 0.9, 0.45);
  rustle(c.data, c.at(0.5), rng, 0.7, 0.35);
  rustle(c.data, c.at(0.85), rng, 0.5, 0.4);
  const dry = c.clip(0.1);
  return mix(dry, scale(reverb(dry, { room: 0.5, damp: 0.6, size: 0.8, lowCutHz: 300 }), 0.15));
}

/** A crowd reacting: a shared gasp and "oh", then a murmur that spreads and settles. */
export function crowd(): Float64Array {
  const rng = new Rng('crowd');
  const secs = 3.2;
  const c = new Canvas(secs, 0.01);
  for (let v = 0; v < 26; v++) {
    const r = rng.fork(`p${v}`);
    const woman = r.chance(0.5);
    // The reaction: one long called vowel, together within a fraction of a second.
    speech(c.data, c.at(0.05 + Math.abs(r.gauss()) * 0.12), r, {
      seconds: r.range(0.5, 0.9),
      f0: woman ? r.range(210, 280) : r.range(120, 170),
      formantScale: woman ? 1.15 : 1,
      calling: true,
      lowpass: 3000,
      gain: r.range(0.2, 0.35),
      pause: [5, 6],
    });
    // Then talk breaks out and dies down.
    speech(c.data, c.at(r.range(0.7, 1.3)), r, {
      seconds: r.range(1.2, 2),
      f0: woman ? r.range(190, 240) : r.range(100, 140),
      formantScale: woman ? 1.15 : 1,
      lowpass: 2200,
      gain: r.range(0.08, 0.16),
      rate: 5,
      pause: [0.2, 0.6],
    });
  }
  const dry = c.clip(0.6);
  const n = dry.length;
  for (let i = 0; i < n; i++) dry[i]! *= Math.min(1, (1 - i / n) / 0.45);
  return lowpass(7000).run(mix(dry, scale(reverb(dry, { room: 0.75, damp: 0.5, size: 1.4, lowCutHz: 200 }), 0.4)));
}
