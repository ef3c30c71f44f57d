// home: Yong-gu and Ye-sung's home.

import { frame } from '../lib/interiors.ts';
import { glow } from '../lib/light.ts';
import { BH, BW, blur, calm, fall, paint, sky, vignette } from '../lib/scenery.ts';
import { type Doc, p, pathD, type Rng } from '../lib/svg.ts';
import { flakes } from '../lib/weather.ts';

export function home(d: Doc, r: Rng): void {
  wallpaper(d);
  homeWindow(d, r);
  frost(d);
  drawings(d);
  television(d);
  coat(d);
  bulb(d);
  table(d);
}

/** Warm wallpaper under a bare bulb; the blue winter night through the window. */
function wallpaper(d: Doc): void {
  sky(d, [
    [0, '#4a321e'],
    [0.5, '#8a6238'],
    [1, '#3a2616'],
  ]);
  let pattern = '';
  for (let y = 40; y < 720; y += 80)
    for (let x = (y / 80) % 2 ? 40 : 0; x < BW; x += 80) pattern += p('M', x, y - 8, 'l', 8, 8, 'l', -8, 8, 'l', -8, -8, 'Z');
  d.path(pattern, '#c48f52', { opacity: 0.2 });
}

/** The window. */
function homeWindow(d: Doc, r: Rng): void {
  d.rect(1180, 170, 420, 330, fall(d, '#0f1a33', '#2b4470'));
  flakes(d, r, 40, 1180, 170, 420, 330, 0.8);
  d.path(`${p('M', 1180, 440, 'Q', 1300, 400, 1420, 430, 'Q', 1520, 450, 1600, 420, 'V', 500, 'H', 1180)}Z`, '#1a2a46');
  glow(d, 1480, 300, 20, '#ffe0a0', 0.7);
  d.rect(1180, 170, 420, 330, '#dfe9f5', { opacity: 0.06 });
  frame(d, 1180, 170, 420, 330, 2, 2, '#3a2414', 12, 18);
}

/** Frost in the corners of the glass. */
function frost(d: Doc): void {
  d.path(
    pathD(
      ['M', 1180, 500, 'V', 440, 'Q', 1200, 470, 1250, 480, 'Q', 1270, 490, 1280, 500, 'Z'],
      ['M', 1600, 500, 'V', 450, 'Q', 1580, 480, 1530, 490, 'Q', 1520, 496, 1510, 500, 'Z'],
    ),
    '#e8f2ff',
    { opacity: 0.35, filter: blur(d, 4) },
  );
}

