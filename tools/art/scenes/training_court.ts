// training_court: the training court of 2013 (prologue, chapter 6), where the mock trial is held.

import { emblem, frame, panels } from '../lib/interiors.ts';
import { glow, glowE, shaft } from '../lib/light.ts';
import { BH, BW, calm, clipped, fall, paint, vignette } from '../lib/scenery.ts';
import { type Doc, n, p, pathD, polyD, type Rng } from '../lib/svg.ts';
import { barbedWire, bricks, wireStrand } from '../lib/walls.ts';
import { cumulus } from '../lib/weather.ts';

/** A small toy balloon on a string, the string caught on the wire. */
export function caughtBalloon(d: Doc, x: number, y: number, s: number, color: string, wireY: number): void {
  d.line(p('M', x, y + 30 * s, 'C', x + 6 * s, y + 50 * s, x - 8 * s, y + 62 * s, x + 2 * s, wireY), '#4a4a50', 1.6 * s);
  d.path(
    pathD(
      ['M', x, y - 30 * s, 'C', x + 24 * s, y - 30 * s, x + 26 * s, y + 6 * s, x + 3 * s, y + 26 * s],
      ['L', x + 5 * s, y + 31 * s, 'L', x - 5 * s, y + 31 * s, 'L', x - 3 * s, y + 26 * s],
      ['C', x - 26 * s, y + 6 * s, x - 24 * s, y - 30 * s, x, y - 30 * s, 'Z'],
    ),
    color,
  );
  d.ellipse(x - 8 * s, y - 14 * s, 5 * s, 9 * s, '#ffffff', {
    opacity: 0.55,
    transform: `rotate(20 ${n(x - 8 * s)} ${n(y - 14 * s)})`,
  });
}

export function trainingCourt(d: Doc, r: Rng): void {
  backWall(d, r);
  courtWindow(d, r);
  judgesBench(d);
  rail(d);
  wallLamps(d);
}

/** Back wall: warm wood slats. */
function backWall(d: Doc, r: Rng): void {
  panels(d, r, 0, 0, BW, BH, 48, '#7a4c2c');
  d.rect(
    0,
    0,
    BW,
    BH,
    d.lin([
      [0, '#2a1810', 0.5],
      [0.35, '#2a1810', 0],
      [1, '#1a0f08', 0.3],
    ]),
  );
}

/** The window on the left, winter light. */
function courtWindow(d: Doc, r: Rng): void {
  const wx = 110;
  const wy = 110;
  const ww = 560;
  const wh = 560;
  clipped(d, wx, wy, ww, wh, () => {
    const glass = d.lin([
      [0, '#b7c6d3'],
      [0.6, '#dfe3e2'],
      [1, '#efe6d6'],
    ]);
    d.rect(wx, wy, ww, wh, glass);
    cumulus(d, r, wx - 60, wy + 200, 320, 60, '#d9dee2', '#f6f4f0', 0.8, 4);
    cumulus(d, r, wx + 300, wy + 130, 340, 50, '#d4dadf', '#f2f1ee', 0.7, 4);
    // distant city, then the prison wall with wire, then the caught balloon
    let city = p('M', wx, wy + 400);
    for (let x = wx; x <= wx + ww; x += 40) city += p('L', x, wy + 400 - r.range(20, 90), 'h', 40);
    city += p('L', wx + ww, wy + wh, 'L', wx, wy + wh, 'Z');
    d.path(city, '#a9b3bb', { opacity: 0.8 });
    d.rect(wx, wy + 420, ww, wh - 420, '#8f979b');
    bricks(d, r, wx, wy + 420, ww, wh - 420, 80, 40, '#7a8286', 0.6);
    for (let x = wx + 40; x < wx + ww; x += 130) {
      d.line(p('M', x, wy + 420, 'v', -60, 'l', 22, -18), '#4a4f55', 5);
    }
    wireStrand(d, wx, wy + 386, wx + ww, wy + 384, '#4a4f55', 2);
    wireStrand(d, wx, wy + 404, wx + ww, wy + 402, '#4a4f55', 2);
    barbedWire(d, r, wx + 10, wx + ww, wy + 398, 22, '#4a4f55', 2);
    caughtBalloon(d, wx + 390, wy + 300, 1.3, '#f2c14e', wy + 392);
  });
  // window frame and sill
  frame(d, wx, wy, ww, wh, 2, 3, '#3a2415', 14, 22);
  d.rect(wx - 40, wy + wh + 20, ww + 80, 26, '#4a2e1b');
  d.rect(wx - 40, wy + wh + 20, ww + 80, 6, '#8a5a36');
  // light from the window across the room
  shaft(
    d,
    [wx + ww + 20, wy, wx + ww + 20, wy + wh, 1500, 1080, 1900, 1080, 1900, 700],
    '#fff1d6',
    0.2,
    wx + ww,
    wy + 200,
    1700,
    900,
  );
}

