// prison_night: the cell block asleep. The hum of the lights, a drip somewhere, a far-off
// cough, crickets outside the high window and a breath of wind.
import { type Canvas, SR, scale } from '../lib/buffer.ts';
import { highpass, lowpass } from '../lib/filters.ts';
import { chirp, cough, drip } from '../lib/foley.ts';
import { Rng } from '../lib/rng.ts';
import { bed, drift, events, LOOP, loopFilter, N, scatter, space, wind } from './common.ts';

export function render(): Float64Array {
  const rng = new Rng('prison_night');
  // Mains hum at 60 Hz with its harmonics, breathing very slightly (whole cycles per loop).
  const hum = new Float64Array(N);
  const sway = drift(rng, N, 0.8, 1, [1, 3]);
  const harmonics = [0.6, 1, 0.35, 0.25, 0.12, 0.08];
  for (let i = 0; i < N; i++) {
    let v = 0;
    harmonics.forEach((a, k) => {
      v += a * Math.sin((2 * Math.PI * 60 * (k + 1) * i) / SR);
    });
    hum[i] = v * sway[i]! * 0.02;
  }
  const drips = events(LOOP, (c: Canvas) => {
    let t = rng.range(0, 1);
    while (t < LOOP) {
      drip(c.data, c.at(t), rng, rng.range(0.12, 0.2), rng.pick([820, 860, 900]));
      t += rng.range(2.2, 3.6);
    }
  });
  const coughs = events(LOOP, (c) => {
    for (const t of scatter(rng, LOOP, 2)) cough(c.data, c.at(t), rng, 0.25, rng.range(110, 150));
  });
  const crickets = events(LOOP, (c) => {
    for (const [f, period, level] of [
      [4300, 0.62, 0.05],
      [4700, 0.81, 0.03],
    ] as const) {
      let t = rng.range(0, period);
      while (t < LOOP) {
        chirp(c.data, c.at(t), rng, level * rng.range(0.7, 1), f);
        t += period * rng.range(0.9, 1.1) + (rng.chance(0.08) ? rng.range(0.8, 2) : 0);
      }
    }
  });
  const breeze = scale(wind(rng.fork('wind'), N, { low: 300, high: 700, q: 0.9, gust: 0.7, cycles: [1, 2, 5] }), 0.25);
  const room = bed(rng.fork('room'), N, 'pink', [lowpass(300), highpass(40)], 0.08);
  const cricketsFar = loopFilter(crickets.slice(), lowpass(6000));
  return space(
    [hum, scale(drips.slice(), 0.6), scale(coughs.slice(), 0.3), cricketsFar, breeze, room],
    [drips, coughs, scale(cricketsFar.slice(), 0.5)],
    { room: 0.88, damp: 0.4, size: 1.7, predelayMs: 40, lowCutHz: 200, highCutHz: 6000 },
  );
}
