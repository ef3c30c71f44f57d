// cell_day and cell_night: Room 7, the cell.

import { bars, frame } from '../lib/interiors.ts';
import { glow, glowE, shaft } from '../lib/light.ts';
import type { Scene } from '../lib/scene.ts';
import { BH, BW, calm, floorMap, paint, quad, vignette } from '../lib/scenery.ts';
import { type Pt, smooth } from '../lib/shapes.ts';
import { darken, lighten, n, p, polyD } from '../lib/svg.ts';
import { bricks } from '../lib/walls.ts';
import { cumulus, stars } from '../lib/weather.ts';

export function room7(night: boolean): Scene {
  return (d, r) => {
    const wall = night ? '#1d2a33' : '#6c7a6e';
    const wallDark = night ? '#121b22' : '#4e5a50';
    const side = night ? '#16212a' : '#58655a';
    const floorC = night ? '#1a2026' : '#7a6a4e';
    const back = { x1: 420, x2: 1500, y: 660 };
    const front = { x1: -560, x2: 2480, y: 1180 };
    const top = { y: 110 };
    // ceiling, walls, floor
    d.rect(0, 0, BW, BH, wallDark);
    d.poly([0, 0, BW, 0, back.x2, top.y, back.x1, top.y], night ? '#0e151b' : '#3e4940');
    d.poly(
      [0, 0, back.x1, top.y, back.x1, back.y, 0, 1020],
      d.lin(
        [
          [0, side],
          [1, darken(side, 0.2)],
        ],
        0,
        0,
        1,
        0,
      ),
    );
    d.poly(
      [BW, 0, back.x2, top.y, back.x2, back.y, BW, 1020],
      d.lin(
        [
          [0, darken(side, 0.15)],
          [1, side],
        ],
        0,
        0,
        1,
        0,
      ),
    );
    d.rect(
      back.x1,
      top.y,
      back.x2 - back.x1,
      back.y - top.y,
      d.lin([
        [0, lighten(wall, 0.06)],
        [1, darken(wall, 0.12)],
      ]),
    );
    bricks(d, r, back.x1, top.y, back.x2 - back.x1, back.y - top.y, 90, 45, darken(wall, 0.3), 0.35, darken(wall, 0.06));
    // a painted dado line, worn
    d.rect(back.x1, 480, back.x2 - back.x1, back.y - 480, night ? '#18242c' : '#59675a');
    d.rect(back.x1, 476, back.x2 - back.x1, 6, night ? '#2a3a44' : '#8a988a');
    d.poly(
      [0, 1020, back.x1, back.y, back.x2, back.y, BW, 1020, BW, BH, 0, BH],
      d.lin([
        [0, floorC],
        [1, darken(floorC, 0.45)],
      ]),
    );
    // floorboards toward the viewer
    let boards = '';
    for (let i = 1; i < 12; i++) {
      const u = i / 12;
      const a = back.x1 + (back.x2 - back.x1) * u;
      const b = -400 + (BW + 800) * u;
      boards += p('M', a, back.y, 'L', b, BH);
    }
    d.line(boards, darken(floorC, 0.35), 2, { opacity: 0.5 });
    // the high window with bars, on the back wall
    const wx = 820;
    const wy = 170;
    const ww = 280;
    const wh = 150;
    const view = d.clip(`<rect x="${wx}" y="${wy}" width="${ww}" height="${wh}"/>`);
    d.open({ 'clip-path': view });
    if (night) {
      d.rect(
        wx,
        wy,
        ww,
        wh,
        d.lin([
          [0, '#0b1330'],
          [1, '#24305a'],
        ]),
      );
      stars(d, r, 18, wx, wy, ww, wh, 1);
      d.circle(wx + 200, wy + 50, 26, '#f4efd8');
      glow(d, wx + 200, wy + 50, 90, '#cfd9ff', 0.45);
    } else {
      d.rect(
        wx,
        wy,
        ww,
        wh,
        d.lin([
          [0, '#e6ecd8'],
          [1, '#c6d0b8'],
        ]),
      );
      cumulus(d, r, wx - 30, wy + 110, 220, 40, '#dfe6d6', '#ffffff', 0.8, 3);
    }
    d.close();
    bars(d, wx, wy, ww, wh, 6, night ? '#0a0f14' : '#2a322c', 10);
    frame(d, wx, wy, ww, wh, 1, 1, night ? '#0a0f14' : '#2a322c', 8, 14);
    // light (sun or moon) falling from it onto the floor, with the shadows of the bars
    const light = night ? '#a9c0ff' : '#fff6d8';
    const beam = [wx, wy + wh, wx + ww, wy + wh, 1480, 980, 800, 980];
    shaft(d, beam, light, night ? 0.16 : 0.28, wx + ww / 2, wy + wh, 1100, 980);
    let shadows = '';
    for (let i = 1; i < 6; i++) {
      const t = i / 6;
      const x0 = wx + ww * t;
      const x1 = 800 + (1480 - 800) * t;
      shadows += polyD([x0 - 4, wy + wh, x0 + 4, wy + wh, x1 + 10, 980, x1 - 10, 980]);
    }
    d.path(shadows, night ? '#0a0f14' : '#3a4238', { opacity: night ? 0.35 : 0.18 });
    // the barred door in the right wall (perspective): the corridor beyond is lit
    const rAt = (u: number, v: number): Pt => {
      // u 0 at the back corner .. 1 near; v 0 top of wall .. 1 floor
      const x = back.x2 + (BW - back.x2) * u;
      const yTop = top.y + (0 - top.y) * u;
      const yBot = back.y + (1020 - back.y) * u;
      return [x, yTop + (yBot - yTop) * v];
    };
    const d0 = 0.18;
    const d1 = 0.62;
    d.poly(quad(rAt(d0, 0.2), rAt(d1, 0.2), rAt(d1, 1), rAt(d0, 1)), night ? '#2b3a3a' : '#9aa596');
    glowE(
      d,
      (rAt(d0, 0.6)[0] + rAt(d1, 0.6)[0]) / 2,
      rAt(0.4, 0.6)[1],
      200,
      300,
      night ? '#d6c98a' : '#f4f0dc',
      night ? 0.25 : 0.4,
    );
    let dbars = '';
    for (let i = 0; i <= 9; i++) {
      const u = d0 + ((d1 - d0) * i) / 9;
      const a = rAt(u, 0.2);
      const b = rAt(u, 1);
      const w = 5 + 8 * u;
      dbars += polyD([a[0] - w / 2, a[1], a[0] + w / 2, a[1], b[0] + w / 2, b[1], b[0] - w / 2, b[1]]);
    }
    for (const v of [0.2, 0.45, 0.97]) {
      const a = rAt(d0, v);
      const b = rAt(d1, v);
      dbars += polyD([a[0], a[1] - 6, b[0], b[1] - 10, b[0], b[1] + 10, a[0], a[1] + 6]);
    }
    d.path(dbars, night ? '#070a0d' : '#262d28');
    // a food hatch and the number plate by the door
    const np = rAt(0.1, 0.3);
    d.rect(np[0] - 30, np[1], 60, 40, night ? '#3a443c' : '#d9d2b8');
    d.line(p('M', np[0] - 6, np[1] + 8, 'h', 14, 'l', -10, 24), night ? '#1a201c' : '#2a2a2a', 5);
    // the left wall: a shelf with cups and folded things, towels on hooks, a child's drawing
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
      p(
        'M',
        -40,
        30,
        'v',
        -22,
        'l',
        16,
        -14,
        'l',
        16,
        14,
        'v',
        22,
        'M',
        14,
        30,
        'v',
        -16,
        'M',
        30,
        30,
        'v',
        -22,
        'M',
        14,
        14,
        'l',
        8,
        -6,
        'l',
        8,
        6,
      ),
      night ? '#2a3038' : '#3a5a9a',
      3,
    );
    d.circle(22, -22, 11, night ? '#6a6a4a' : '#f4c430');
    d.circle(30, -2, 5, night ? '#6a5a50' : '#e06a5a');
    d.rect(-12, -46, 24, 10, '#e8e0c0', { opacity: 0.7 });
    d.close();
    // a small television on a bracket, top left of the back wall
    d.rect(back.x1 + 40, 160, 150, 110, night ? '#0e1216' : '#2e332e');
    d.rect(back.x1 + 52, 172, 110, 84, night ? '#1c2a30' : '#5a6a66');
    d.line(p('M', back.x1 + 115, 270, 'v', 40), night ? '#0e1216' : '#2e332e', 8);
    // six sleeping mats on the floor, heads to the back wall
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
    if (night) {
      glowE(d, 1120, 860, 520, 120, '#a9c0ff', 0.12);
      d.rect(0, 0, BW, BH, '#0a1420', { opacity: 0.25 });
    } else {
      glowE(d, 1120, 860, 460, 110, '#fff6d8', 0.25);
    }
    paint(d, night ? 52 : 51, night ? 0.6 : 1);
    calm(d, night ? '#05080c' : '#1a1e18', 0.6);
    vignette(d, night ? 0.75 : 0.5, night ? '#020407' : '#101410');
  };
}
