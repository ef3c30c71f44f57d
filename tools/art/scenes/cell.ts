// cell_day and cell_night: Room 7, the cell, by day and by night; its contents are in cell_contents.ts.

import { bars, frame } from '../lib/interiors.ts';
import { glow, glowE, shaft } from '../lib/light.ts';
import type { Scene } from '../lib/scene.ts';
import { BH, BW, calm, clipped, fall, paint, quad, vignette } from '../lib/scenery.ts';
import type { Pt } from '../lib/shapes.ts';
import { type Doc, darken, lighten, p, polyD, type Rng } from '../lib/svg.ts';
import { bricks } from '../lib/walls.ts';
import { cumulus, stars } from '../lib/weather.ts';
import { back, leftWall, mats, top } from './cell_contents.ts';

/** Room 7 by day or by night: the same cell, drawn back to front. */
export function room7(night: boolean): Scene {
  return (d, r) => {
    shell(d, r, night);
    highWindow(d, r, night);
    door(d, night);
    leftWall(d, night);
    television(d, night);
    mats(d, night);
    finish(d, night);
  };
}

/** The ceiling, the side walls, the brick back wall with its worn dado line, the floorboards. */
function shell(d: Doc, r: Rng, night: boolean): void {
  const wall = night ? '#1d2a33' : '#6c7a6e';
  const wallDark = night ? '#121b22' : '#4e5a50';
  const side = night ? '#16212a' : '#58655a';
  const floorC = night ? '#1a2026' : '#7a6a4e';
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
  d.rect(back.x1, top.y, back.x2 - back.x1, back.y - top.y, fall(d, lighten(wall, 0.06), darken(wall, 0.12)));
  bricks(d, r, back.x1, top.y, back.x2 - back.x1, back.y - top.y, 90, 45, darken(wall, 0.3), 0.35, darken(wall, 0.06));
  // a painted dado line, worn
  d.rect(back.x1, 480, back.x2 - back.x1, back.y - 480, night ? '#18242c' : '#59675a');
  d.rect(back.x1, 476, back.x2 - back.x1, 6, night ? '#2a3a44' : '#8a988a');
  d.poly([0, 1020, back.x1, back.y, back.x2, back.y, BW, 1020, BW, BH, 0, BH], fall(d, floorC, darken(floorC, 0.45)));
  // floorboards toward the viewer
  let boards = '';
  for (let i = 1; i < 12; i++) {
    const u = i / 12;
    const a = back.x1 + (back.x2 - back.x1) * u;
    const b = -400 + (BW + 800) * u;
    boards += p('M', a, back.y, 'L', b, BH);
  }
  d.line(boards, darken(floorC, 0.35), 2, { opacity: 0.5 });
}

/** The high barred window on the back wall (stars and the moon, or clouds), and its light on the floor. */
function highWindow(d: Doc, r: Rng, night: boolean): void {
  const wx = 820;
  const wy = 170;
  const ww = 280;
  const wh = 150;
  clipped(d, wx, wy, ww, wh, () => {
    if (night) {
      d.rect(wx, wy, ww, wh, fall(d, '#0b1330', '#24305a'));
      stars(d, r, 18, wx, wy, ww, wh, 1);
      d.circle(wx + 200, wy + 50, 26, '#f4efd8');
      glow(d, wx + 200, wy + 50, 90, '#cfd9ff', 0.45);
    } else {
      d.rect(wx, wy, ww, wh, fall(d, '#e6ecd8', '#c6d0b8'));
      cumulus(d, r, wx - 30, wy + 110, 220, 40, '#dfe6d6', '#ffffff', 0.8, 3);
    }
  });
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
}

/** The barred door in the right wall (in perspective), the lit corridor beyond, the number plate. */
function door(d: Doc, night: boolean): void {
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
}

/** A small television on a bracket, top left of the back wall. */
function television(d: Doc, night: boolean): void {
  d.rect(back.x1 + 40, 160, 150, 110, night ? '#0e1216' : '#2e332e');
  d.rect(back.x1 + 52, 172, 110, 84, night ? '#1c2a30' : '#5a6a66');
  d.line(p('M', back.x1 + 115, 270, 'v', 40), night ? '#0e1216' : '#2e332e', 8);
}

/** The light on the floor, the grain and the finishing passes. */
function finish(d: Doc, night: boolean): void {
  if (night) {
    glowE(d, 1120, 860, 520, 120, '#a9c0ff', 0.12);
    d.rect(0, 0, BW, BH, '#0a1420', { opacity: 0.25 });
  } else {
    glowE(d, 1120, 860, 460, 110, '#fff6d8', 0.25);
  }
  paint(d, night ? 52 : 51, night ? 0.6 : 1);
  calm(d, night ? '#05080c' : '#1a1e18', 0.6);
  vignette(d, night ? 0.75 : 0.5, night ? '#020407' : '#101410');
}
