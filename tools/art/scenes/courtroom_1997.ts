// courtroom_1997: the courtroom of 1997.

import { bars, emblem, frame, panels } from '../lib/interiors.ts';
import { glowE, shaft } from '../lib/light.ts';
import { BW, calm, fall, paint, sky, vignette } from '../lib/scenery.ts';
import { type Doc, p, pathD, polyD, type Rng } from '../lib/svg.ts';
import { bricks } from '../lib/walls.ts';

export function courtroom1997(d: Doc, r: Rng): void {
  walls(d, r);
  highWindows(d);
  curtain(d);
  bench(d);
  dockAndDesks(d);
  light(d);
}

/** A heavier room: dark wood below, olive plaster above, a high bench with curtains behind. */
function walls(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#3a3a2a'],
    [0.5, '#5a563a'],
    [1, '#2a2418'],
  ]);
  bricks(d, r, 0, 0, BW, 420, 240, 140, '#4a4630', 0.35);
  panels(d, r, 0, 420, BW, 400, 64, '#4e3420');
  d.rect(0, 412, BW, 14, '#2a1a10');
}

/** High windows, barred, greenish light. */
function highWindows(d: Doc): void {
  for (const x of [120, 1600]) {
    d.rect(x, 80, 200, 240, fall(d, '#c8c8a0', '#8a8a6a'));
    bars(d, x, 80, 200, 240, 5, '#2a2818', 7);
    frame(d, x, 80, 200, 240, 1, 2, '#2a2818', 8, 14);
    shaft(
      d,
      [x, 320, x + 200, 320, x + 420 * (x < 960 ? 1 : -0.2), 900, x + 100 * (x < 960 ? 1 : -3), 900],
      '#e8e4b0',
      0.12,
      x + 100,
      320,
      x + 100,
      900,
    );
  }
}

/** Curtain behind the bench. */
function curtain(d: Doc): void {
  d.rect(560, 60, 800, 440, '#4a1e1a');
  let folds = '';
  for (let x = 580; x < 1360; x += 44) folds += p('M', x, 60, 'q', 8, 220, 0, 440);
  d.line(folds, '#2e1210', 8, { opacity: 0.6 });
  d.rect(540, 40, 840, 40, '#2a1a10');
  emblem(d, 960, 170, 74, '#b79a6a', '#3e2a1a');
}

/** The bench and three chairs. */
function bench(d: Doc): void {
  for (const cx of [740, 960, 1180]) {
    d.path(
      pathD(
        ['M', cx - 70, 470, 'V', 290, 'Q', cx - 70, 250, cx - 30, 250, 'H', cx + 30, 'Q', cx + 70, 250, cx + 70, 290],
        ['V', 470, 'Z'],
      ),
      '#2a1410',
    );
  }
  d.rect(520, 430, 880, 300, fall(d, '#6a4a2c', '#2e1e12'));
  d.rect(500, 414, 920, 26, '#8a6a44');
  let bp = '';
  for (let x = 550; x < 1380; x += 140) bp += polyD([x, 470, x + 100, 470, x + 100, 700, x, 700]);
  d.path(bp, '#3e2a1a', { opacity: 0.6 });
}

/** The defendant's dock (a low rail in the middle of the room) and the side desks. */
function dockAndDesks(d: Doc): void {
  // the defendant's dock: a low rail in the middle of the room
  d.rect(700, 700, 520, 20, '#6a4a2c');
  d.line(p('M', 720, 720, 'V', 800, 'M', 1200, 720, 'V', 800, 'M', 960, 720, 'V', 800), '#3e2a1a', 12);
  // side desks
  d.rect(40, 620, 420, 100, '#3e2a1a');
  d.rect(40, 610, 420, 14, '#8a6a44');
  d.rect(1460, 620, 420, 100, '#3e2a1a');
  d.rect(1460, 610, 420, 14, '#8a6a44');
}

/** A hanging fluorescent light. */
function light(d: Doc): void {
  d.line(p('M', 760, 0, 'V', 30, 'M', 1160, 0, 'V', 30), '#1a1208', 3);
  d.rect(740, 30, 440, 14, '#e8e8d0');
  glowE(d, 960, 40, 560, 90, '#f4f0d0', 0.35);
  d.rect(0, 800, BW, 280, '#1d140d');
  for (const [x, w] of [
    [-40, 720],
    [1240, 720],
  ] as [number, number][]) {
    d.rect(x, 830, w, 90, '#2a1c12');
    d.rect(x, 826, w, 12, '#5a3e26');
  }
  paint(d, 101);
  calm(d, '#0e0a06', 0.65);
  vignette(d, 0.65, '#0a0604');
}
