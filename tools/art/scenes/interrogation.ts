// interrogation: the interrogation room, 1997.

import { frame } from '../lib/interiors.ts';
import { glow, glowE, shaft } from '../lib/light.ts';
import { BW, calm, fall, paint, sky, vignette } from '../lib/scenery.ts';
import { type Doc, p, pathD, polyD, type Rng } from '../lib/svg.ts';
import { bricks } from '../lib/walls.ts';

export function interrogation(d: Doc, r: Rng): void {
  walls(d, r);
  mirror(d);
  furniture(d);
}

/** The concrete walls, the window with blinds on the left and the light through them. */
function walls(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#1e2624'],
    [0.6, '#3a4641'],
    [1, '#1c2220'],
  ]);
  // concrete wall texture: large blocks
  bricks(d, r, 0, 0, BW, 700, 320, 140, '#28312e', 0.5, '#323c38');
  // a window with blinds on the left
  const wx = 150;
  d.rect(wx, 190, 360, 380, '#b9c2a8');
  let slats = '';
  for (let y = 196; y < 570; y += 22) slats += polyD([wx, y, wx + 360, y, wx + 360, y + 13, wx, y + 13]);
  d.path(slats, '#4a5650');
  frame(d, wx, 190, 360, 380, 1, 1, '#1a201e', 10, 16);
  // light through the blinds falling on the wall and floor
  let stripes = '';
  for (let i = 0; i < 12; i++)
    stripes += polyD([wx + 360, 204 + i * 22, wx + 360, 212 + i * 22, 1100 + i * 12, 760 + i * 26, 1040 + i * 12, 760 + i * 26]);
  d.path(stripes, '#e8edc8', { opacity: 0.07 });
}

/** The one-way mirror on the right, a wall clock, a filing cabinet, the floor. */
function mirror(d: Doc): void {
  // the one-way mirror on the right
  d.rect(
    1380,
    200,
    420,
    340,
    d.lin(
      [
        [0, '#202a2c'],
        [1, '#0f1516'],
      ],
      0,
      0,
      1,
      1,
    ),
  );
  d.poly([1440, 200, 1500, 200, 1400, 540, 1380, 540, 1380, 400], '#ffffff', { opacity: 0.05 });
  d.poly([1560, 200, 1580, 200, 1480, 540, 1460, 540], '#ffffff', { opacity: 0.04 });
  frame(d, 1380, 200, 420, 340, 1, 1, '#101514', 10, 14);
  // a wall clock
  d.circle(1250, 160, 42, '#d9d6c6', { stroke: '#1a201e', 'stroke-width': 8 });
  d.line(p('M', 1250, 160, 'l', 0, -28, 'M', 1250, 160, 'l', 20, 10), '#1a201e', 5, { 'stroke-linecap': 'round' });
  // filing cabinet
  d.rect(1180, 420, 150, 300, '#4a5550');
  for (let i = 0; i < 3; i++) {
    d.rect(1192, 434 + i * 96, 126, 84, '#56625c');
    d.rect(1235, 470 + i * 96, 40, 8, '#2a302d');
  }
  // floor
  d.rect(0, 700, BW, 380, fall(d, '#2e3532', '#121614'));
  d.rect(0, 694, BW, 12, '#1a1f1d');
}

/** The lamp over the table and its cone of sickly light, the table, two metal chairs facing each other across it, a notepad, a pen and an ashtray. */
function furniture(d: Doc): void {
  // the lamp hanging over the table, the cone of sickly light
  d.line(p('M', 960, 0, 'V', 262), '#0d100f', 4);
  d.path(p('M', 900, 300, 'L', 1020, 300, 'L', 990, 262, 'L', 930, 262, 'Z'), '#1e2422');
  shaft(d, [905, 300, 1015, 300, 1300, 760, 620, 760], '#f2e6a6', 0.32, 960, 300, 960, 760);
  glow(d, 960, 304, 90, '#fff2b0', 0.9);
  glowE(d, 960, 690, 420, 90, '#f2e6a6', 0.35);
  // table and chairs
  d.rect(660, 640, 600, 22, '#6b716a');
  d.rect(660, 662, 600, 10, '#3a3f3b');
  d.line(p('M', 690, 672, 'V', 860, 'M', 1230, 672, 'V', 860), '#2a2f2c', 10);
  // two metal chairs facing each other across the table
  const chair = (x: number, dir: number, col: string): void => {
    d.line(
      pathD(
        ['M', x, 530, 'V', 860],
        ['M', x + dir * 104, 696, 'V', 860],
        ['M', x + dir * 8, 860, 'L', x + dir * 20, 760, 'L', x + dir * 96, 760],
      ),
      col,
      11,
      { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
    );
    d.path(p('M', x - 14, 520, 'Q', x - 14, 510, x - 4, 510, 'h', 10, 'q', 10, 0, 10, 10, 'v', 130, 'h', -30, 'Z'), col);
    d.path(p('M', x - 8, 680, 'L', x + dir * 116, 680, 'L', x + dir * 116, 700, 'L', x - 8, 700, 'Z'), col);
  };
  chair(540, 1, '#2a2f2c');
  chair(1390, -1, '#232826');
  // on the table: a notepad, a pen, an ashtray
  d.rect(760, 620, 140, 22, '#e8e4d2', { transform: 'rotate(-3 830 631)' });
  d.line(p('M', 920, 630, 'l', 70, -6), '#1a1f1d', 5);
  d.ellipse(1140, 632, 40, 10, '#8a908a');
  d.line(p('M', 1150, 626, 'q', 10, -40, -6, -80, 'q', -10, -30, 8, -60), '#c9cfc9', 3, { opacity: 0.35 });
  paint(d, 41);
  calm(d, '#0b0e0d', 0.65);
  vignette(d, 0.75, '#050706');
}
