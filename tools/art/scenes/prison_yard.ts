// prison_yard: the prison yard.

import { glow } from '../lib/light.ts';
import { BW, calm, fall, paint, sky, vignette } from '../lib/scenery.ts';
import { smooth } from '../lib/shapes.ts';
import { type Doc, p, pathD, polyD, type Rng } from '../lib/svg.ts';
import { barbedWire, wireStrand } from '../lib/walls.ts';
import { cumulus, flakes, snowLedge } from '../lib/weather.ts';

export function prisonYard(d: Doc, r: Rng): void {
  yardSky(d, r);
  hills(d);
  perimeterWall(d, r);
  cellBlock(d, r);
  bareTree(d);
  snowyYard(d, r);
  bench(d, r);
  footprints(d, r);
}

function yardSky(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#77847f'],
    [0.5, '#a3ada6'],
    [1, '#c4cbc3'],
  ]);
  cumulus(d, r, -120, 230, 900, 90, '#9aa49d', '#b9c1ba', 0.6, 10);
  cumulus(d, r, 820, 170, 1200, 100, '#939e97', '#b3bcb5', 0.55, 10);
}

/** Distant hills beyond the wall. */
function hills(d: Doc): void {
  d.path(
    `${smooth(
      [
        [0, 420],
        [300, 370],
        [700, 400],
        [1100, 355],
        [1500, 390],
        [1920, 345],
        [1920, 500],
        [0, 500],
      ],
      false,
    )}L1920 500L0 500Z`,
    '#97a39b',
    { opacity: 0.7 },
  );
}

/** The perimeter wall, wire on top, a watchtower. */
function perimeterWall(d: Doc, r: Rng): void {
  d.rect(0, 430, BW, 280, fall(d, '#8c9890', '#6d7a72'));
  let seams = '';
  for (let x = 0; x < BW; x += 160) seams += p('M', x, 436, 'v', 274);
  d.line(seams, '#5e6a62', 3, { opacity: 0.6 });
  d.rect(0, 424, BW, 12, '#5e6a62');
  snowLedge(d, r, 0, 424, BW, 8);
  let posts = '';
  for (let x = 60; x < BW; x += 200) posts += p('M', x, 424, 'v', -50, 'l', 24, -16);
  d.line(posts, '#3e4a44', 5);
  wireStrand(d, 0, 392, BW, 392, '#3e4a44', 2, 48);
  barbedWire(d, r, 0, BW, 404, 30, '#3e4a44', 2);
  d.rect(1580, 200, 26, 500, '#4a5650');
  d.rect(1700, 200, 26, 500, '#4a5650');
  d.line(
    pathD(
      ['M', 1606, 300, 'L', 1700, 460],
      ['M', 1700, 300, 'L', 1606, 460],
      ['M', 1606, 500, 'L', 1700, 640],
      ['M', 1700, 500, 'L', 1606, 640],
    ),
    '#4a5650',
    8,
  );
  d.rect(1550, 140, 210, 110, '#56625c');
  d.rect(1570, 160, 170, 56, '#d9dcc8', { opacity: 0.85 });
  d.poly([1530, 150, 1780, 150, 1710, 96, 1600, 96], '#3e4a44');
  snowLedge(d, r, 1600, 96, 110, 10);
  snowLedge(d, r, 1530, 150, 250, 10);
}

