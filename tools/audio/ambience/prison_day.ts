// prison_day: a big hard building by day. Voices far down the halls, metal doors and bars
// struck somewhere, a guard's footsteps, all of it in a long concrete echo.
import { mix, scale } from '../lib/buffer.ts';
import { highpass, lowpass } from '../lib/filters.ts';
import { clank, hardStep, speech } from '../lib/foley.ts';
import { Rng } from '../lib/rng.ts';
import { bed, events, LOOP, loopFilter, N, scatter, space } from './common.ts';

export function render(): Float64Array {
  const rng = new Rng('prison_day');
  const voices = events(LOOP, (c) => {
    for (let v = 0; v < 8; v++) {
      const r = rng.fork(`v${v}`);
      speech(c.data, c.at(r.range(-3, LOOP)), r, {
        seconds: r.range(4, 9),
        f0: r.range(95, 140),
        lowpass: r.range(900, 1500),
        gain: r.range(0.2, 0.4),
        pause: [0.8, 3],
      });
    }
    // Someone calls out a name down the hall.
    const r = rng.fork('shout');
    speech(c.data, c.at(r.range(4, 14)), r, { seconds: 1.3, f0: 150, calling: true, lowpass: 1400, gain: 0.5 });
  });
  const metal = events(LOOP, (c) => {
    scatter(rng, LOOP, 4).forEach((t, k) => {
      const r = rng.fork(`m${k}`);
      clank(c.data, c.at(t), r, r.range(0.25, 0.45), r.range(140, 320), 1.2);
      if (r.chance(0.5)) clank(c.data, c.at(t + r.range(0.15, 0.3)), r, 0.15, r.range(200, 400));
    });
  });
  const steps = events(LOOP, (c) => {
    const r = rng.fork('guard');
    const start = r.range(0, LOOP);
    for (let s = 0; s < 12; s++) {
      const pass = Math.sin((Math.PI * (s + 0.5)) / 12);
      hardStep(c.data, c.at(start + s * 0.58 + r.gauss() * 0.008), r, 0.03 + 0.09 * pass, 'stone');
    }
  });
  loopFilter(steps, lowpass(3500));
  const air = bed(rng.fork('air'), N, 'pink', [lowpass(500), highpass(50)], 0.25);
  const far = mix(scale(voices.slice(), 0.6), scale(metal.slice(), 0.45), scale(steps.slice(), 0.5));
  return space([far, air], [mix(voices, metal, steps)], {
    room: 0.9,
    damp: 0.35,
    size: 1.8,
    predelayMs: 45,
    lowCutHz: 200,
    highCutHz: 5000,
  });
}
