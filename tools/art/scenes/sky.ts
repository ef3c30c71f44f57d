// sky: the closing sky.

import { glow } from '../lib/light.ts';
import { BW, blur, calm, paint, sky, vignette } from '../lib/scenery.ts';
import { type Doc, p, polyD, type Rng } from '../lib/svg.ts';
import { cumulus, stars } from '../lib/weather.ts';

export function skyVision(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#23386a'],
    [0.3, '#5d6fa8'],
    [0.55, '#c99aac'],
    [0.75, '#f2c79c'],
    [1, '#fbe6c4'],
  ]);
  stars(d, r, 50, 0, 0, BW, 260, 2);
  // the sun just under the clouds, and its rays
  const sx = 1260;
  const sy = 700;
  let rays = '';
  for (let i = 0; i < 11; i++) {
    const a = Math.PI * (1.02 + (i / 10) * 0.96);
    const spread = 0.035;
    rays += polyD([
      sx,
      sy,
      sx + Math.cos(a - spread) * 1500,
      sy + Math.sin(a - spread) * 1500,
      sx + Math.cos(a + spread) * 1500,
      sy + Math.sin(a + spread) * 1500,
    ]);
  }
  d.path(
    rays,
    d.radU(
      [
        [0, '#fff6e0', 0.16],
        [0.7, '#fff6e0', 0.04],
        [1, '#fff6e0', 0],
      ],
      sx,
      sy,
      1100,
    ),
    { filter: blur(d, 6) },
  );
  glow(d, sx, sy, 760, '#fff1d6', 0.55);
  glow(d, sx, sy, 200, '#fffaf0', 0.85);
  // high thin clouds, then towering lit cumulus, then a sea of cloud below
  cumulus(d, r, -120, 250, 760, 70, '#6f78b0', '#8e92c4', 0.55, 5);
  cumulus(d, r, 1180, 200, 840, 80, '#7a7fb8', '#a09ccc', 0.5, 5);
  cumulus(d, r, 120, 600, 860, 170, '#c48f9e', '#f2c2b0', 0.85, 3);
  cumulus(d, r, 1380, 640, 700, 150, '#d49c98', '#f8d2b4', 0.85, 3);
  cumulus(d, r, -160, 820, 1100, 200, '#d9a7a4', '#fbdcc0', 0.95, 3);
  cumulus(d, r, 760, 860, 1400, 220, '#e8b9a6', '#fde8d0', 0.95, 3);
  // a few birds, far off
  let birds = '';
  for (let i = 0; i < 5; i++) {
    const x = 420 + i * 56 + r.range(-20, 20);
    const y = 430 - i * 16 + r.range(-10, 10);
    const s = r.range(0.6, 1);
    birds += p('M', x - 14 * s, y, 'q', 7 * s, -8 * s, 14 * s, 0, 'q', 7 * s, -8 * s, 14 * s, 0);
  }
  d.line(birds, '#4a4a70', 2.5, { 'stroke-linecap': 'round', opacity: 0.6 });
  // the floor of cloud, lit gold
  d.rect(
    0,
    900,
    BW,
    180,
    d.lin([
      [0, '#fbe2c4', 0],
      [0.4, '#f4d2b4', 0.8],
      [1, '#d8aeb0', 1],
    ]),
  );
  paint(d, 131, 0.6);
  calm(d, '#7a5a7a', 0.3);
  vignette(d, 0.3, '#2a2040');
}
