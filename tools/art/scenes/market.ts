// market: the winter market, 1997.

import { frame } from '../lib/interiors.ts';
import { glow, glowE, glows, shaft } from '../lib/light.ts';
import { BH, BW, calm, fall, paint, sky, vignette } from '../lib/scenery.ts';
import { hangul, lines } from '../lib/shapes.ts';
import { type Doc, dotD, p, pathD, pinD, polyD, type Rng } from '../lib/svg.ts';
import { bricks } from '../lib/walls.ts';
import { flakes, snowLedge } from '../lib/weather.ts';

/** A rectangle: the shop window. */
type Box = { x: number; y: number; w: number; h: number };

export function marketRow(d: Doc, r: Rng, y: number, color: string, h: number): void {
  let dd = p('M', 0, BH);
  let x = 0;
  while (x < BW) {
    const w = r.range(120, 260);
    const top = y - r.range(0, h);
    dd += p('L', x, top);
    if (r.chance(0.4)) dd += p('L', x + w / 2, top - r.range(20, 50), 'L', x + w, top);
    else dd += p('L', x + w, top);
    x += w;
  }
  dd += p('L', BW, BH, 'Z');
  d.path(dd, color);
}

export function market(d: Doc, r: Rng): void {
  marketSky(d, r);
  stringLights(d);
  stall(d, r);
  stationeryShop(d, r);
}

function marketSky(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#0d1730'],
    [0.45, '#22375f'],
    [0.75, '#48698f'],
    [1, '#6f8db0'],
  ]);
  flakes(d, r, 60, 0, 0, BW, 600, 0.35);
  marketRow(d, r, 380, '#2c4266', 120);
}

/** String lights across the lane. */
function stringLights(d: Doc): void {
  let wire = '';
  let bulbs = '';
  const halos: [number, number][] = [];
  for (const [y0, sag] of [
    [250, 60],
    [330, 50],
  ] as [number, number][]) {
    wire += p('M', 0, y0, 'Q', 480, y0 + sag, 960, y0, 'Q', 1440, y0 + sag, BW, y0);
    for (let i = 1; i < 24; i++) {
      const t = i / 24;
      const half = t < 0.5 ? t * 2 : (t - 0.5) * 2;
      const x = t * BW;
      const y = y0 + sag * 4 * half * (1 - half) * 0.5 + 6;
      bulbs += pinD(x, y);
      halos.push([x, y]);
    }
  }
  glows(d, halos, 26, '#ffcf7a', 0.35);
  d.line(wire, '#101a2c', 2);
  d.line(bulbs, '#ffe3a3', 10, { 'stroke-linecap': 'round' });
}

/** Left: a stall with a tarp roof, crates of winter cabbage and tangerines. */
function stall(d: Doc, r: Rng): void {
  d.rect(0, 420, 600, 420, '#1b2a45');
  d.path(p('M', -20, 430, 'L', 620, 400, 'L', 660, 470, 'L', -20, 500, 'Z'), '#2f5d8a');
  d.path(p('M', -20, 430, 'L', 620, 400, 'L', 625, 410, 'L', -20, 440, 'Z'), '#e9f1f8', { opacity: 0.9 });
  let stripes = '';
  for (let x = 0; x < 640; x += 80)
    stripes += polyD([
      x,
      432 - x * 0.047,
      x + 40,
      430 - (x + 40) * 0.047,
      x + 44,
      496 - (x + 44) * 0.042,
      x + 4,
      498 - (x + 4) * 0.042,
    ]);
  d.path(stripes, '#e9f1f8', { opacity: 0.12 });
  glowE(d, 300, 560, 320, 120, '#ffcf7a', 0.35);
  d.line(p('M', 300, 470, 'v', 40), '#101a2c', 2);
  d.circle(300, 522, 12, '#ffe3a3');
  for (const [x, w, col] of [
    [40, 160, '#e58a2e'],
    [220, 170, '#8fb36a'],
    [410, 160, '#e58a2e'],
  ] as [number, number, string][]) {
    d.rect(x, 640, w, 90, '#6b4a2e');
    d.rect(x, 640, w, 10, '#8a6a48');
    let fruit = '';
    for (let i = 0; i < 14; i++) fruit += dotD(x + 14 + ((i * 37) % (w - 24)), 628 + (i % 3) * -10 + r.range(-3, 3), 13);
    d.path(fruit, col);
  }
  d.rect(20, 730, 580, 14, '#0f1a2c');
}

