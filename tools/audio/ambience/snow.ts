// snow: soft winter wind, gusting and settling, with the faint hiss of blown snow.
import { mix, scale } from '../lib/buffer.ts';
import { highpass, lowpass } from '../lib/filters.ts';
import { Rng } from '../lib/rng.ts';
import { bed, drift, N, wind } from './common.ts';

export function render(): Float64Array {
  const rng = new Rng('snow');
  const low = wind(rng.fork('low'), N, { low: 180, high: 520, q: 0.8, gust: 0.65, cycles: [1, 2, 3], whistle: 0.12 });
  const high = wind(rng.fork('high'), N, { low: 700, high: 1600, q: 1.4, gust: 0.8, cycles: [2, 3, 7], whistle: 0.2 });
  const hiss = bed(rng.fork('hiss'), N, 'white', [highpass(3000), lowpass(9000)], 0.02);
  const swell = drift(rng, N, 0.4, 1, [2, 3]);
  for (let i = 0; i < N; i++) hiss[i]! *= swell[i]!;
  return mix(low, scale(high, 0.5), hiss);
}
