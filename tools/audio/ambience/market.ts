// market: a winter street market. A murmur of many voices, vendors calling out now and then,
// people walking past in packed snow, the low hum of the town.
import { scale } from '../lib/buffer.ts';
import { highpass, lowpass } from '../lib/filters.ts';
import { snowStep, speech } from '../lib/foley.ts';
import { Rng } from '../lib/rng.ts';
import { bed, events, LOOP, loopFilter, N, scatter, space } from './common.ts';

export function render(): Float64Array {
  const rng = new Rng('market');
  const murmur = events(LOOP, (c) => {
    for (let v = 0; v < 14; v++) {
      const r = rng.fork(`voice${v}`);
      const woman = r.chance(0.5);
      speech(c.data, c.at(r.range(-2, LOOP)), r, {
        seconds: r.range(6, 14),
        f0: woman ? r.range(190, 240) : r.range(100, 135),
        formantScale: woman ? 1.15 : 1,
        lowpass: r.range(1600, 2600),
        gain: r.range(0.15, 0.35),
      });
    }
  });
  const calls = events(LOOP, (c) => {
    const times = scatter(rng, LOOP, 3);
    times.forEach((t, k) => {
      const r = rng.fork(`call${k}`);
      speech(c.data, c.at(t), r, {
        seconds: r.range(1.4, 2.2),
        f0: k === 1 ? 230 : 150,
        formantScale: k === 1 ? 1.15 : 1,
        calling: true,
        lowpass: 2200,
        gain: 0.45,
      });
    });
  });
  const steps = events(LOOP, (c) => {
    // Four people walking past at their own pace, fading in and out as they pass.
    scatter(rng, LOOP, 4).forEach((start, w) => {
      const r = rng.fork(`walker${w}`);
      const pace = r.range(0.5, 0.62);
      const count = r.int(9, 14);
      for (let s = 0; s < count; s++) {
        const pass = Math.sin((Math.PI * (s + 0.5)) / count);
        snowStep(c.data, c.at(start + s * pace + r.gauss() * 0.01), r, (0.2 + 0.8 * pass) * r.range(0.07, 0.12));
      }
    });
  });
  loopFilter(steps, lowpass(4500));
  const hum = bed(rng.fork('hum'), N, 'brown', [lowpass(300), highpass(40)], 0.5);
  return space([murmur, scale(calls.slice(), 0.8), steps, hum], [scale(murmur.slice(), 0.5), calls, scale(steps.slice(), 0.2)], {
    room: 0.55,
    damp: 0.6,
    size: 1.6,
    predelayMs: 30,
    lowCutHz: 250,
    highCutHz: 4000,
  });
}
