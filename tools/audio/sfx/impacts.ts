// Impacts: the gavel, a dull thud, the cell door, footsteps in a corridor.

import { addClick } from '../instruments/struck.ts';
import { Canvas, mix, SR, scale } from '../lib/buffer.ts';
import { Biquad, highpass, lowpass } from '../lib/filters.ts';
import { clank, hardStep } from '../lib/foley.ts';
import { addPartials } from '../lib/osc.ts';
import { reflections, reverb } from '../lib/reverb.ts';
import { Rng } from '../lib/rng.ts';

function withRoom(dry: Float64Array, send: number, o: Parameters<typeof reverb>[1]): Float64Array {
  return mix(dry, scale(reverb(dry, o), send));
}

/** A hardwood gavel on its sounding block: a bright knock, the block's body, twice. */
export function gavel(): Float64Array {
  const rng = new Rng('gavel');
  const c = new Canvas(1.8, 0.01);
  const strike = (t: number, vel: number) => {
    const at = c.at(t);
    addPartials(
      c.data,
      at,
      [
        { freq: 175 * rng.range(0.98, 1.02), amp: 0.9 * vel, decay: 0.05 },
        { freq: 620 * rng.range(0.98, 1.02), amp: 0.7 * vel, decay: 0.035 },
        { freq: 1340, amp: 0.45 * vel, decay: 0.022 },
        { freq: 2210, amp: 0.3 * vel, decay: 0.015 },
        { freq: 3480, amp: 0.18 * vel, decay: 0.01 },
      ],
      { attack: 0.0004 },
    );
    addClick(c.data, at, rng, 2, 3000, 1.6 * vel, 0.7);
    addClick(c.data, at, rng, 12, 260, 1.2 * vel, 0.6);
  };
  strike(0.02, 1);
  strike(0.42, 0.85);
  return withRoom(c.clip(0.3), 0.5, { room: 0.75, damp: 0.55, size: 1.3, predelayMs: 15, lowCutHz: 150 });
}

/** A dull thud: something heavy and soft meeting a floor. */
export function thud(): Float64Array {
  const rng = new Rng('thud');
  const c = new Canvas(1, 0.01);
  const len = Math.round(0.5 * SR);
  let ph = 0;
  const lp = new Biquad('lowpass', 500, 0.7);
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    ph += (2 * Math.PI * (52 + 60 * Math.exp(-t / 0.025))) / SR;
    const body = Math.sin(ph) * Math.min(1, t / 0.003) * Math.exp(-t / 0.09);
    const hit = lp.tick(rng.bipolar()) * Math.exp(-t / 0.02) * 0.8;
    c.data[c.at(0.005) + i]! += body + hit;
  }
  addPartials(c.data, c.at(0.005), [
    { freq: 130, amp: 0.35, decay: 0.06 },
    { freq: 240, amp: 0.15, decay: 0.04 },
  ]);
  return withRoom(c.clip(0.2), 0.15, { room: 0.5, damp: 0.7, size: 0.8, lowCutHz: 80, highCutHz: 3000 });
}

/** Barred door: the rattle and rumble of it rolling on its track, then the clang and the latch. */
export function cellDoor(): Float64Array {
  const rng = new Rng('cell_door');
  const c = new Canvas(3.2, 0.01);
  const slide = 1.15;
  const n = Math.round(slide * SR);
  const rumble = new Biquad('lowpass', 180, 0.9);
  const rattle = new Biquad('bandpass', 900, 3);
  const rattle2 = new Biquad('bandpass', 2300, 4);
  let jolt = 0;
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const speed = Math.sin(Math.PI * Math.min(1, u * 1.1)) ** 0.6;
    if (rng.chance(0.0025 * speed)) jolt = rng.range(0.4, 1);
    jolt *= 0.996;
    const w = rng.bipolar();
    const y = rumble.tick(w) * 1.4 * speed + (rattle.tick(w) * 0.4 + rattle2.tick(w) * 0.25) * (speed * 0.6 + jolt);
    c.data[c.at(0.05) + i]! += y * 1.1;
  }
  // Rollers clicking over the joins of the track.
  for (let k = 0; k < 6; k++) clank(c.data, c.at(0.1 + k * 0.17 + rng.range(-0.02, 0.02)), rng, 0.05, rng.range(380, 520), 0.15);
  const hit = 0.05 + slide;
  clank(c.data, c.at(hit), rng, 0.9, 118, 2.2);
  clank(c.data, c.at(hit + 0.004), rng, 0.6, 231, 1.6);
  addPartials(c.data, c.at(hit), [{ freq: 62, amp: 0.6, decay: 0.18 }]);
  clank(c.data, c.at(hit + 0.33), rng, 0.25, 740, 0.3); // the latch
  const dry = highpass(35).run(c.clip(0.4));
  return withRoom(dry, 0.55, { room: 0.88, damp: 0.35, size: 1.7, predelayMs: 25, lowCutHz: 120 });
}

/** Five hard steps down a corridor, its walls answering. */
export function footsteps(): Float64Array {
  const rng = new Rng('footsteps');
  const c = new Canvas(3.6, 0.01);
  for (let s = 0; s < 5; s++)
    hardStep(c.data, c.at(0.05 + s * 0.56 + rng.gauss() * 0.01), rng, 0.8 * (0.85 + 0.15 * rng.next()), 'stone');
  const dry = c.clip(0.3);
  const early = reflections(dry, [11, 19, 31, 47, 66], [0.45, 0.35, 0.28, 0.2, 0.14]);
  const wet = reverb(mix(dry, early), { room: 0.82, damp: 0.45, size: 1.5, predelayMs: 20, lowCutHz: 200 });
  return lowpass(6500).run(mix(dry, early, scale(wet, 0.45)));
}
