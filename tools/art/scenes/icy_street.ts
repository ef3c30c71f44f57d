// icy_street: the icy street, 1997.

import { glow, glowE, shaft } from '../lib/light.ts';
import { BH, BW, calm, paint, quad, sky, vignette } from '../lib/scenery.ts';
import { hangul, type Pt } from '../lib/shapes.ts';
import { type Doc, n, p, polyD, type Rng } from '../lib/svg.ts';
import { flakes, snowLedge } from '../lib/weather.ts';

// The alley in perspective: it ends at the lit street around (vx, vy); L and R map (t, v) on the left
// and right walls (t 0 near .. 1 far, v 0 top .. 1 bottom) to the picture.
const vx = 940;
const vy = 500;
const L = (t: number, v: number): Pt => {
  const x = (vx - 200) * t ** 0.9;
  const yTop = -40 + (vy - 220 + 40) * t;
  const yBot = 1000 + (vy + 120 - 1000) * t;
  return [x, yTop + (yBot - yTop) * v];
};
const R = (t: number, v: number): Pt => {
  const x = BW - (BW - vx - 220) * t ** 0.9;
  const yTop = -40 + (vy - 220 + 40) * t;
  const yBot = 1000 + (vy + 120 - 1000) * t;
  return [x, yTop + (yBot - yTop) * v];
};
/** The scaffold stands a little off the right wall. */
const off = (q: Pt, t: number): Pt => [q[0] - 70 * (1 - t), q[1]];
/** The scaffold's three plank levels, as v on the right wall. */
const levels = [0.3, 0.52, 0.74];

export function icyStreet(d: Doc, r: Rng): void {
  farEnd(d, r);
  shopFronts(d);
  signboards(d);
  building(d);
  scaffold(d);
  bricksAndIcicles(d, r);
  wiresAndLamp(d);
  ground(d, r);
}

/** The night sky and the far end of the alley: a lit street, buildings beyond. */
function farEnd(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#0c1530'],
    [0.5, '#22375e'],
    [1, '#2b4266'],
  ]);
  // the far end of the alley: a lit street, buildings beyond
  glowE(d, vx, vy - 20, 320, 260, '#ffcf8a', 0.5);
  d.path(
    `${p('M', vx - 200, vy + 120, 'V', vy - 150, 'H', vx - 120, 'V', vy - 200, 'H', vx - 20, 'V', vy - 130, 'H', vx + 60, 'V', vy - 230, 'H', vx + 160, 'V', vy - 160, 'H', vx + 220, 'V', vy + 120)}Z`,
    '#2e4266',
  );
  let lit = '';
  let dim = '';
  for (let i = 0; i < 14; i++) {
    const x = vx - 180 + (i % 7) * 56 + r.range(-6, 6);
    const y = vy - 120 + Math.floor(i / 7) * 60;
    const q = polyD([x, y, x + 22, y, x + 22, y + 26, x, y + 26]);
    if (r.chance(0.45)) lit += q;
    else dim += q;
  }
  d.path(lit, '#ffd58c', { opacity: 0.7 });
  d.path(dim, '#1c2c4c', { opacity: 0.8 });
  d.rect(
    vx - 200,
    vy + 20,
    420,
    100,
    d.lin([
      [0, '#c99a6a', 0],
      [1, '#f2c28a', 0.7],
    ]),
  );
}

/** A wall in perspective, its corners from `at`, shaded along its length from `from` to `to`. */
function wallFace(d: Doc, at: (u: number, v: number) => Pt, from: string, to: string): void {
  const shade = d.lin(
    [
      [0, from],
      [1, to],
    ],
    0,
    0,
    1,
    0,
  );
  d.poly([...quad(at(0, 0), at(1, 0), at(1, 1), at(0, 1))], shade);
}

