// The cell's perspective (shared with cell.ts) and what the cellmates keep in it: the shelf, towels and
// the drawing on the left wall, six sleeping mats on the floor.
import { floorMap, quad } from '../lib/scenery.ts';
import { type Pt, smooth } from '../lib/shapes.ts';
import { type Doc, darken, lighten, n, p, pathD, polyD } from '../lib/svg.ts';

// The room in perspective: the back wall between x1 and x2 down to y, the floor out to the front edge
// (below the picture), the ceiling line at top.y.
export const back = { x1: 420, x2: 1500, y: 660 };
export const front = { x1: -560, x2: 2480, y: 1180 };
export const top = { y: 110 };

/** The left wall: a shelf with cups, towels on hooks, a child's drawing taped up. */
export function leftWall(d: Doc, night: boolean): void {
  const lAt = (u: number, v: number): Pt => {
    const x = back.x1 - back.x1 * u;
    const yTop = top.y - top.y * u;
    const yBot = back.y + (1020 - back.y) * u;
    return [x, yTop + (yBot - yTop) * v];
  };
  const s1 = lAt(0.1, 0.3);
  const s2 = lAt(0.7, 0.3);
  d.poly([s1[0], s1[1], s2[0], s2[1], s2[0], s2[1] + 22, s1[0], s1[1] + 12], night ? '#2a2218' : '#7a5a3a');
  let cups = '';
  for (let i = 0; i < 6; i++) {
    const c = lAt(0.14 + i * 0.09, 0.3);
    const s = 1 + i * 0.12;
    cups += polyD([c[0] - 12 * s, c[1] - 28 * s, c[0] + 12 * s, c[1] - 28 * s, c[0] + 10 * s, c[1], c[0] - 10 * s, c[1]]);
  }
  d.path(cups, night ? '#3a4a52' : '#d8d0b8');
  let towels = '';
  for (let i = 0; i < 4; i++) {
    const c = lAt(0.18 + i * 0.14, 0.46);
    const s = 1 + i * 0.2;
    towels += polyD([
      c[0] - 18 * s,
      c[1],
      c[0] + 18 * s,
      c[1] - 2 * s,
      c[0] + 16 * s,
      c[1] + 70 * s,
      c[0] - 16 * s,
      c[1] + 72 * s,
    ]);
  }
  d.path(towels, night ? '#2a3640' : '#c9c2a6');
  // the drawing: a house, two figures, a balloon, taped up
  const dp = lAt(0.2, 0.62);
  d.open({ transform: `translate(${n(dp[0])} ${n(dp[1])}) skewY(-16)` });
  d.rect(-60, -40, 120, 86, night ? '#5a6066' : '#f4f0e4');
  d.line(
    pathD(
      ['M', -40, 30, 'v', -22, 'l', 16, -14, 'l', 16, 14, 'v', 22],
      ['M', 14, 30, 'v', -16],
      ['M', 30, 30, 'v', -22],
      ['M', 14, 14, 'l', 8, -6, 'l', 8, 6],
    ),
    night ? '#2a3038' : '#3a5a9a',
    3,
  );
  d.circle(22, -22, 11, night ? '#6a6a4a' : '#f4c430');
  d.circle(30, -2, 5, night ? '#6a5a50' : '#e06a5a');
  d.rect(-12, -46, 24, 10, '#e8e0c0', { opacity: 0.7 });
  d.close();
}

/** Six sleeping mats on the floor, heads to the back wall: sleepers at night, folded blankets by day. */
export function mats(d: Doc, night: boolean): void {
  const fm = floorMap(back, front);
  const cols = night
    ? ['#2a3440', '#323a3a', '#2c3038', '#3a3430', '#2a3238', '#34302c']
    : ['#8fa3b0', '#a8a078', '#b98a6a', '#8a9a7a', '#a88a9a', '#c0a070'];
  for (let i = 0; i < 6; i++) {
    const u0 = 0.04 + i * 0.157;
    const u1 = u0 + 0.135;
    const v1 = 0.3;
    const mat = quad(fm(u0, 0.015), fm(u1, 0.015), fm(u1 + 0.004, v1), fm(u0 - 0.004, v1));
    d.poly(mat, cols[i] ?? '#888888');
    // stripes along the mat
    const s0 = fm(u0 + 0.03, 0.015);
    const s1b = fm(u0 + 0.03, v1);
    const s2a = fm(u1 - 0.03, 0.015);
    const s2b = fm(u1 - 0.03, v1);
    d.line(
      p('M', s0[0], s0[1], 'L', s1b[0], s1b[1], 'M', s2a[0], s2a[1], 'L', s2b[0], s2b[1]),
      darken(cols[i] ?? '#888888', 0.25),
      3,
      { opacity: 0.7 },
    );
    // the pillow at the wall
    const pl = quad(fm(u0 + 0.015, 0.02), fm(u1 - 0.015, 0.02), fm(u1 - 0.015, 0.07), fm(u0 + 0.015, 0.07));
    d.path(
      smooth(
        [
          [pl[0] ?? 0, pl[1] ?? 0],
          [pl[2] ?? 0, pl[3] ?? 0],
          [pl[4] ?? 0, pl[5] ?? 0],
          [pl[6] ?? 0, pl[7] ?? 0],
        ],
        true,
        0.4,
      ),
      night ? '#4a5660' : '#ece6d6',
    );
    if (night) {
      // a sleeper under the blanket
      const a = fm(u0 + 0.02, 0.06);
      const b = fm(u1 - 0.02, 0.06);
      const c = fm(u1 - 0.01, 0.27);
      const e = fm(u0 + 0.01, 0.27);
      const hump = (a[1] + e[1]) / 2;
      d.path(
        smooth(
          [
            [a[0], a[1] + 6],
            [(a[0] + b[0]) / 2, a[1] - 10],
            [b[0], b[1] + 6],
            [c[0], c[1]],
            [(c[0] + e[0]) / 2, hump + 30],
            [e[0], e[1]],
          ],
          true,
          0.8,
        ),
        darken(cols[i] ?? '#333', 0.1),
      );
      d.line(
        p('M', (a[0] + b[0]) / 2, a[1] + 20, 'Q', (a[0] + b[0]) / 2 + 10, hump, (c[0] + e[0]) / 2, c[1] - 10),
        '#0c1216',
        3,
        { opacity: 0.4 },
      );
      // the sleeper's head on the pillow, dark hair (the third from the left is small: Ye-sung's night)
      const hx = (a[0] + b[0]) / 2 + (i % 2 ? 8 : -8);
      const hs = i === 2 ? 0.75 : 1;
      d.ellipse(hx, a[1] - 4, 24 * hs, 15 * hs, '#0e1114');
      d.ellipse(hx - 6, a[1] - 9, 8 * hs, 4 * hs, '#3a4a5a', { opacity: 0.5 });
    } else {
      // a blanket folded at the foot
      const a = fm(u0 + 0.005, 0.22);
      const b = fm(u1 - 0.005, 0.22);
      const c = fm(u1, 0.28);
      const e = fm(u0, 0.28);
      d.poly(quad(a, b, c, e), lighten(cols[i] ?? '#888888', 0.2));
    }
  }
}
