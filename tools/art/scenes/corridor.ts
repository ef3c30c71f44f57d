// corridor: the prison corridor.

import { glow, glowE, shaft } from '../lib/light.ts';
import { BH, BW, calm, fall, paint, quad, vignette } from '../lib/scenery.ts';
import type { Pt } from '../lib/shapes.ts';
import { type Doc, polyD, type Rng } from '../lib/svg.ts';

export function corridor(d: Doc, r: Rng): void {
  const vx = 960;
  const vy = 470;
  const farW = 150;
  const farH = 190;
  d.rect(0, 0, BW, BH, '#2a3430');
  // ceiling, walls, floor converge to the end of the corridor
  d.poly([0, 0, BW, 0, vx + farW, vy - farH, vx - farW, vy - farH], '#1e2624');
  d.poly(
    [0, 0, vx - farW, vy - farH, vx - farW, vy + farH, 0, BH],
    d.lin(
      [
        [0, '#4a5852'],
        [1, '#35403c'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  d.poly(
    [BW, 0, vx + farW, vy - farH, vx + farW, vy + farH, BW, BH],
    d.lin(
      [
        [0, '#35403c'],
        [1, '#4a5852'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  d.poly([0, BH, vx - farW, vy + farH, vx + farW, vy + farH, BW, BH], fall(d, '#5a6660', '#1e2624'));
  // the end: a door open on white light
  d.rect(vx - farW, vy - farH, farW * 2, farH * 2, '#3a4642');
  d.rect(vx - 60, vy - 120, 120, 310, '#fbfaf2');
  glow(d, vx, vy + 20, 420, '#f6f4e6', 0.6);
  shaft(d, [vx - 60, vy + 190, vx + 60, vy + 190, vx + 420, BH, vx - 420, BH], '#f6f4e6', 0.3, 0, vy + 190, 0, BH);
  // cell doors along both walls, in perspective
  const depth = [0.06, 0.3, 0.48, 0.61, 0.7, 0.77];
  let doors = '';
  let windows = '';
  for (const side of [-1, 1]) {
    for (let i = 0; i < depth.length - 1; i += 1) {
      const t0 = depth[i] ?? 0;
      const t1 = t0 + ((depth[i + 1] ?? 1) - t0) * 0.55;
      const at = (t: number, v: number): Pt => {
        const x = side < 0 ? (vx - farW) * t : BW - (BW - vx - farW) * t;
        const yTop = (vy - farH) * t;
        const yBot = BH + (vy + farH - BH) * t;
        return [x, yTop + (yBot - yTop) * v];
      };
      doors += polyD(quad(at(t0, 0.22), at(t1, 0.22), at(t1, 0.93), at(t0, 0.93)));
      windows += polyD(
        quad(
          at(t0 + (t1 - t0) * 0.3, 0.34),
          at(t0 + (t1 - t0) * 0.7, 0.34),
          at(t0 + (t1 - t0) * 0.7, 0.42),
          at(t0 + (t1 - t0) * 0.3, 0.42),
        ),
      );
    }
  }
  d.path(doors, '#26302c');
  d.path(windows, '#0e1412');
  // ceiling lights, getting smaller
  let tubes = '';
  for (const t of [0.08, 0.34, 0.52, 0.65, 0.74]) {
    const y = (vy - farH) * t + 20 * (1 - t);
    const w = 300 * (1 - t) + 30;
    tubes += polyD([vx - w / 2, y, vx + w / 2, y, vx + w / 2, y + 14 * (1 - t) + 3, vx - w / 2, y + 14 * (1 - t) + 3]);
    glowE(d, vx, y + 10, w * 0.9, 80 * (1 - t) + 10, '#e8f4ea', 0.3);
  }
  d.path(tubes, '#eef6ee');
  // a sheen on the floor
  d.poly([vx - 40, vy + farH, vx + 40, vy + farH, vx + 220, BH, vx - 220, BH], '#ffffff', { opacity: 0.06 });
  void r;
  paint(d, 121, 0.8);
  calm(d, '#0a0e0c', 0.55);
  vignette(d, 0.65, '#050706');
}
