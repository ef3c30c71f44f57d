// The balloon, the particle textures, the title screen and the yellow backpack icon.

import { glow } from './light.ts';
import { nightSky, prisonWall } from './night.ts';
import { BH, BW, calm, paint, vignette } from './scenery.ts';
import { digits, lines, type Pt, smooth } from './shapes.ts';
import { Doc, darken, lighten, makeRng, n, p, polyD, type Rng } from './svg.ts';
import { cumulus } from './weather.ts';

const INK = '#2a1e26';

// ---------------------------------------------------------------- the balloon

const FABRICS = ['#7b97a6', '#b8433a', '#d9a441', '#e8dcc0', '#6a7a52', '#8a5a7a', '#c7764a', '#5a6f8f', '#a8866a', '#d4c49a'];

/** The cellmates' balloon, drawn in a 400x600 box (callers may transform it). */
export function drawBalloon(d: Doc, r: Rng, withHalo: boolean): void {
  if (withHalo) glow(d, 200, 250, 200, '#ffcf7a', 0.35);
  const env = p(
    'M',
    200,
    24,
    'C',
    322,
    24,
    378,
    120,
    372,
    212,
    'C',
    366,
    300,
    282,
    356,
    252,
    404,
    'L',
    148,
    404,
    'C',
    118,
    356,
    34,
    300,
    28,
    212,
    'C',
    22,
    120,
    78,
    24,
    200,
    24,
    'Z',
  );
  const clip = d.clip(`<path d="${env}"/>`);
  d.open({ 'clip-path': clip });
  // patchwork: gores (meridians) crossed by bands; each patch a different cloth
  const us = [-1.45, -1.05, -0.7, -0.35, 0, 0.35, 0.7, 1.05, 1.45];
  const ts = [0, 0.22, 0.42, 0.62, 0.8, 1];
  const mer = (u: number, t: number): Pt => {
    const x = (1 - t) ** 2 * 200 + 2 * (1 - t) * t * (200 + u * 255) + t * t * (200 + u * 40);
    const y = (1 - t) ** 2 * 24 + 2 * (1 - t) * t * 215 + t * t * 404;
    return [x, y];
  };
  let k = 0;
  for (let i = 0; i + 1 < us.length; i++) {
    for (let j = 0; j + 1 < ts.length; j++) {
      const a = us[i] ?? 0;
      const b = us[i + 1] ?? 0;
      const t0 = ts[j] ?? 0;
      const t1 = ts[j + 1] ?? 1;
      const pts: Pt[] = [];
      for (let s = 0; s <= 4; s++) pts.push(mer(a, t0 + ((t1 - t0) * s) / 4));
      for (let s = 4; s >= 0; s--) pts.push(mer(b, t0 + ((t1 - t0) * s) / 4));
      const col = FABRICS[(i * 3 + j * 7 + r.int(0, 2)) % FABRICS.length] ?? '#e8dcc0';
      d.path(lines(pts), col);
      // a few patches have a pattern: stripes or checks
      if ((i + j) % 4 === 1 && j > 0) {
        let st = '';
        const c = mer((a + b) / 2, (t0 + t1) / 2);
        for (let q = -3; q <= 3; q++) st += p('M', c[0] + q * 12 - 30, c[1] - 40, 'l', 20, 80);
        d.open({ 'clip-path': d.clip(`<path d="${lines(pts)}"/>`) });
        d.line(st, lighten(col, 0.3), 3, { opacity: 0.55 });
        d.close();
      }
      k++;
    }
  }
  void k;
  // one patch cut from a prison uniform, the number still on it; one in Ye-sung's yellow
  const tag = mer(0.17, 0.52);
  d.rect(tag[0] - 28, tag[1] - 12, 56, 24, '#f4f1e8', { rx: 3, opacity: 0.9 });
  d.line(digits('3217', tag[0] - 20, tag[1] - 7, 14), '#2a2630', 2.5, { 'stroke-linecap': 'round' });
  const sun = mer(-0.88, 0.3);
  d.circle(sun[0], sun[1], 15, '#f4c430', { stroke: '#b88a10', 'stroke-width': 2 });
  // stitched seams
  let seams = '';
  for (const u of us) {
    const s0 = mer(u, 0);
    const s1 = mer(u, 0.5);
    const s2 = mer(u, 1);
    seams += p('M', s0[0], s0[1], 'Q', 2 * s1[0] - (s0[0] + s2[0]) / 2, 2 * s1[1] - (s0[1] + s2[1]) / 2, s2[0], s2[1]);
  }
  for (const t of ts) {
    const a = mer(-1.6, t);
    const b = mer(0, t);
    const c = mer(1.6, t);
    seams += p('M', a[0], a[1], 'Q', b[0], b[1] + 10, c[0], c[1]);
  }
  d.line(seams, '#4a3a30', 2.2, { opacity: 0.55 });
  d.line(seams, '#fff4d8', 1.6, { 'stroke-dasharray': '5 6', opacity: 0.6 });
  // the glow from the burner inside, the darker limb, a sheen
  d.rect(
    0,
    0,
    400,
    420,
    d.radU(
      [
        [0, '#ffe08a', 0.85],
        [0.4, '#ffa040', 0.45],
        [1, '#ff9a3a', 0],
      ],
      200,
      410,
      340,
    ),
  );
  d.rect(
    0,
    0,
    400,
    420,
    d.radU(
      [
        [0.6, '#1a1430', 0],
        [1, '#1a1430', 0.55],
      ],
      200,
      210,
      200,
    ),
  );
  d.ellipse(130, 120, 40, 70, '#ffffff', { opacity: 0.18, transform: 'rotate(25 130 120)' });
  d.close();
  d.path(env, 'none', { stroke: INK, 'stroke-width': 3.5 });
  // the skirt, the ropes, the burner and its flame, the basket
  d.path(p('M', 148, 404, 'L', 252, 404, 'L', 236, 446, 'L', 164, 446, 'Z'), '#8a5a3a', { stroke: INK, 'stroke-width': 3 });
  d.line(
    p('M', 164, 446, 'L', 150, 500, 'M', 236, 446, 'L', 250, 500, 'M', 184, 446, 'L', 178, 500, 'M', 216, 446, 'L', 222, 500),
    '#3a2a20',
    2.5,
  );
  glow(d, 200, 455, 70, '#ffcf7a', 0.8);
  d.path(p('M', 200, 428, 'C', 214, 444, 212, 462, 200, 468, 'C', 188, 462, 186, 444, 200, 428, 'Z'), '#ffb347');
  d.path(p('M', 200, 442, 'C', 207, 450, 206, 460, 200, 464, 'C', 194, 460, 193, 450, 200, 442, 'Z'), '#fff1c0');
  d.rect(186, 466, 28, 10, '#5a5a60', { stroke: INK, 'stroke-width': 2 });
  const basket = p('M', 140, 500, 'H', 260, 'L', 252, 574, 'Q', 200, 582, 148, 574, 'Z');
  d.path(basket, '#b8864a', { stroke: INK, 'stroke-width': 3.5 });
  let weave = '';
  for (let x = 152; x < 256; x += 14) weave += p('M', x, 502, 'L', x + 2 - (x - 200) * 0.06, 576);
  for (let y = 516; y < 574; y += 14) weave += p('M', 142 + (y - 500) * 0.1, y, 'H', 258 - (y - 500) * 0.1);
  d.line(weave, '#7a5428', 2.5, { opacity: 0.8 });
  d.rect(134, 494, 132, 12, '#8a5a2a', { rx: 5, stroke: INK, 'stroke-width': 3 });
  d.path(
    basket,
    d.lin([
      [0, '#ffcf7a', 0.35],
      [1, '#ffcf7a', 0],
    ]),
  );
}

