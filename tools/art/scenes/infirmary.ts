// infirmary: the prison infirmary.

import { bars, frame } from '../lib/interiors.ts';
import { glowE, shaft } from '../lib/light.ts';
import { BW, calm, clipped, fall, paint, sky, vignette } from '../lib/scenery.ts';
import { lines, type Pt } from '../lib/shapes.ts';
import { type Doc, p, pathD, type Rng } from '../lib/svg.ts';
import { bricks } from '../lib/walls.ts';
import { cumulus } from '../lib/weather.ts';

export function infirmary(d: Doc, r: Rng): void {
  infirmarySky(d);
  tiles(d, r);
  barredWindow(d, r);
  curtain(d);
  bed(d);
  cabinet(d);
  fluorescentTube(d);
}

function infirmarySky(d: Doc): void {
  sky(d, [
    [0, '#b9c6bc'],
    [0.6, '#a7b6aa'],
    [1, '#6c7a70'],
  ]);
}

/** Tiles on the lower wall. */
function tiles(d: Doc, r: Rng): void {
  d.rect(0, 460, BW, 260, '#c8d4ca');
  bricks(d, r, 0, 460, BW, 260, 60, 60, '#9aaa9e', 0.6);
  d.rect(0, 452, BW, 10, '#8a9a8e');
}

/** A barred window, cold light. */
function barredWindow(d: Doc, r: Rng): void {
  clipped(d, 1320, 150, 380, 260, () => {
    d.rect(1320, 150, 380, 260, fall(d, '#e8eef0', '#d0dce0'));
    cumulus(d, r, 1330, 330, 300, 60, '#dfe7ea', '#ffffff', 0.9, 3);
  });
  bars(d, 1320, 150, 380, 260, 7, '#4a5a52', 9);
  frame(d, 1320, 150, 380, 260, 1, 1, '#3a4a42', 8, 16);
  shaft(d, [1320, 410, 1700, 410, 1500, 900, 900, 900], '#ffffff', 0.2, 1500, 410, 1200, 900);
}

/** The curtain on its rail, half drawn. */
function curtain(d: Doc): void {
  d.line(p('M', 120, 120, 'H', 1100), '#7a8a80', 8);
  let folds: Pt[] = [[140, 126]];
  for (let i = 0; i <= 10; i++) folds.push([140 + i * 38, 126 + (i % 2) * 6]);
  folds = [...folds, [560, 720], [140, 720]];
  d.path(lines(folds), '#8fb3ac');
  let fl = '';
  for (let i = 1; i < 10; i++) fl += p('M', 140 + i * 38, 130, 'L', 140 + i * 38 + (i % 2 ? 6 : -4), 720);
  d.line(fl, '#6a9088', 4, { opacity: 0.7 });
}

/** An iron bed with white sheets. */
function bed(d: Doc): void {
  d.line(
    pathD(
      ['M', 640, 720, 'V', 420, 'Q', 640, 400, 660, 400, 'H', 720, 'Q', 740, 400, 740, 420, 'V', 720],
      ['M', 640, 500, 'H', 740],
      ['M', 665, 400, 'V', 600],
      ['M', 690, 400, 'V', 600],
      ['M', 715, 400, 'V', 600],
    ),
    '#3e4a44',
    8,
  );
  d.path(p('M', 690, 560, 'H', 1240, 'Q', 1270, 560, 1270, 590, 'V', 640, 'H', 690, 'Z'), '#f2f4f0');
  d.path(p('M', 700, 520, 'Q', 700, 500, 730, 500, 'H', 840, 'Q', 870, 500, 870, 530, 'V', 560, 'H', 700, 'Z'), '#ffffff');
  d.path(p('M', 860, 566, 'H', 1262, 'Q', 1272, 620, 1264, 690, 'Q', 1060, 700, 860, 684, 'Z'), '#c9d8d2');
  d.line(p('M', 900, 600, 'Q', 1060, 612, 1240, 600, 'M', 880, 640, 'Q', 1060, 650, 1250, 640), '#a9bcb4', 3, { opacity: 0.7 });
  d.path(p('M', 1120, 566, 'h', 120, 'v', 24, 'h', -120, 'Z'), '#e8c9a0');
  d.line(p('M', 1240, 640, 'V', 720), '#3e4a44', 8);
  d.rect(690, 684, 580, 12, '#3e4a44');
  d.path(
    pathD(
      ['M', 420, 640, 'h', 120, 'v', 16, 'h', -120, 'Z'],
      ['M', 430, 656, 'l', -10, 64, 'h', 10, 'l', 12, -64, 'Z'],
      ['M', 530, 656, 'l', 10, 64, 'h', -10, 'l', -12, -64, 'Z'],
    ),
    '#5a6a62',
  );
}

/** Cabinet with a cross, an IV stand. */
function cabinet(d: Doc): void {
  d.rect(1380, 470, 220, 250, '#dfe6e0');
  d.rect(1392, 482, 196, 110, '#c6d8d4');
  d.line(p('M', 1490, 490, 'v', 90, 'M', 1392, 600, 'h', 196), '#9aaa9e', 4);
  d.path(
    pathD(
      ['M', 1470, 500, 'h', 40, 'v', 22, 'h', 22, 'v', 40, 'h', -22, 'v', 22, 'h', -40, 'v', -22, 'h', -22, 'v', -40],
      ['h', 22, 'Z'],
    ),
    '#3a8a5a',
    { opacity: 0.8, transform: 'translate(-20 -12) scale(1)' },
  );
  d.line(p('M', 1260, 720, 'V', 300, 'M', 1230, 300, 'h', 60, 'M', 1220, 720, 'h', 80), '#5a6a62', 6);
  d.path(p('M', 1268, 310, 'h', 30, 'v', 60, 'q', -15, 14, -30, 0, 'Z'), '#e8f0f4', { opacity: 0.9 });
  d.line(p('M', 1283, 374, 'q', 0, 120, -100, 190), '#b8c8c8', 2);
}

/** A fluorescent tube. */
function fluorescentTube(d: Doc): void {
  d.rect(760, 60, 400, 16, '#f4f8f4');
  glowE(d, 960, 70, 500, 80, '#f4fff4', 0.5);
  d.rect(0, 720, BW, 360, fall(d, '#9aa89c', '#3e4a44'));
  paint(d, 91, 0.8);
  calm(d, '#1e2620', 0.55);
  vignette(d, 0.45, '#1a201c');
}