/** The cell block on the left: barred windows, a door under a lamp. */
function cellBlock(d: Doc, r: Rng): void {
  d.rect(
    0,
    250,
    760,
    500,
    d.lin(
      [
        [0, '#7a867e'],
        [1, '#5a665e'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  d.poly([0, 250, 760, 250, 800, 226, 0, 226], '#4a5650');
  snowLedge(d, r, 0, 226, 800, 12);
  let win = '';
  let sills = '';
  for (let row = 0; row < 3; row++) {
    for (let c = 0; c < 6; c++) {
      const x = 40 + c * 120;
      const y = 290 + row * 140;
      if (row === 2 && (c === 2 || c === 3)) continue;
      win += polyD([x, y, x + 70, y, x + 70, y + 90, x, y + 90]);
      sills += p('M', x - 4, y + 90, 'h', 78, 'v', 6, 'h', -78, 'Z');
    }
  }
  d.path(win, '#2e3834');
  let wb = '';
  for (let row = 0; row < 3; row++)
    for (let c = 0; c < 6; c++)
      for (let k = 1; k < 4; k++)
        if (!(row === 2 && (c === 2 || c === 3))) wb += p('M', 40 + c * 120 + k * 17.5, 290 + row * 140, 'v', 90);
  d.line(wb, '#1a2220', 5);
  d.path(sills, '#eef2ee');
  d.rect(300, 580, 160, 170, '#3a4440');
  d.rect(312, 592, 64, 150, '#4a5650');
  d.rect(384, 592, 64, 150, '#4a5650');
  d.poly([280, 580, 480, 580, 470, 560, 290, 560], '#3e4a44');
  snowLedge(d, r, 284, 560, 192, 8);
  glow(d, 380, 540, 90, '#f4e2b0', 0.5);
  d.path(p('M', 368, 548, 'h', 24, 'l', -4, -16, 'h', -16, 'Z'), '#f4e2b0');
  d.rect(600, 120, 60, 140, '#5a665e');
  cumulus(d, r, 580, 110, 160, 50, '#cdd3cd', '#e4e8e4', 0.5, 8);
}

/** A bare tree. */
function bareTree(d: Doc): void {
  const tree = pathD(
    ['M', 1180, 760, 'Q', 1175, 600, 1190, 520, 'Q', 1130, 440, 1090, 380],
    ['M', 1190, 520, 'Q', 1240, 430, 1300, 380],
    ['M', 1186, 600, 'Q', 1250, 560, 1290, 540],
    ['M', 1120, 430, 'q', -30, -30, -24, -70],
    ['M', 1270, 400, 'q', 30, -30, 20, -70],
    ['M', 1150, 470, 'q', -40, 0, -70, -20],
  );
  d.line(tree, '#3a423e', 12, { 'stroke-linecap': 'round' });
  d.line(
    p('M', 1090, 380, 'q', -10, -20, -4, -40, 'M', 1300, 380, 'q', 20, -10, 30, -30, 'M', 1290, 540, 'q', 20, -4, 40, -20),
    '#3a423e',
    5,
    { 'stroke-linecap': 'round' },
  );
}

/** The yard, snow, banked against the walls. */
function snowyYard(d: Doc, r: Rng): void {
  d.rect(
    0,
    700,
    BW,
    380,
    d.lin([
      [0, '#e4e9e4'],
      [0.4, '#c3cbc4'],
      [1, '#8d978f'],
    ]),
  );
  snowLedge(d, r, 760, 712, 1160, 18, '#eef2ee');
}

/** A bench under the tree, snow on the seat. */
function bench(d: Doc, r: Rng): void {
  d.rect(1300, 756, 260, 16, '#4a4038');
  d.line(
    pathD(
      ['M', 1318, 772, 'v', 50],
      ['M', 1542, 772, 'v', 50],
      ['M', 1300, 730, 'h', 260],
      ['M', 1318, 730, 'v', 26],
      ['M', 1542, 730, 'v', 26],
    ),
    '#3a3028',
    9,
  );
  snowLedge(d, r, 1298, 756, 264, 10);
  snowLedge(d, r, 1298, 730, 264, 6);
}

/** Two sets of footprints from the door into the yard, a big stride and a small one. */
function footprints(d: Doc, r: Rng): void {
  let prints = '';
  for (let i = 0; i < 16; i++) {
    const t = i / 16;
    const s = 0.5 + t * 1.3;
    const x = 380 + t * 600 + (i % 2 ? 10 : -10) * s;
    const y = 760 + t * t * 300;
    prints += p('M', x - 5 * s, y, 'a', 5 * s, 9 * s, 0, 1, 0, 10 * s, 0, 'a', 5 * s, 9 * s, 0, 1, 0, -10 * s, 0);
    const x2 = 400 + t * 640 + 44 * s + (i % 2 ? 6 : -6) * s;
    prints += p('M', x2 - 3 * s, y + 4, 'a', 3 * s, 6 * s, 0, 1, 0, 6 * s, 0, 'a', 3 * s, 6 * s, 0, 1, 0, -6 * s, 0);
  }
  d.path(prints, '#8f9a92', { opacity: 0.55 });
  flakes(d, r, 70, 0, 0, BW, 1000, 0.6);
  paint(d, 61);
  calm(d, '#3a423e', 0.45);
  vignette(d, 0.4, '#1a201c');
}