/** Right: the stationery shop with the lit window. */
function stationeryShop(d: Doc, r: Rng): void {
  const sx = 880;
  d.rect(sx, 150, 1040, 720, fall(d, '#2a3f63', '#1a2a46'));
  bricks(d, r, sx, 150, 1040, 720, 90, 36, '#142038', 0.55, '#1a2842');
  // upper floor window, dim
  d.rect(1500, 190, 220, 130, '#35507a');
  frame(d, 1500, 190, 220, 130, 2, 1, '#142038', 8, 10);
  glowE(d, 1610, 255, 120, 70, '#ffd58c', 0.15);
  shopSign(d, r, sx);
  awning(d, r, sx);
  const win: Box = { x: sx + 80, y: 500, w: 620, h: 300 };
  shopWindow(d, r, win);
  const dx = win.x + win.w + 60;
  shopDoor(d, dx);
  snowyPavement(d, r, win, [sx, dx]);
  paint(d, 21);
  calm(d, '#0b1426', 0.6);
  vignette(d, 0.45, '#050a18');
}

/** The red sign board over the shop, its word, a pencil and a star. */
function shopSign(d: Doc, r: Rng, sx: number): void {
  // the sign board
  d.rect(sx + 40, 330, 940, 70, '#c24a3a');
  d.rect(sx + 40, 330, 940, 8, '#e07a5a');
  d.line(hangul('문구', sx + 420, 340, 50), '#fff1d6', 8, { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
  // a little pencil and star either side of the word
  d.path(
    p('M', sx + 300, 382, 'l', 70, -30, 'l', 8, 10, 'l', -70, 30, 'Z', 'M', sx + 300, 382, 'l', -10, 8, 'l', 2, -14, 'Z'),
    '#f4c430',
  );
  d.path(
    lines([
      [sx + 640, 340],
      [sx + 648, 358],
      [sx + 668, 360],
      [sx + 652, 372],
      [sx + 658, 392],
      [sx + 640, 381],
      [sx + 622, 392],
      [sx + 628, 372],
      [sx + 612, 360],
      [sx + 632, 358],
    ]),
    '#f4c430',
  );
  snowLedge(d, r, sx + 36, 330, 948, 16);
}

/** The striped awning with its scalloped edge and snow. */
function awning(d: Doc, r: Rng, sx: number): void {
  // awning, striped, with snow
  const aw: number[] = [sx + 20, 410, sx + 1000, 410, sx + 1040, 470, sx - 20, 470];
  d.poly(aw, '#3b6ea5');
  let st = '';
  for (let i = 0; i < 13; i++) {
    const x0 = sx + 20 + i * 76;
    st += polyD([x0, 410, x0 + 38, 410, x0 + 38 + (i - 6) * 3.3, 470, x0 + (i - 6) * 3.3, 470]);
  }
  d.path(st, '#eef3f8', { opacity: 0.85 });
  let scallop = p('M', sx - 20, 470);
  for (let i = 0; i < 14; i++) scallop += p('q', 38, 30, 76, 0);
  d.path(`${scallop}Z`, '#3b6ea5');
  snowLedge(d, r, sx + 20, 410, 980, 18);
}

/** The lit window: shelves of small things, the yellow backpack in the middle, the glass, the frame. */
function shopWindow(d: Doc, r: Rng, win: Box): void {
  const { x: wx, y: wy, w: ww, h: wh } = win;
  // the shop window: warm light, shelves, the yellow backpack in the middle
  const light = d.lin([
    [0, '#ffe2a0'],
    [0.7, '#f4ad5e'],
    [1, '#d9834a'],
  ]);
  d.rect(wx, wy, ww, wh, light);
  glowE(d, wx + ww / 2, wy + wh / 2, ww * 0.7, wh * 0.9, '#ffd58c', 0.5);
  d.rect(wx, wy + 230, ww, 16, '#8a5a36');
  d.rect(wx, wy + 120, ww, 10, '#8a5a36', { opacity: 0.8 });
  // small things on the shelves: boxes, a doll, pencil cases
  for (let i = 0; i < 7; i++) {
    const x = wx + 20 + i * 86;
    if (i === 3) continue;
    d.rect(
      x,
      wy + 70 - (i % 3) * 12,
      56,
      50 + (i % 3) * 12,
      ['#c85a4a', '#5a8ab0', '#e0b050', '#7ab07a', '#b07ab0', '#5a8ab0', '#e08a50'][i] ?? '#c85a4a',
      { rx: 4, opacity: 0.85 },
    );
    d.rect(
      x + 6,
      wy + 176,
      40,
      54,
      ['#6a9ac0', '#e07a6a', '#8ac07a', '#6a9ac0', '#f0c060', '#c07ab0', '#e07a6a'][i] ?? '#6a9ac0',
      { rx: 6, opacity: 0.85 },
    );
  }
  backpackOnShow(d, wx + ww / 2, wy + 150);
  // glass: a pale reflection stripe
  d.poly([wx + 60, wy, wx + 150, wy, wx + 40, wy + wh, wx - 50 + 50, wy + wh], '#ffffff', { opacity: 0.12 });
  d.poly([wx + 420, wy, wx + 450, wy, wx + 340, wy + wh, wx + 310, wy + wh], '#ffffff', { opacity: 0.1 });
  frame(d, wx, wy, ww, wh, 3, 1, '#1a2238', 10, 18);
  snowLedge(d, r, wx - 20, wy + wh + 18, ww + 40, 14);
}

/** The backpack: bright yellow, two pockets, straps, a price tag on a string. */
function backpackOnShow(d: Doc, bpx: number, bpy: number): void {
  // the backpack: bright yellow, two pockets, straps
  glow(d, bpx, bpy, 150, '#fff4c0', 0.6);
  d.path(
    pathD(
      ['M', bpx - 58, bpy + 78, 'L', bpx - 62, bpy - 40, 'Q', bpx - 60, bpy - 86, bpx, bpy - 88],
      ['Q', bpx + 60, bpy - 86, bpx + 62, bpy - 40, 'L', bpx + 58, bpy + 78, 'Q', bpx, bpy + 90, bpx - 58, bpy + 78, 'Z'],
    ),
    '#f4c430',
    { stroke: '#8a6a10', 'stroke-width': 4 },
  );
  d.path(
    p('M', bpx - 44, bpy + 4, 'L', bpx + 44, bpy + 4, 'L', bpx + 40, bpy + 64, 'Q', bpx, bpy + 72, bpx - 40, bpy + 64, 'Z'),
    '#f7d55a',
    { stroke: '#8a6a10', 'stroke-width': 4 },
  );
  d.path(p('M', bpx - 62, bpy - 40, 'Q', bpx, bpy - 20, bpx + 62, bpy - 40), 'none', { stroke: '#8a6a10', 'stroke-width': 4 });
  d.line(p('M', bpx - 20, bpy - 88, 'q', 20, -26, 40, 0), '#8a6a10', 6);
  d.circle(bpx, bpy + 30, 9, '#e04a5a');
  d.ellipse(bpx - 30, bpy - 50, 14, 22, '#ffffff', { opacity: 0.35 });
  // the price tag on a string
  d.line(p('M', bpx + 50, bpy - 60, 'q', 30, 10, 40, 40), '#6a4a20', 2);
  d.path(p('M', bpx + 76, bpy - 22, 'l', 34, 0, 'l', 0, 40, 'l', -34, 0, 'l', -8, -20, 'Z'), '#fff8e8', {
    stroke: '#6a4a20',
    'stroke-width': 2,
  });
  d.line(p('M', bpx + 82, bpy - 6, 'h', 20, 'M', bpx + 82, bpy + 4, 'h', 14), '#c0392b', 3);
}

/** The door with its bell. */
function shopDoor(d: Doc, dx: number): void {
  // the door with its bell
  d.rect(dx, 500, 190, 350, '#1a2238');
  d.rect(dx + 20, 520, 150, 170, fall(d, '#ffdf9a', '#e99a55'));
  frame(d, dx + 20, 520, 150, 170, 1, 2, '#1a2238', 8, 0);
  d.circle(dx + 160, 710, 8, '#c9a24a');
  d.path(p('M', dx + 20, 480, 'q', 12, -10, 24, 0, 'l', 4, 20, 'h', -32, 'Z'), '#d9b45a');
}

/** The light from the window on the snowy pavement, banks of swept snow, ruts. */
function snowyPavement(d: Doc, r: Rng, win: Box, [sx, dx]: [number, number]): void {
  const { x: wx, w: ww } = win;
  // light falling out onto the snow
  shaft(d, [wx, 850, wx + ww, 850, wx + ww + 200, 1080, wx - 200, 1080], '#ffcf7a', 0.3, 0, 850, 0, 1080);
  // pavement, snowy, with banks of swept snow along the fronts
  d.rect(
    0,
    840,
    BW,
    240,
    d.lin([
      [0, '#8fa9c6'],
      [0.3, '#4a6890'],
      [1, '#1a2a46'],
    ]),
  );
  snowLedge(d, r, -10, 846, 640, 26, '#c9d8e8');
  snowLedge(d, r, sx - 20, 846, 90, 20, '#c9d8e8');
  snowLedge(d, r, dx + 200, 846, 300, 24, '#c9d8e8');
  let ruts = '';
  for (let i = 0; i < 6; i++) ruts += p('M', r.range(0, BW), 870 + i * 34, 'q', 200, r.range(-8, 8), 400, 0);
  d.line(ruts, '#dbe7f3', 3, { opacity: 0.25 });
  glowE(d, wx + ww / 2, 870, 520, 60, '#ffcf7a', 0.35);
}