/** The left wall: a row of shop fronts receding, a lit doorway among the shutters. */
function shopFronts(d: Doc): void {
  // left wall: a row of shop fronts receding
  wallFace(d, L, '#1c2e50', '#2c4470');
  let shut = '';
  let ribs = '';
  for (const [a, b] of [
    [0.03, 0.3],
    [0.38, 0.58],
    [0.64, 0.78],
    [0.83, 0.92],
  ] as [number, number][]) {
    shut += polyD(quad(L(a, 0.5), L(b, 0.5), L(b, 0.98), L(a, 0.98)));
    for (let k = 0.52; k < 0.98; k += 0.04) {
      const p1 = L(a, k);
      const p2 = L(b, k);
      ribs += p('M', p1[0], p1[1], 'L', p2[0], p2[1]);
    }
  }
  d.path(shut, '#3a5580');
  d.line(ribs, '#203454', 2, { opacity: 0.8 });
  // a lit doorway among the shutters
  d.poly(quad(L(0.3, 0.55), L(0.38, 0.55), L(0.38, 0.98), L(0.3, 0.98)), '#ffc98a', { opacity: 0.85 });
}

/** Upright signboards sticking out from the wall, facing us, with their words. */
function signboards(d: Doc): void {
  const signs: [number, string, string, string][] = [
    [0.12, '시장', '#c24a3a', '#fff1d6'],
    [0.46, '분식', '#2f7a62', '#eafff4'],
  ];
  for (const [t, word, col, ink] of signs) {
    const top = L(t, 0.12);
    const s = 1 - t * 0.78;
    const w = 96 * s;
    const cell = 62 * s;
    const h = cell * 1.15 * word.length + 30 * s;
    const x = top[0] + 30 * s;
    glow(d, x + w / 2, top[1] + h / 2, h * 0.9, col, 0.35);
    d.rect(x, top[1], w, h, col, { rx: 6 * s, stroke: '#0c1322', 'stroke-width': 5 * s });
    d.line(hangul(word, x + (w - cell) / 2, top[1] + 18 * s, cell, true), ink, 7 * s, {
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    });
    d.line(p('M', top[0], top[1] + 20 * s, 'H', x, 'M', top[0], top[1] + h - 20 * s, 'H', x), '#0c1322', 5 * s);
  }
}

/** Right wall: the building under construction with its scaffold. */
function building(d: Doc): void {
  wallFace(d, R, '#2a4066', '#16243f');
  let mortar = '';
  for (let v = 0.04; v < 1; v += 0.045) {
    const a = R(0, v);
    const b = R(1, v);
    mortar += p('M', a[0], a[1], 'L', b[0], b[1]);
  }
  d.line(mortar, '#132038', 2, { opacity: 0.6 });
}

/** The scaffold a little off the wall: poles, three plank levels, braces, a green safety net. */
function scaffold(d: Doc): void {
  // the scaffold stands a little off the wall: poles, three plank levels, braces
  let poles = '';
  let planks = '';
  const ts = [0.02, 0.22, 0.42, 0.6];
  for (const t of ts) {
    const a = off(R(t, 0.02), t);
    const b = off(R(t, 1), t);
    poles += p('M', a[0], a[1], 'L', b[0], b[1]);
  }
  for (const v of levels) {
    const a = off(R(0, v), 0);
    const b = off(R(0.62, v), 0.62);
    const th = 16;
    planks += polyD([a[0] + 30, a[1], b[0], b[1], b[0], b[1] + th * 0.5, a[0] + 30, a[1] + th * 1.6]);
  }
  for (let i = 0; i < ts.length - 1; i++) {
    const a = off(R(ts[i] ?? 0, levels[0] ?? 0), ts[i] ?? 0);
    const b = off(R(ts[i + 1] ?? 0, levels[1] ?? 0), ts[i + 1] ?? 0);
    const c = off(R(ts[i] ?? 0, levels[2] ?? 0), ts[i] ?? 0);
    poles += p('M', a[0], a[1], 'L', b[0], b[1], 'L', c[0], c[1]);
  }
  d.line(poles, '#0b1426', 10, { 'stroke-linecap': 'round' });
  d.path(planks, '#7a5c3a', { stroke: '#2a1e12', 'stroke-width': 2 });
  // a green safety net, slack and torn
  const n1 = off(R(0.24, 0.08), 0.24);
  const n2 = off(R(0.42, 0.08), 0.42);
  const n3 = off(R(0.42, 0.46), 0.42);
  const n4 = off(R(0.24, 0.52), 0.24);
  d.path(
    `${p('M', n1[0], n1[1], 'L', n2[0], n2[1], 'L', n3[0], n3[1], 'Q', (n3[0] + n4[0]) / 2, n3[1] + 60, n4[0] + 30, n4[1] - 20, 'L', n4[0], n4[1])}Z`,
    '#3d7a52',
    { opacity: 0.45 },
  );
}

