// Signals: the prison siren, the shop door's bell, the music box's first notes.

import { bell as bellInstr, musicBoxLow, musicBox as tine } from '../instruments/struck.ts';
import { Canvas, mix, SR, scale } from '../lib/buffer.ts';
import { Biquad, highpass } from '../lib/filters.ts';
import { playTables, wavetable } from '../lib/osc.ts';
import { reverb } from '../lib/reverb.ts';
import { Rng } from '../lib/rng.ts';
import { hz, line } from '../lib/score.ts';
import { THEME_MAJOR } from '../music/melody.ts';

/** A prison siren: a horn tone wailing up and down twice, heard across the yard. */
export function alarm(): Float64Array {
  const rng = new Rng('alarm');
  const secs = 4.2;
  const n = Math.round(secs * SR);
  const freqs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const cycle = (t % 2) / 2; // rises for 1.2 s, falls for 0.8 s
    const u = cycle < 0.6 ? Math.sin(((cycle / 0.6) * Math.PI) / 2) : Math.cos((((cycle - 0.6) / 0.4) * Math.PI) / 2);
    freqs[i] = 420 + 480 * u;
  }
  const table = [wavetable([1, 0.6, 0.45, 0.3, 0.22, 0.15, 0.1, 0.07, 0.05], 900)];
  const tone = playTables(table, freqs);
  const horn = new Biquad('bandpass', 1100, 0.8);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.3) * Math.min(1, (secs - t) / 0.6);
    out[i] = (horn.tick(tone[i]!) * 1.2 + tone[i]! * 0.15) * env * (1 + 0.02 * rng.bipolar());
  }
  const wet = reverb(out, { room: 0.85, damp: 0.3, size: 1.8, predelayMs: 60, lowCutHz: 300 });
  return mix(scale(out, 0.7), scale(wet, 0.8));
}

/** A bell on a spring over a shop door, swinging and striking a few times as the door opens. */
export function bell(): Float64Array {
  const rng = new Rng('bell');
  const c = new Canvas(2.4, 0.01);
  const small = bellInstr([1, 2.16, 3.54, 5.08, 6.72], [1, 0.45, 0.3, 0.14, 0.08], [1.1, 0.7, 0.45, 0.25, 0.15]);
  const strikes = [0.02, 0.13, 0.22, 0.36, 0.49, 0.66];
  strikes.forEach((t, k) => {
    const vel = 0.9 * 0.78 ** k * rng.range(0.85, 1);
    small(c.data, c.at(t), { t, dur: 1, freq: 2093 * (k % 2 === 0 ? 1 : 1.0015), vel }, rng);
    if (k % 2 === 1) small(c.data, c.at(t + 0.004), { t, dur: 1, freq: 2637, vel: vel * 0.5 }, rng);
  });
  const dry = highpass(400).run(c.clip(0.3));
  return mix(dry, scale(reverb(dry, { room: 0.55, damp: 0.5, size: 0.9, lowCutHz: 500 }), 0.25));
}

/** The music box's first notes: the theme's opening two bars in D, ringing out. */
export function musicBox(): Float64Array {
  const rng = new Rng('music_box');
  const secs = 5.5;
  const c = new Canvas(secs, 0.01);
  const beat = 60 / 76;
  const events = line(THEME_MAJOR, 0.5, 3).filter((e) => e.bar < 2);
  for (const e of events) {
    const t = 0.05 + e.beat * beat + rng.gauss() * 0.008;
    tine(c.data, c.at(t), { t, dur: 1, freq: hz(e.midi + 2), vel: 0.65 * (e.beat % 3 === 0 ? 1.1 : 1) }, rng);
  }
  const bass = [
    [0, 'D3'],
    [3, 'G3'],
  ] as const;
  for (const [b, name] of bass) {
    const m = line(`${name}:1`, 1, 1)[0]!.midi;
    const t = 0.05 + b * beat;
    musicBoxLow(c.data, c.at(t), { t, dur: 1, freq: hz(m), vel: 0.45 }, rng);
  }
  // The last note is the start of bar 3: it rings out alone.
  const t3 = 0.05 + 6 * beat;
  tine(c.data, c.at(t3), { t: t3, dur: 1, freq: hz(line('F#5:1', 1, 1)[0]!.midi), vel: 0.6 }, rng);
  musicBoxLow(c.data, c.at(t3), { t: t3, dur: 1, freq: hz(line('D3:1', 1, 1)[0]!.midi), vel: 0.4 }, rng);
  const dry = c.clip(1.2);
  return mix(dry, scale(reverb(dry, { room: 0.78, damp: 0.45, size: 1.2, predelayMs: 18, lowCutHz: 200 }), 0.45));
}