/** Judge's bench, raised, with three high-backed chairs. */
function judgesBench(d: Doc): void {
  const bx = 840;
  const bw = 940;
  for (const cx of [bx + 190, bx + 470, bx + 750]) {
    d.path(
      pathD(
        ['M', cx - 70, 440, 'L', cx - 70, 230, 'Q', cx - 70, 190, cx - 30, 190, 'L', cx + 30, 190],
        ['Q', cx + 70, 190, cx + 70, 230, 'L', cx + 70, 440, 'Z'],
      ),
      '#4a2a1c',
    );
    d.path(
      pathD(
        ['M', cx - 54, 420, 'L', cx - 54, 240, 'Q', cx - 54, 208, cx - 24, 208, 'L', cx + 24, 208],
        ['Q', cx + 54, 208, cx + 54, 240, 'L', cx + 54, 420, 'Z'],
      ),
      '#6a3a26',
    );
  }
  emblem(d, bx + 470, 112, 70, '#c09a5a', '#5a3a1c');
  d.rect(bx, 400, bw, 300, fall(d, '#8a5a36', '#4a2e1b'));
  d.rect(bx - 20, 384, bw + 40, 26, '#a06e44');
  d.rect(bx - 20, 384, bw + 40, 6, '#d6a772');
  let bp = '';
  for (let x = bx + 40; x < bx + bw; x += 150) bp += polyD([x, 440, x + 110, 440, x + 110, 660, x, 660]);
  d.path(bp, '#5a3722', { opacity: 0.55 });
  // name plates and a microphone on the bench
  d.rect(bx + 420, 356, 100, 28, '#e8d5b0');
  d.line(p('M', bx + 560, 384, 'l', 0, -40, 'q', 0, -14, 16, -18), '#2a1a10', 4);
}

/** A low rail in front, and counsel tables. */
function rail(d: Doc): void {
  d.rect(0, 700, BW, 380, fall(d, '#4a2e1b', '#1f130b'));
  d.rect(0, 690, BW, 16, '#8a5a36');
  d.rect(60, 640, 560, 70, '#3a2415');
  d.rect(60, 632, 560, 12, '#9a6a42');
  d.rect(1340, 640, 520, 70, '#3a2415');
  d.rect(1340, 632, 520, 12, '#9a6a42');
  d.rect(150, 600, 120, 32, '#f1e6d0', { transform: 'rotate(-4 210 616)' });
  d.rect(1500, 606, 90, 26, '#f1e6d0', { transform: 'rotate(3 1545 619)' });
  glowE(d, 420, 560, 500, 260, '#ffe6b8', 0.18);
}

/** Two wall lamps. */
function wallLamps(d: Doc): void {
  for (const x of [760, 1850]) {
    glow(d, x, 250, 160, '#ffd9a0', 0.4);
    d.path(p('M', x - 22, 270, 'h', 44, 'l', -8, -44, 'h', -28, 'Z'), '#f6e2b8');
    d.rect(x - 4, 270, 8, 30, '#3a2415');
  }
  paint(d, 11);
  calm(d, '#140b06', 0.65);
  vignette(d, 0.5);
}