export function balloon(): string {
  const d = new Doc(400, 600, 'a');
  drawBalloon(d, makeRng('room7:balloon'), true);
  return d.toString();
}

// ---------------------------------------------------------------- particles (64x64 each: the game loads them at that size)

function particle(draw: (d: Doc) => void): string {
  const d = new Doc(64, 64, 'x');
  draw(d);
  return d.toString();
}

export const PARTICLES: Record<string, () => string> = {
  snow: () =>
    particle((d) => {
      d.circle(
        32,
        32,
        30,
        d.rad([
          [0, '#ffffff', 1],
          [0.35, '#f4f8ff', 0.95],
          [0.6, '#e8f0ff', 0.4],
          [1, '#e8f0ff', 0],
        ]),
      );
    }),
  dust: () =>
    particle((d) => {
      d.circle(
        32,
        32,
        30,
        d.rad([
          [0, '#fff4d8', 0.95],
          [0.25, '#ffe8b0', 0.6],
          [1, '#ffe8b0', 0],
        ]),
      );
    }),
  ember: () =>
    particle((d) => {
      d.circle(
        32,
        32,
        30,
        d.rad([
          [0, '#fff6c8', 1],
          [0.18, '#ffc24a', 1],
          [0.45, '#ff7a1a', 0.55],
          [1, '#ff4a0a', 0],
        ]),
      );
    }),
  glow: () =>
    particle((d) => {
      d.circle(
        32,
        32,
        32,
        d.rad([
          [0, '#fff8e6', 0.9],
          [0.3, '#ffe2a8', 0.45],
          [0.7, '#ffcf7a', 0.12],
          [1, '#ffcf7a', 0],
        ]),
      );
    }),
  rain: () =>
    particle((d) => {
      d.rect(
        30.5,
        2,
        3,
        60,
        d.lin([
          [0, '#cfe2ff', 0],
          [0.7, '#dfeaff', 0.7],
          [1, '#ffffff', 0.95],
        ]),
        { rx: 1.5 },
      );
    }),
};

// ---------------------------------------------------------------- title

