// warden_office: the warden's office.

import { frame } from '../lib/interiors.ts';
import { glow, shaft } from '../lib/light.ts';
import { BW, calm, fall, paint, sky, vignette } from '../lib/scenery.ts';
import { type Doc, p, pathD, polyD, type Rng } from '../lib/svg.ts';
import { flakes } from '../lib/weather.ts';

export function wardenOffice(d: Doc, r: Rng): void {
  walls(d, r);
  certificate(d);
  coatStand(d);
  desk(d);
  plant(d);
}

/** The walls: plaster, the wainscot, the window with blinds half up on the snow, the bookshelf. */
function walls(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#4a564e'],
    [0.65, '#606c62'],
    [1, '#2a302a'],
  ]);
  // wainscot
  d.rect(0, 520, BW, 200, '#3e463e');
  d.rect(0, 516, BW, 8, '#7a826e');
  // window with blinds half up: snow outside
  const wx = 140;
  d.rect(wx, 160, 460, 420, fall(d, '#cdd6d2', '#eef2ee'));
  d.rect(wx, 440, 460, 140, '#dfe6e2');
  d.rect(wx, 380, 460, 70, '#7e8a84', { opacity: 0.6 });
  flakes(d, r, 40, wx, 160, 460, 420, 0.9);
  let slats = '';
  for (let y = 166; y < 330; y += 18) slats += polyD([wx, y, wx + 460, y, wx + 460, y + 11, wx, y + 11]);
  d.path(slats, '#b9b29a');
  frame(d, wx, 160, 460, 420, 2, 1, '#2a302a', 12, 18);
  shaft(d, [wx + 460, 330, wx + 460, 580, 1300, 760, 1100, 760], '#f4f6ee', 0.12, wx + 460, 450, 1200, 760);
  // bookshelf with binders on the right
  d.rect(1460, 140, 360, 580, '#3a2a1c');
  for (let s = 0; s < 4; s++) {
    const y = 170 + s * 135;
    d.rect(1478, y + 112, 324, 12, '#5a402a');
    let x = 1486;
    let books = '';
    while (x < 1790) {
      const w = r.range(18, 34);
      const h = r.range(80, 108);
      books += polyD([x, y + 112 - h, x + w - 3, y + 112 - h, x + w - 3, y + 112, x, y + 112]);
      x += w;
    }
    d.path(books, r.pick(['#5a6a7a', '#7a5a4a', '#6a7a5a', '#8a7a5a']));
  }
}

/** Framed certificate and a clock. */
function certificate(d: Doc): void {
  d.rect(760, 190, 230, 170, '#6a4a2a');
  d.rect(778, 208, 194, 134, '#e8e0c8');
  d.line(p('M', 800, 240, 'h', 150, 'M', 800, 270, 'h', 120, 'M', 800, 300, 'h', 140), '#a89a7a', 4);
  d.circle(880, 322, 12, '#b8433a', { opacity: 0.8 });
  d.circle(1200, 230, 44, '#e8e4d4', { stroke: '#2a302a', 'stroke-width': 8 });
  d.line(p('M', 1200, 230, 'l', -16, -20, 'M', 1200, 230, 'l', 26, 4), '#2a302a', 5);
}

/** Coat stand with the warden's jacket and cap. */
function coatStand(d: Doc): void {
  d.line(
    p('M', 1360, 720, 'V', 250, 'M', 1320, 720, 'L', 1360, 690, 'L', 1400, 720, 'M', 1340, 262, 'L', 1360, 250, 'L', 1380, 262),
    '#2a221a',
    9,
    { 'stroke-linecap': 'round' },
  );
  d.path(
    pathD(
      ['M', 1360, 282, 'C', 1330, 282, 1312, 296, 1306, 320, 'L', 1296, 520, 'L', 1424, 520, 'L', 1414, 320],
      ['C', 1408, 296, 1390, 282, 1360, 282, 'Z'],
    ),
    '#2c3a3a',
  );
  d.path(p('M', 1346, 286, 'L', 1360, 360, 'L', 1374, 286, 'Z'), '#1f2a2a');
  d.rect(1306, 300, 30, 10, '#d8b45a', { transform: 'rotate(12 1321 305)' });
  d.rect(1384, 300, 30, 10, '#d8b45a', { transform: 'rotate(-12 1399 305)' });
  d.path(p('M', 1322, 252, 'q', 38, -50, 76, 0, 'Z'), '#26344a');
  d.path(p('M', 1316, 250, 'h', 88, 'l', 8, 12, 'h', -104, 'Z'), '#141a24');
  d.circle(1360, 232, 6, '#d2ad55');
}

/** The desk, a lamp pooling warm light, papers, a telephone, a name plate. */
function desk(d: Doc): void {
  d.rect(620, 560, 780, 40, '#5a3a22');
  d.rect(640, 600, 740, 200, '#3e2816');
  d.rect(660, 620, 220, 150, '#4a3020');
  d.rect(1140, 620, 220, 150, '#4a3020');
  glow(d, 760, 470, 260, '#ffd58c', 0.35);
  d.line(p('M', 720, 560, 'h', 70, 'M', 755, 560, 'L', 780, 470, 'L', 740, 430), '#1f1a14', 8);
  d.path(p('M', 700, 440, 'L', 780, 410, 'L', 790, 440, 'L', 720, 470, 'Z'), '#2e5a3e');
  d.rect(880, 536, 170, 26, '#f1ece0', { transform: 'rotate(-3 965 549)' });
  d.rect(890, 524, 160, 20, '#e8e2d2', { transform: 'rotate(2 970 534)' });
  d.path(p('M', 1200, 562, 'h', 110, 'l', -12, -36, 'h', -86, 'Z'), '#1a1a1a');
  d.path(p('M', 1210, 526, 'q', 45, -30, 90, 0), 'none', { stroke: '#1a1a1a', 'stroke-width': 14, 'stroke-linecap': 'round' });
  d.path(p('M', 1080, 560, 'h', 100, 'l', -6, -24, 'h', -88, 'Z'), '#c9a24a');
}

/** A potted plant. */
function plant(d: Doc): void {
  d.path(p('M', 540, 720, 'h', 70, 'l', -8, -70, 'h', -54, 'Z'), '#6a4a32');
  let leaves = '';
  for (let i = 0; i < 7; i++) {
    const a = -Math.PI / 2 + (i - 3) * 0.32;
    leaves += pathD(
      ['M', 575, 650, 'q', Math.cos(a) * 60 - 20, Math.sin(a) * 80, Math.cos(a) * 90, Math.sin(a) * 130],
      ['q', -10, 50, -Math.cos(a) * 90, -Math.sin(a) * 130],
    );
  }
  d.path(leaves, '#3e6a44');
  d.rect(0, 720, BW, 360, fall(d, '#3a342a', '#15130e'));
  paint(d, 81);
  calm(d, '#0e100c', 0.6);
  vignette(d, 0.5, '#0a0c0a');
}