/** Ye-sung's drawings taped to the wall, a calendar. */
function drawings(d: Doc): void {
  const paper = (x: number, y: number, rot: number, draw: () => void): void => {
    d.open({ transform: `rotate(${rot} ${x} ${y})` });
    d.rect(x - 70, y - 55, 140, 110, '#f6f0e0');
    draw();
    d.rect(x - 14, y - 62, 28, 12, '#efe6c8', { opacity: 0.8 });
    d.close();
  };
  const crayon = { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  paper(260, 220, -4, () => {
    d.circle(222, 192, 16, '#f4c430');
    d.line(p('M', 240, 262, 'v', -34, 'l', 22, -20, 'l', 22, 20, 'v', 34, 'Z', 'M', 200, 262, 'h', 120), '#3a4a7a', 3, crayon);
  });
  paper(430, 250, 3, () => {
    // a tall figure and a small one holding hands
    d.line(
      pathD(
        ['M', 400, 212, 'v', 50],
        ['M', 400, 262, 'l', -10, 26],
        ['M', 400, 262, 'l', 10, 26],
        ['M', 400, 228, 'l', 30, 18],
        ['M', 452, 250, 'v', 24],
        ['M', 452, 274, 'l', -7, 16],
        ['M', 452, 274, 'l', 7, 16],
        ['M', 452, 256, 'l', -22, -10],
      ),
      '#3a4a7a',
      3,
      crayon,
    );
    d.circle(400, 202, 11, '#e06a5a');
    d.circle(452, 242, 8, '#e06a5a');
    d.path(p('M', 466, 236, 'l', 10, -4, 'l', 2, 6, 'Z'), '#f4c430');
  });
  paper(330, 380, 2, () => {
    // the yellow backpack, drawn by a six-year-old
    d.path(p('M', 300, 410, 'V', 368, 'Q', 300, 346, 330, 346, 'Q', 360, 346, 360, 368, 'V', 410, 'Z'), '#f4c430', {
      stroke: '#b8860b',
      'stroke-width': 3,
    });
    d.line(p('M', 312, 388, 'h', 36, 'M', 322, 346, 'q', 8, -14, 16, 0), '#b8860b', 3, crayon);
    d.line(p('M', 372, 352, 'l', 16, -8, 'M', 380, 360, 'l', 18, 0, 'M', 372, 368, 'l', 16, 8), '#e06a5a', 3, crayon);
  });
  d.rect(640, 190, 150, 200, '#f2ece0');
  d.rect(640, 190, 150, 40, '#b8433a');
  let grid = '';
  for (let i = 0; i < 5; i++) grid += p('M', 650, 250 + i * 28, 'h', 130);
  for (let i = 0; i < 6; i++) grid += p('M', 660 + i * 22, 240, 'v', 140);
  d.line(grid, '#b8ae9a', 2);
  d.circle(737, 363, 12, 'none', { stroke: '#d9342b', 'stroke-width': 3 });
}

/** A small old television on a low cabinet, a folded stack of bedding. */
function television(d: Doc): void {
  d.rect(880, 450, 260, 270, '#5a3a22');
  d.rect(900, 320, 210, 160, '#2a2622');
  d.rect(918, 336, 150, 120, '#3a4a4a');
  d.circle(1090, 360, 6, '#8a8070');
  d.line(p('M', 960, 320, 'l', -40, -80, 'M', 1000, 320, 'l', 50, -90), '#2a2622', 3);
  const quilts = ['#c0504a', '#e0b050', '#5a8ab0', '#e8dcc0', '#9a6ab0'];
  quilts.forEach((c, i) => {
    d.rect(1640, 680 - i * 46, 230, 44, c, { rx: 14 });
  });
}

/** Ye-sung's little coat on a hook. */
function coat(d: Doc): void {
  d.circle(1700, 320, 8, '#3a2414');
  d.path(
    pathD(
      ['M', 1700, 326, 'C', 1680, 326, 1650, 334, 1636, 350, 'L', 1600, 450, 'L', 1626, 458, 'L', 1646, 404],
      ['L', 1640, 500, 'H', 1760, 'L', 1754, 404, 'L', 1774, 458, 'L', 1800, 450, 'L', 1764, 350],
      ['C', 1750, 334, 1720, 326, 1700, 326, 'Z'],
    ),
    '#d2514a',
  );
  d.path(
    pathD(
      ['M', 1676, 334, 'Q', 1700, 372, 1724, 334, 'Q', 1740, 352, 1720, 366, 'Q', 1700, 376, 1680, 366],
      ['Q', 1660, 352, 1676, 334, 'Z'],
    ),
    '#faf4ea',
  );
  d.line(p('M', 1700, 376, 'V', 496), '#a63a36', 3);
  for (const y of [400, 436, 472]) d.circle(1708, y, 5, '#f4c430');
}

/** The bare bulb and its warm light. */
function bulb(d: Doc): void {
  d.line(p('M', 760, 0, 'V', 120), '#1a1008', 3);
  d.circle(760, 140, 22, '#fff4d0');
  glow(d, 760, 150, 700, '#ffcf7a', 0.45);
  glow(d, 760, 150, 120, '#fff6dc', 0.8);
}

/** The low table in the middle, two bowls, a small cake box. */
function table(d: Doc): void {
  d.rect(0, 720, BW, 360, fall(d, '#c49a52', '#5a3a1a'));
  let lino = '';
  for (let y = 740; y < BH; y += 44) lino += p('M', 0, y, 'H', BW);
  d.line(lino, '#8a6a3a', 2, { opacity: 0.4 });
  d.path(p('M', 560, 660, 'H', 1360, 'L', 1420, 720, 'H', 500, 'Z'), '#7a4e26');
  d.rect(500, 720, 920, 26, '#5a3418');
  d.line(p('M', 540, 746, 'v', 50, 'M', 1380, 746, 'v', 50), '#3a2010', 14);
  d.ellipse(820, 676, 46, 14, '#f2ece0');
  d.ellipse(980, 680, 46, 14, '#f2ece0');
  d.path(p('M', 1100, 690, 'h', 110, 'v', -50, 'h', -110, 'Z'), '#f6ead0');
  d.line(p('M', 1100, 666, 'h', 110, 'M', 1155, 640, 'v', 50), '#e06a5a', 5);
  paint(d, 141);
  calm(d, '#1a0e06', 0.6);
  vignette(d, 0.6, '#0e0804');
}