/** Bricks stacked on the top plank (one at the very edge), icicles under the planks. */
function bricksAndIcicles(d: Doc, r: Rng): void {
  // bricks stacked on the top plank, one at the very edge
  const top = off(R(0.08, levels[0] ?? 0.3), 0.08);
  let brick = '';
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 3; j++) {
      const bx = top[0] - 10 + j * 42 + (i % 2) * 20;
      const by = top[1] - 18 - i * 18;
      brick += polyD([bx, by, bx + 40, by, bx + 40, by + 17, bx, by + 17]);
    }
  }
  d.path(brick, '#9a4f38', { stroke: '#2a1a14', 'stroke-width': 2 });
  d.rect(top[0] - 58, top[1] - 20, 42, 18, '#b0603f', {
    stroke: '#2a1a14',
    'stroke-width': 2,
    transform: `rotate(-10 ${n(top[0] - 37)} ${n(top[1] - 11)})`,
  });
  snowLedge(d, r, top[0] - 14, top[1] - 88, 150, 10);
  // icicles under the planks
  let ice = '';
  for (const v of levels.slice(0, 2)) {
    for (let t = 0.03; t < 0.6; t += 0.045) {
      const q = off(R(t, v), t);
      const len = r.range(12, 38) * (1 - t * 0.6);
      ice += p('M', q[0] - 4, q[1] + 18, 'l', 4, len, 'l', 4, -len, 'Z');
    }
  }
  d.path(ice, '#cfe3f4', { opacity: 0.85 });
}

/** Overhead wires; a street lamp on the left, its cone of light on the ice. */
function wiresAndLamp(d: Doc): void {
  // overhead wires
  d.line(
    p('M', 0, 150, 'Q', 700, 250, BW, 120, 'M', 0, 220, 'Q', 900, 320, BW, 200, 'M', 250, 0, 'Q', 700, 280, vx, vy - 240),
    '#0a1020',
    3,
  );
  // a street lamp on the left, its cone of light on the ice
  d.line(p('M', 520, 930, 'L', 520, 330, 'q', 0, -40, 50, -44), '#0c1322', 12);
  d.path(p('M', 555, 276, 'h', 64, 'l', -8, 20, 'h', -48, 'Z'), '#0c1322');
  glow(d, 587, 302, 130, '#ffe0a0', 0.7);
  shaft(d, [565, 298, 610, 298, 840, 960, 330, 960], '#ffe0a0', 0.22, 587, 298, 587, 960);
}

/** Ground: black ice, glints of the lamp and of the lit street. */
function ground(d: Doc, r: Rng): void {
  d.poly(
    [...quad(L(0, 1), L(1, 1), R(1, 1), R(0, 1)), BW, BH, 0, BH],
    d.lin([
      [0, '#5a78a0'],
      [0.25, '#2e4468'],
      [1, '#0e1830'],
    ]),
  );
  glowE(d, vx + 10, vy + 260, 160, 260, '#ffd59a', 0.35);
  glowE(d, 590, 940, 240, 40, '#ffe6b0', 0.45);
  let glints = '';
  for (let i = 0; i < 16; i++) {
    const t = r.range(0.05, 1);
    const y = vy + 130 + (BH - vy - 130) * t ** 1.3;
    const w = 30 + 260 * t;
    const x = vx + r.range(-1, 1) * (120 + 700 * t);
    glints += p('M', x - w / 2, y, 'Q', x, y - 5 * t - 1, x + w / 2, y, 'Q', x, y + 3 * t + 1, x - w / 2, y, 'Z');
  }
  d.path(glints, '#e6f0ff', { opacity: 0.3 });
  snowLedge(d, r, -10, 1000, 460, 24, '#cfdded');
  snowLedge(d, r, 1460, 1000, 470, 26, '#cfdded');
  flakes(d, r, 60, 0, 0, BW, 800, 0.4);
  paint(d, 31);
  calm(d, '#08101f', 0.6);
  vignette(d, 0.6, '#030814');
}
