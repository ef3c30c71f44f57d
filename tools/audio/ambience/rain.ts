// rain: steady rain: a wash of fine drops, a patter of nearer ones, a gutter dripping close by.
import { type Canvas, mix, scale } from '../lib/buffer.ts';
import { highpass, lowpass } from '../lib/filters.ts';
import { drip } from '../lib/foley.ts';
import { Rng } from '../lib/rng.ts';
import { bed, drift, events, LOOP, loopFilter, N } from './common.ts';

export function render(): Float64Array {
  const rng = new Rng('rain');
  const wash = bed(rng.fork('wash'), N, 'pink', [highpass(500), lowpass(7000)], 0.35);
  const swell = drift(rng, N, 0.8, 1, [1, 2, 4]);
  for (let i = 0; i < N; i++) wash[i]! *= swell[i]!;
  const rumble = bed(rng.fork('rumble'), N, 'brown', [lowpass(200), highpass(30)], 0.3);
  // Thousands of small drops: each a tiny bubble at a random pitch.
  const patter = events(LOOP, (c: Canvas) => {
    const r = rng.fork('patter');
    for (let k = 0; k < 3600; k++)
      drip(c.data, c.at(r.range(0, LOOP)), r, r.range(0.01, 0.05) * (r.chance(0.1) ? 2.5 : 1), r.range(1800, 5200));
  });
  const gutter = events(LOOP, (c) => {
    const r = rng.fork('gutter');
    let t = r.range(0, 0.5);
    while (t < LOOP) {
      drip(c.data, c.at(t), r, r.range(0.15, 0.25), r.range(650, 760));
      t += r.range(0.45, 0.9);
    }
  });
  return mix(wash, rumble, loopFilter(patter, lowpass(9000)), scale(gutter, 0.6));
}
