// courtroom: a panelled room waiting: the tone of the room and its ventilation, a low murmur,
// papers turned, a chair creaking, a cough, a pen set down.

import { knock } from '../instruments/drums.ts';
import { mix, SR, scale } from '../lib/buffer.ts';
import { Biquad, highpass, lowpass } from '../lib/filters.ts';
import { cough, rustle, speech } from '../lib/foley.ts';
import { Rng } from '../lib/rng.ts';
import { bed, events, LOOP, N, scatter, space } from './common.ts';

/** A wooden chair creaking: friction exciting a resonance whose pitch wavers. */
function creak(out: Float64Array, at: number, rng: Rng, vel: number): void {
  const len = Math.round(0.5 * SR);
  const bp = new Biquad('bandpass', 600, 12);
  let stick = 0;
  for (let i = 0; i < len; i++) {
    const u = i / len;
    const f = 520 + 160 * Math.sin(Math.PI * u) + 30 * Math.sin(i / 300);
    if (i % 64 === 0) bp.set('bandpass', f, 12);
    // Stick-slip: a train of irregular pulses.
    stick = rng.chance(0.012) ? 1 : stick * 0.9;
    const y = bp.tick(stick * rng.range(0.5, 1)) * Math.sin(Math.PI * u);
    if (at + i >= 0 && at + i < out.length) out[at + i]! += y * vel;
  }
}

export function render(): Float64Array {
  const rng = new Rng('courtroom');
  const tone = bed(rng.fork('tone'), N, 'pink', [lowpass(400), highpass(40)], 0.35);
  const vent = bed(rng.fork('vent'), N, 'white', [new Biquad('bandpass', 900, 0.7), lowpass(2500)], 0.03);
  const murmur = events(LOOP, (c) => {
    for (let v = 0; v < 7; v++) {
      const r = rng.fork(`m${v}`);
      const woman = r.chance(0.4);
      speech(c.data, c.at(r.range(-2, LOOP)), r, {
        seconds: r.range(3, 7),
        f0: woman ? r.range(185, 225) : r.range(95, 130),
        formantScale: woman ? 1.15 : 1,
        lowpass: 1500,
        gain: r.range(0.08, 0.16),
        rate: 4,
        pause: [1, 4],
      });
    }
  });
  const foley = events(LOOP, (c) => {
    const [p1, p2, p3] = scatter(rng, LOOP, 3);
    rustle(c.data, c.at(p1!), rng, 0.1, 0.45);
    rustle(c.data, c.at(p2!), rng, 0.08, 0.3);
    creak(c.data, c.at(p3!), rng, 0.5);
    cough(c.data, c.at(rng.range(2, 18)), rng, 0.12, 120);
    const pen = knock(rng, [1900, 3100, 4700], 0.04);
    pen(c.data, c.at(rng.range(1, 19)), { t: 0, dur: 0.1, freq: 1900, vel: 0.05 }, rng);
  });
  return space([tone, vent, murmur, foley], [scale(murmur.slice(), 0.8), mix(foley)], {
    room: 0.7,
    damp: 0.6,
    size: 1.2,
    predelayMs: 15,
    lowCutHz: 200,
    highCutHz: 5000,
  });
}
