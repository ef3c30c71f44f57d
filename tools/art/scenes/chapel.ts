// chapel: the prison chapel.

import { glow, glowE, shaft } from '../lib/light.ts';
import { BW, calm, fall, paint, sky, vignette } from '../lib/scenery.ts';
import { smooth } from '../lib/shapes.ts';
import { type Doc, dotD, mix, p, pathD, polyD, type Rng } from '../lib/svg.ts';

export function chapel(d: Doc, r: Rng): void {
  chapelSky(d);
  archedWindows(d);
  stage(d);
  cross(d);
  bunting(d);
  stageFloor(d);
  chairs(d, r);
}

function chapelSky(d: Doc): void {
  sky(d, [
    [0, '#2a1406'],
    [0.4, '#6b3a14'],
    [0.75, '#8a4e1e'],
    [1, '#3a1c08'],
  ]);
}

/** Back wall with three tall arched windows. */
function archedWindows(d: Doc): void {
  glow(d, 960, 210, 200, '#ffd58c', 0.35);
  for (const x of [300, 1620]) {
    const w = 190;
    const top = 130;
    const bot = 560;
    const arch = p('M', x - w / 2, bot, 'V', top + w / 2, 'A', w / 2, w / 2, 0, 0, 1, x + w / 2, top + w / 2, 'V', bot, 'Z');
    d.path(
      arch,
      d.lin([
        [0, '#fff0cf'],
        [0.6, '#ffd58c'],
        [1, '#e0a050'],
      ]),
    );
    d.line(p('M', x, top, 'V', bot, 'M', x - w / 2, 340, 'H', x + w / 2), '#4a2408', 10);
    d.path(arch, 'none', { stroke: '#3a1c08', 'stroke-width': 16 });
    glow(d, x, 330, 300, '#ffd58c', 0.35);
    shaft(d, [x - w / 2, bot, x + w / 2, bot, x + w / 2 + 240, 900, x - w / 2 + 120, 900], '#ffe2a0', 0.18, x, bot, x + 100, 900);
  }
}

/** The stage in the middle, curtains drawn back. */
function stage(d: Doc): void {
  d.rect(560, 300, 800, 420, '#3a1c08');
  d.rect(600, 330, 720, 330, fall(d, '#8a4e1e', '#5a2e10'));
  for (const side of [-1, 1]) {
    const x = side < 0 ? 600 : 1320;
    const c = smooth(
      [
        [x, 320],
        [x + side * -150, 320],
        [x + side * -90, 470],
        [x + side * -120, 660],
        [x, 660],
      ],
      true,
      0.8,
    );
    d.path(c, '#8e2a24');
    d.line(
      pathD(
        ['M', x + side * -30, 330, 'q', side * -20, 160, side * -10, 320],
        ['M', x + side * -70, 330, 'q', side * -30, 150, side * -30, 320],
      ),
      '#5e1814',
      4,
      { opacity: 0.6 },
    );
  }
  d.path(
    pathD(
      ['M', 560, 300, 'H', 1360, 'V', 350, 'Q', 1260, 390, 1160, 350, 'Q', 1060, 390, 960, 350, 'Q', 860, 390, 760, 350],
      ['Q', 660, 390, 560, 350, 'Z'],
    ),
    '#a33a30',
  );
}

/** A modest wooden cross above the stage. */
function cross(d: Doc): void {
  d.rect(950, 168, 20, 100, '#4a2408');
  d.rect(920, 192, 80, 18, '#4a2408');
}

/** Paper bunting for the concert. */
function bunting(d: Doc): void {
  let flags = '';
  let string = '';
  for (const [x0, x1, y0] of [
    [60, 900, 110],
    [1020, 1860, 110],
  ] as [number, number, number][]) {
    string += p('M', x0, y0, 'Q', (x0 + x1) / 2, y0 + 80, x1, y0);
    for (let i = 1; i < 12; i++) {
      const t = i / 12;
      const x = x0 + (x1 - x0) * t;
      const y = y0 + 80 * 2 * t * (1 - t) * 2 * 0.5 * 2 * 0.5 + 160 * t * (1 - t) - 80 * t * (1 - t);
      flags += polyD([x - 16, y, x + 16, y, x, y + 34]);
    }
  }
  d.line(string, '#2a1406', 2);
  d.path(flags, '#f2c14e', { opacity: 0.9 });
}

/** The stage floor and its edge, a piano at the left of the stage, a microphone stand. */
function stageFloor(d: Doc): void {
  d.rect(540, 660, 840, 50, '#4a2408');
  d.rect(540, 656, 840, 8, '#c98a3e');
  d.path(p('M', 640, 660, 'V', 540, 'Q', 640, 520, 660, 520, 'H', 820, 'Q', 840, 520, 840, 540, 'V', 660, 'Z'), '#1f0e04');
  d.rect(650, 580, 180, 14, '#f4e6c8');
  d.line(p('M', 1160, 660, 'V', 520, 'M', 1130, 660, 'h', 60), '#1f0e04', 6);
  d.ellipse(1160, 512, 10, 14, '#1f0e04');
}

/** Rows of folding chairs seen from behind, in silhouette. */
function chairs(d: Doc, r: Rng): void {
  for (let row = 0; row < 3; row++) {
    const y = 730 + row * 80;
    const s = 0.9 + row * 0.3;
    const col = mix('#3a1c08', '#140700', row / 2);
    let chairs = '';
    for (let x = 30 + (row % 2) * 50 * s; x < BW; x += 130 * s) {
      chairs += p('M', x, y, 'q', 0, -10, 10, -10, 'h', 60 * s, 'q', 10, 0, 10, 10, 'v', 36 * s, 'h', -80 * s - 0, 'Z');
      chairs += polyD([x + 4, y + 36 * s, x + 10, y + 36 * s, x + 6, y + 110 * s, x, y + 110 * s]);
      chairs += polyD([x + 70 * s, y + 36 * s, x + 76 * s, y + 36 * s, x + 80 * s, y + 110 * s, x + 74 * s, y + 110 * s]);
    }
    d.path(chairs, col);
  }
  glowE(d, 960, 520, 700, 300, '#ffc870', 0.2);
  let motes = '';
  for (let i = 0; i < 90; i++) motes += dotD(r.range(150, 1800), r.range(200, 760), r.range(1, 2.6));
  d.path(motes, '#fff0cf', { opacity: 0.5 });
  paint(d, 71);
  calm(d, '#1a0a02', 0.65);
  vignette(d, 0.55, '#120600');
}