export function title(): string {
  const d = new Doc(BW, BH, 't');
  const r = makeRng('room7:title');
  nightSky(d, r, 1620, 170, 110);
  cumulus(d, r, 900, 640, 1100, 90, '#2a2c62', '#3c3c78', 0.6, 8);
  // the balloon, small and high, its glow on the clouds
  glow(d, 1290, 330, 260, '#ffcf7a', 0.35);
  d.open({ transform: 'translate(1236 250) scale(.27)' });
  drawBalloon(d, makeRng('room7:balloon'), true);
  d.close();
  // the roofs and the wall below
  d.path(
    `${p('M', 0, 760, 'H', 260, 'V', 720, 'H', 640, 'V', 770, 'H', 1100, 'V', 700, 'H', 1400, 'V', 760, 'H', BW, 'V', 860, 'H', 0)}Z`,
    '#141830',
  );
  prisonWall(d, r, 820, true);
  // darker on the left, where the title and the menu sit
  d.rect(
    0,
    0,
    BW,
    BH,
    d.lin(
      [
        [0, '#050814', 0.82],
        [0.42, '#050814', 0.5],
        [0.62, '#050814', 0],
        [1, '#050814', 0],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  paint(d, 151, 0.7);
  calm(d, '#02030a', 0.4, 0.75);
  vignette(d, 0.5, '#02030a');
  return d.toString();
}

// ---------------------------------------------------------------- the yellow backpack icon

export function backpackIcon(): string {
  const d = new Doc(256, 256, 'k');
  const y = '#f4c430';
  const yd = '#d9a21a';
  // straps behind
  d.path(
    p(
      'M',
      70,
      70,
      'Q',
      40,
      120,
      52,
      200,
      'L',
      66,
      200,
      'Q',
      58,
      130,
      84,
      80,
      'Z',
      'M',
      186,
      70,
      'Q',
      216,
      120,
      204,
      200,
      'L',
      190,
      200,
      'Q',
      198,
      130,
      172,
      80,
      'Z',
    ),
    yd,
    { stroke: INK, 'stroke-width': 5 },
  );
  // handle
  d.path(p('M', 104, 52, 'Q', 104, 22, 128, 22, 'Q', 152, 22, 152, 52), 'none', {
    stroke: INK,
    'stroke-width': 14,
    'stroke-linecap': 'round',
  });
  d.path(p('M', 104, 52, 'Q', 104, 22, 128, 22, 'Q', 152, 22, 152, 52), 'none', {
    stroke: yd,
    'stroke-width': 7,
    'stroke-linecap': 'round',
  });
  // body
  const body = p(
    'M',
    60,
    100,
    'Q',
    60,
    46,
    128,
    44,
    'Q',
    196,
    46,
    196,
    100,
    'L',
    200,
    214,
    'Q',
    200,
    234,
    178,
    236,
    'L',
    78,
    236,
    'Q',
    56,
    234,
    56,
    214,
    'Z',
  );
  d.path(
    body,
    d.lin(
      [
        [0, lighten(y, 0.2)],
        [0.6, y],
        [1, yd],
      ],
      0,
      0,
      1,
      1,
    ),
    { stroke: INK, 'stroke-width': 6 },
  );
  // the flap and its zip
  d.path(p('M', 62, 104, 'Q', 128, 128, 194, 104), 'none', { stroke: INK, 'stroke-width': 5 });
  d.path(p('M', 66, 112, 'Q', 128, 134, 190, 112), 'none', { stroke: '#fff4c0', 'stroke-width': 3, 'stroke-dasharray': '6 6' });
  // front pocket
  d.path(
    p(
      'M',
      84,
      150,
      'Q',
      84,
      140,
      96,
      140,
      'H',
      160,
      'Q',
      172,
      140,
      172,
      150,
      'V',
      206,
      'Q',
      172,
      218,
      160,
      218,
      'H',
      96,
      'Q',
      84,
      218,
      84,
      206,
      'Z',
    ),
    lighten(y, 0.12),
    { stroke: INK, 'stroke-width': 5 },
  );
  d.line(p('M', 92, 160, 'H', 164), darken(y, 0.3), 3);
  // a little red star charm on the zip pull
  const star: Pt[] = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? 16 : 7;
    const t = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push([128 + Math.cos(t) * rr, 186 + Math.sin(t) * rr]);
  }
  d.line(p('M', 128, 160, 'V', 172), INK, 3);
  d.path(lines(star), '#e0483a', { stroke: INK, 'stroke-width': 3.5 });
  // sheen
  d.path(p('M', 76, 96, 'Q', 80, 64, 112, 56), 'none', {
    stroke: '#ffffff',
    'stroke-width': 7,
    'stroke-linecap': 'round',
    opacity: 0.55,
  });
  d.path(
    smooth(
      [
        [70, 130],
        [74, 190],
        [70, 214],
      ],
      false,
    ),
    'none',
    { stroke: '#ffffff', 'stroke-width': 5, 'stroke-linecap': 'round', opacity: 0.35 },
  );
  return d.toString();
}

export { n, polyD };
