// The fifteen backgrounds, 1920x1080. Each is a few layers of silhouettes over painted gradients,
// in the palette of its chapter. The bottom ~28% (the text box) is kept calm and dark.

import {
  BH,
  BW,
  barbedWire,
  blur,
  bricks,
  calm,
  clipped,
  cumulus,
  flakes,
  floorMap,
  glow,
  glowE,
  glows,
  paint,
  quad,
  shaft,
  sky,
  snowLedge,
  stars,
  vignette,
  wireStrand,
} from './scenery.ts';
import { hangul, lines, type Pt, smooth } from './shapes.ts';
import { Doc, darken, dotD, hashString, lighten, makeRng, mix, n, p, pinD, polyD, type Rng } from './svg.ts';

export const PALETTES: Record<string, { name: string; colors: string[] }> = {
  court2013: {
    name: 'Training court, 2013 (prologue, chapter 6): wood-brown',
    colors: ['#2a1810', '#5a3722', '#8a5a36', '#c08a55', '#f0d7b0', '#dfe6e8'],
  },
  winter: {
    name: 'Winter market, 1997 (chapter 1): blue',
    colors: ['#0f1a33', '#1f3358', '#3d5f8c', '#8fb0cf', '#e9f1f8', '#ffcf7a'],
  },
  prison: {
    name: 'Prison (chapters 2 to 4): grey-green',
    colors: ['#1b2422', '#34423d', '#56665e', '#8c9a90', '#cfd6cc', '#f1e2b4'],
  },
  chapel: {
    name: 'Chapel and concert (chapters 3, 5): amber',
    colors: ['#2a1406', '#6b3a14', '#b06a26', '#e0a050', '#ffd58c', '#fff0cf'],
  },
  night: {
    name: 'Night sky and balloon (chapter 5, title): deep blue and violet',
    colors: ['#070d22', '#142050', '#2e3470', '#5a4a86', '#f4c46a', '#fff3d6'],
  },
  court1997: {
    name: 'Courtroom, 1997 (chapter 4): dark wood and olive',
    colors: ['#1d140d', '#3e2a1a', '#6a4a2c', '#6f6a4a', '#b79a6a', '#e8dcc0'],
  },
  dawn: {
    name: 'The closing sky (chapter 6): dawn rose and gold',
    colors: ['#2c4474', '#6f7fb0', '#d7a3a8', '#f5cf9a', '#fff4dc'],
  },
  home: {
    name: 'Home (chapter 1): lamp-lit ochre against the blue night',
    colors: ['#2a1a12', '#6b4a2a', '#c48f52', '#f1cf8e', '#1f3358'],
  },
};

type Scene = (d: Doc, r: Rng) => void;

function make(id: string, scene: Scene): string {
  const d = new Doc(BW, BH, 'b');
  const r = makeRng(`room7:${id}`);
  scene(d, r);
  return d.toString();
}

/** A window frame with panes; returns nothing, draws frame bars over whatever is inside. */
function frame(
  d: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  cols: number,
  rows: number,
  color: string,
  bar: number,
  outer: number,
): void {
  let dd = polyD([x - outer, y - outer, x + w + outer, y - outer, x + w + outer, y + h + outer, x - outer, y + h + outer]);
  dd += polyD([x, y + h, x + w, y + h, x + w, y, x, y]);
  d.path(dd, color, { 'fill-rule': 'evenodd' });
  let bars = '';
  for (let i = 1; i < cols; i++)
    bars += polyD([
      x + (w * i) / cols - bar / 2,
      y,
      x + (w * i) / cols + bar / 2,
      y,
      x + (w * i) / cols + bar / 2,
      y + h,
      x + (w * i) / cols - bar / 2,
      y + h,
    ]);
  for (let j = 1; j < rows; j++)
    bars += polyD([
      x,
      y + (h * j) / rows - bar / 2,
      x + w,
      y + (h * j) / rows - bar / 2,
      x + w,
      y + (h * j) / rows + bar / 2,
      x,
      y + (h * j) / rows + bar / 2,
    ]);
  d.path(bars, color);
}

/** Vertical bars across an opening. */
function bars(
  d: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  count: number,
  color: string,
  width: number,
  light?: string,
): void {
  let dd = '';
  let hl = '';
  for (let i = 0; i < count; i++) {
    const bx = x + (w * (i + 0.5)) / count;
    dd += polyD([bx - width / 2, y, bx + width / 2, y, bx + width / 2, y + h, bx - width / 2, y + h]);
    hl += p('M', bx - width / 4, y, 'v', h);
  }
  d.path(dd, color);
  if (light) d.line(hl, light, Math.max(1, width / 4), { opacity: 0.5 });
}

/** A small toy balloon on a string, the string caught on the wire. */
function caughtBalloon(d: Doc, x: number, y: number, s: number, color: string, wireY: number): void {
  d.line(p('M', x, y + 30 * s, 'C', x + 6 * s, y + 50 * s, x - 8 * s, y + 62 * s, x + 2 * s, wireY), '#4a4a50', 1.6 * s);
  d.path(
    p(
      'M',
      x,
      y - 30 * s,
      'C',
      x + 24 * s,
      y - 30 * s,
      x + 26 * s,
      y + 6 * s,
      x + 3 * s,
      y + 26 * s,
      'L',
      x + 5 * s,
      y + 31 * s,
      'L',
      x - 5 * s,
      y + 31 * s,
      'L',
      x - 3 * s,
      y + 26 * s,
      'C',
      x - 26 * s,
      y + 6 * s,
      x - 24 * s,
      y - 30 * s,
      x,
      y - 30 * s,
      'Z',
    ),
    color,
  );
  d.ellipse(x - 8 * s, y - 14 * s, 5 * s, 9 * s, '#ffffff', {
    opacity: 0.55,
    transform: `rotate(20 ${n(x - 8 * s)} ${n(y - 14 * s)})`,
  });
}

/** The emblem above a judge's bench: a ring and a balance. */
function emblem(d: Doc, x: number, y: number, r: number, color: string, line: string): void {
  d.circle(x, y, r, color);
  d.circle(x, y, r * 0.84, 'none', { stroke: line, 'stroke-width': r * 0.05 });
  const s = r / 100;
  let dd = p(
    'M',
    x,
    y - 55 * s,
    'v',
    105 * s,
    'M',
    x - 55 * s,
    y - 35 * s,
    'h',
    110 * s,
    'M',
    x - 30 * s,
    y + 52 * s,
    'h',
    60 * s,
  );
  dd += p(
    'M',
    x - 55 * s,
    y - 35 * s,
    'l',
    -18 * s,
    40 * s,
    'M',
    x - 55 * s,
    y - 35 * s,
    'l',
    18 * s,
    40 * s,
    'M',
    x + 55 * s,
    y - 35 * s,
    'l',
    -18 * s,
    40 * s,
    'M',
    x + 55 * s,
    y - 35 * s,
    'l',
    18 * s,
    40 * s,
  );
  d.line(dd, line, r * 0.05, { 'stroke-linecap': 'round' });
  d.path(
    p(
      'M',
      x - 78 * s,
      y + 5 * s,
      'a',
      23 * s,
      14 * s,
      0,
      0,
      0,
      46 * s,
      0,
      'Z',
      'M',
      x + 32 * s,
      y + 5 * s,
      'a',
      23 * s,
      14 * s,
      0,
      0,
      0,
      46 * s,
      0,
      'Z',
    ),
    line,
  );
}

/** Wood panelling: vertical boards with a soft sheen. */
function panels(d: Doc, r: Rng, x: number, y: number, w: number, h: number, boardW: number, base: string): void {
  d.rect(
    x,
    y,
    w,
    h,
    d.linU(
      [
        [0, lighten(base, 0.08)],
        [1, darken(base, 0.2)],
      ],
      0,
      y,
      0,
      y + h,
    ),
  );
  let seams = '';
  let light = '';
  for (let bx = x; bx < x + w; bx += boardW) {
    seams += p('M', bx, y, 'v', h);
    if (r.chance(0.5)) light += polyD([bx + 4, y, bx + boardW * 0.45, y, bx + boardW * 0.45, y + h, bx + 4, y + h]);
  }
  d.path(light, lighten(base, 0.2), { opacity: 0.18 });
  d.line(seams, darken(base, 0.45), 3, { opacity: 0.7 });
}

// ---------------------------------------------------------------- 2013

function trainingCourt(d: Doc, r: Rng): void {
  // back wall: warm wood slats
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
  // the window on the left, winter light
  const wx = 110;
  const wy = 110;
  const ww = 560;
  const wh = 560;
  const view = d.clip(`<rect x="${wx}" y="${wy}" width="${ww}" height="${wh}"/>`);
  d.open({ 'clip-path': view });
  d.rect(
    wx,
    wy,
    ww,
    wh,
    d.lin([
      [0, '#b7c6d3'],
      [0.6, '#dfe3e2'],
      [1, '#efe6d6'],
    ]),
  );
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
  d.close();
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
  // judge's bench, raised, with three high-backed chairs
  const bx = 840;
  const bw = 940;
  for (const cx of [bx + 190, bx + 470, bx + 750]) {
    d.path(
      p(
        'M',
        cx - 70,
        440,
        'L',
        cx - 70,
        230,
        'Q',
        cx - 70,
        190,
        cx - 30,
        190,
        'L',
        cx + 30,
        190,
        'Q',
        cx + 70,
        190,
        cx + 70,
        230,
        'L',
        cx + 70,
        440,
        'Z',
      ),
      '#4a2a1c',
    );
    d.path(
      p(
        'M',
        cx - 54,
        420,
        'L',
        cx - 54,
        240,
        'Q',
        cx - 54,
        208,
        cx - 24,
        208,
        'L',
        cx + 24,
        208,
        'Q',
        cx + 54,
        208,
        cx + 54,
        240,
        'L',
        cx + 54,
        420,
        'Z',
      ),
      '#6a3a26',
    );
  }
  emblem(d, bx + 470, 112, 70, '#c09a5a', '#5a3a1c');
  d.rect(
    bx,
    400,
    bw,
    300,
    d.lin([
      [0, '#8a5a36'],
      [1, '#4a2e1b'],
    ]),
  );
  d.rect(bx - 20, 384, bw + 40, 26, '#a06e44');
  d.rect(bx - 20, 384, bw + 40, 6, '#d6a772');
  let bp = '';
  for (let x = bx + 40; x < bx + bw; x += 150) bp += polyD([x, 440, x + 110, 440, x + 110, 660, x, 660]);
  d.path(bp, '#5a3722', { opacity: 0.55 });
  // name plates and a microphone on the bench
  d.rect(bx + 420, 356, 100, 28, '#e8d5b0');
  d.line(p('M', bx + 560, 384, 'l', 0, -40, 'q', 0, -14, 16, -18), '#2a1a10', 4);
  // a low rail in front, and counsel tables
  d.rect(
    0,
    700,
    BW,
    380,
    d.lin([
      [0, '#4a2e1b'],
      [1, '#1f130b'],
    ]),
  );
  d.rect(0, 690, BW, 16, '#8a5a36');
  d.rect(60, 640, 560, 70, '#3a2415');
  d.rect(60, 632, 560, 12, '#9a6a42');
  d.rect(1340, 640, 520, 70, '#3a2415');
  d.rect(1340, 632, 520, 12, '#9a6a42');
  d.rect(150, 600, 120, 32, '#f1e6d0', { transform: 'rotate(-4 210 616)' });
  d.rect(1500, 606, 90, 26, '#f1e6d0', { transform: 'rotate(3 1545 619)' });
  glowE(d, 420, 560, 500, 260, '#ffe6b8', 0.18);
  // two wall lamps
  for (const x of [760, 1850]) {
    glow(d, x, 250, 160, '#ffd9a0', 0.4);
    d.path(p('M', x - 22, 270, 'h', 44, 'l', -8, -44, 'h', -28, 'Z'), '#f6e2b8');
    d.rect(x - 4, 270, 8, 30, '#3a2415');
  }
  paint(d, 11);
  calm(d, '#140b06', 0.65);
  vignette(d, 0.5);
}

// ---------------------------------------------------------------- 1997, winter

function marketRow(d: Doc, r: Rng, y: number, color: string, h: number): void {
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

function market(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#0d1730'],
    [0.45, '#22375f'],
    [0.75, '#48698f'],
    [1, '#6f8db0'],
  ]);
  flakes(d, r, 60, 0, 0, BW, 600, 0.35);
  marketRow(d, r, 380, '#2c4266', 120);
  // string lights across the lane
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
  // left: a stall with a tarp roof, crates of winter cabbage and tangerines
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
  // right: the stationery shop with the lit window
  const sx = 880;
  d.rect(
    sx,
    150,
    1040,
    720,
    d.lin([
      [0, '#2a3f63'],
      [1, '#1a2a46'],
    ]),
  );
  bricks(d, r, sx, 150, 1040, 720, 90, 36, '#142038', 0.55, '#1a2842');
  // upper floor window, dim
  d.rect(1500, 190, 220, 130, '#35507a');
  frame(d, 1500, 190, 220, 130, 2, 1, '#142038', 8, 10);
  glowE(d, 1610, 255, 120, 70, '#ffd58c', 0.15);
  // the sign board (no lettering)
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
  // the shop window: warm light, shelves, the yellow backpack in the middle
  const wx = sx + 80;
  const wy = 500;
  const ww = 620;
  const wh = 300;
  d.rect(
    wx,
    wy,
    ww,
    wh,
    d.lin([
      [0, '#ffe2a0'],
      [0.7, '#f4ad5e'],
      [1, '#d9834a'],
    ]),
  );
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
  // the backpack: bright yellow, two pockets, straps
  const bpx = wx + ww / 2;
  const bpy = wy + 150;
  glow(d, bpx, bpy, 150, '#fff4c0', 0.6);
  d.path(
    p(
      'M',
      bpx - 58,
      bpy + 78,
      'L',
      bpx - 62,
      bpy - 40,
      'Q',
      bpx - 60,
      bpy - 86,
      bpx,
      bpy - 88,
      'Q',
      bpx + 60,
      bpy - 86,
      bpx + 62,
      bpy - 40,
      'L',
      bpx + 58,
      bpy + 78,
      'Q',
      bpx,
      bpy + 90,
      bpx - 58,
      bpy + 78,
      'Z',
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
  // glass: a pale reflection stripe
  d.poly([wx + 60, wy, wx + 150, wy, wx + 40, wy + wh, wx - 50 + 50, wy + wh], '#ffffff', { opacity: 0.12 });
  d.poly([wx + 420, wy, wx + 450, wy, wx + 340, wy + wh, wx + 310, wy + wh], '#ffffff', { opacity: 0.1 });
  frame(d, wx, wy, ww, wh, 3, 1, '#1a2238', 10, 18);
  snowLedge(d, r, wx - 20, wy + wh + 18, ww + 40, 14);
  // the door with its bell
  const dx = wx + ww + 60;
  d.rect(dx, 500, 190, 350, '#1a2238');
  d.rect(
    dx + 20,
    520,
    150,
    170,
    d.lin([
      [0, '#ffdf9a'],
      [1, '#e99a55'],
    ]),
  );
  frame(d, dx + 20, 520, 150, 170, 1, 2, '#1a2238', 8, 0);
  d.circle(dx + 160, 710, 8, '#c9a24a');
  d.path(p('M', dx + 20, 480, 'q', 12, -10, 24, 0, 'l', 4, 20, 'h', -32, 'Z'), '#d9b45a');
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
  paint(d, 21);
  calm(d, '#0b1426', 0.6);
  vignette(d, 0.45, '#050a18');
}

function icyStreet(d: Doc, r: Rng): void {
  const vx = 940;
  const vy = 500;
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
  // left wall: a row of shop fronts receding
  const L = (t: number, v: number): Pt => {
    const x = (vx - 200) * t ** 0.9;
    const yTop = -40 + (vy - 220 + 40) * t;
    const yBot = 1000 + (vy + 120 - 1000) * t;
    return [x, yTop + (yBot - yTop) * v];
  };
  d.poly(
    [...quad(L(0, 0), L(1, 0), L(1, 1), L(0, 1))],
    d.lin(
      [
        [0, '#1c2e50'],
        [1, '#2c4470'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
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
  // upright signboards sticking out from the wall, facing us, with their words
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
  // right wall: the building under construction with its scaffold
  const R = (t: number, v: number): Pt => {
    const x = BW - (BW - vx - 220) * t ** 0.9;
    const yTop = -40 + (vy - 220 + 40) * t;
    const yBot = 1000 + (vy + 120 - 1000) * t;
    return [x, yTop + (yBot - yTop) * v];
  };
  d.poly(
    [...quad(R(0, 0), R(1, 0), R(1, 1), R(0, 1))],
    d.lin(
      [
        [0, '#2a4066'],
        [1, '#16243f'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  let mortar = '';
  for (let v = 0.04; v < 1; v += 0.045) {
    const a = R(0, v);
    const b = R(1, v);
    mortar += p('M', a[0], a[1], 'L', b[0], b[1]);
  }
  d.line(mortar, '#132038', 2, { opacity: 0.6 });
  // the scaffold stands a little off the wall: poles, three plank levels, braces
  const off = (q: Pt, t: number): Pt => [q[0] - 70 * (1 - t), q[1]];
  let poles = '';
  let planks = '';
  const ts = [0.02, 0.22, 0.42, 0.6];
  for (const t of ts) {
    const a = off(R(t, 0.02), t);
    const b = off(R(t, 1), t);
    poles += p('M', a[0], a[1], 'L', b[0], b[1]);
  }
  const levels = [0.3, 0.52, 0.74];
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
  // ground: black ice, glints of the lamp and of the lit street
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

function interrogation(d: Doc, r: Rng): void {
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
  d.rect(
    0,
    700,
    BW,
    380,
    d.lin([
      [0, '#2e3532'],
      [1, '#121614'],
    ]),
  );
  d.rect(0, 694, BW, 12, '#1a1f1d');
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
      p(
        'M',
        x,
        530,
        'V',
        860,
        'M',
        x + dir * 104,
        696,
        'V',
        860,
        'M',
        x + dir * 8,
        860,
        'L',
        x + dir * 20,
        760,
        'L',
        x + dir * 96,
        760,
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

// ---------------------------------------------------------------- Room 7

function room7(night: boolean): Scene {
  return (d, r) => {
    const wall = night ? '#1d2a33' : '#6c7a6e';
    const wallDark = night ? '#121b22' : '#4e5a50';
    const side = night ? '#16212a' : '#58655a';
    const floorC = night ? '#1a2026' : '#7a6a4e';
    const back = { x1: 420, x2: 1500, y: 660 };
    const front = { x1: -560, x2: 2480, y: 1180 };
    const top = { y: 110 };
    // ceiling, walls, floor
    d.rect(0, 0, BW, BH, wallDark);
    d.poly([0, 0, BW, 0, back.x2, top.y, back.x1, top.y], night ? '#0e151b' : '#3e4940');
    d.poly(
      [0, 0, back.x1, top.y, back.x1, back.y, 0, 1020],
      d.lin(
        [
          [0, side],
          [1, darken(side, 0.2)],
        ],
        0,
        0,
        1,
        0,
      ),
    );
    d.poly(
      [BW, 0, back.x2, top.y, back.x2, back.y, BW, 1020],
      d.lin(
        [
          [0, darken(side, 0.15)],
          [1, side],
        ],
        0,
        0,
        1,
        0,
      ),
    );
    d.rect(
      back.x1,
      top.y,
      back.x2 - back.x1,
      back.y - top.y,
      d.lin([
        [0, lighten(wall, 0.06)],
        [1, darken(wall, 0.12)],
      ]),
    );
    bricks(d, r, back.x1, top.y, back.x2 - back.x1, back.y - top.y, 90, 45, darken(wall, 0.3), 0.35, darken(wall, 0.06));
    // a painted dado line, worn
    d.rect(back.x1, 480, back.x2 - back.x1, back.y - 480, night ? '#18242c' : '#59675a');
    d.rect(back.x1, 476, back.x2 - back.x1, 6, night ? '#2a3a44' : '#8a988a');
    d.poly(
      [0, 1020, back.x1, back.y, back.x2, back.y, BW, 1020, BW, BH, 0, BH],
      d.lin([
        [0, floorC],
        [1, darken(floorC, 0.45)],
      ]),
    );
    // floorboards toward the viewer
    let boards = '';
    for (let i = 1; i < 12; i++) {
      const u = i / 12;
      const a = back.x1 + (back.x2 - back.x1) * u;
      const b = -400 + (BW + 800) * u;
      boards += p('M', a, back.y, 'L', b, BH);
    }
    d.line(boards, darken(floorC, 0.35), 2, { opacity: 0.5 });
    // the high window with bars, on the back wall
    const wx = 820;
    const wy = 170;
    const ww = 280;
    const wh = 150;
    const view = d.clip(`<rect x="${wx}" y="${wy}" width="${ww}" height="${wh}"/>`);
    d.open({ 'clip-path': view });
    if (night) {
      d.rect(
        wx,
        wy,
        ww,
        wh,
        d.lin([
          [0, '#0b1330'],
          [1, '#24305a'],
        ]),
      );
      stars(d, r, 18, wx, wy, ww, wh, 1);
      d.circle(wx + 200, wy + 50, 26, '#f4efd8');
      glow(d, wx + 200, wy + 50, 90, '#cfd9ff', 0.45);
    } else {
      d.rect(
        wx,
        wy,
        ww,
        wh,
        d.lin([
          [0, '#e6ecd8'],
          [1, '#c6d0b8'],
        ]),
      );
      cumulus(d, r, wx - 30, wy + 110, 220, 40, '#dfe6d6', '#ffffff', 0.8, 3);
    }
    d.close();
    bars(d, wx, wy, ww, wh, 6, night ? '#0a0f14' : '#2a322c', 10);
    frame(d, wx, wy, ww, wh, 1, 1, night ? '#0a0f14' : '#2a322c', 8, 14);
    // light (sun or moon) falling from it onto the floor, with the shadows of the bars
    const light = night ? '#a9c0ff' : '#fff6d8';
    const beam = [wx, wy + wh, wx + ww, wy + wh, 1480, 980, 800, 980];
    shaft(d, beam, light, night ? 0.16 : 0.28, wx + ww / 2, wy + wh, 1100, 980);
    let shadows = '';
    for (let i = 1; i < 6; i++) {
      const t = i / 6;
      const x0 = wx + ww * t;
      const x1 = 800 + (1480 - 800) * t;
      shadows += polyD([x0 - 4, wy + wh, x0 + 4, wy + wh, x1 + 10, 980, x1 - 10, 980]);
    }
    d.path(shadows, night ? '#0a0f14' : '#3a4238', { opacity: night ? 0.35 : 0.18 });
    // the barred door in the right wall (perspective): the corridor beyond is lit
    const rAt = (u: number, v: number): Pt => {
      // u 0 at the back corner .. 1 near; v 0 top of wall .. 1 floor
      const x = back.x2 + (BW - back.x2) * u;
      const yTop = top.y + (0 - top.y) * u;
      const yBot = back.y + (1020 - back.y) * u;
      return [x, yTop + (yBot - yTop) * v];
    };
    const d0 = 0.18;
    const d1 = 0.62;
    d.poly(quad(rAt(d0, 0.2), rAt(d1, 0.2), rAt(d1, 1), rAt(d0, 1)), night ? '#2b3a3a' : '#9aa596');
    glowE(
      d,
      (rAt(d0, 0.6)[0] + rAt(d1, 0.6)[0]) / 2,
      rAt(0.4, 0.6)[1],
      200,
      300,
      night ? '#d6c98a' : '#f4f0dc',
      night ? 0.25 : 0.4,
    );
    let dbars = '';
    for (let i = 0; i <= 9; i++) {
      const u = d0 + ((d1 - d0) * i) / 9;
      const a = rAt(u, 0.2);
      const b = rAt(u, 1);
      const w = 5 + 8 * u;
      dbars += polyD([a[0] - w / 2, a[1], a[0] + w / 2, a[1], b[0] + w / 2, b[1], b[0] - w / 2, b[1]]);
    }
    for (const v of [0.2, 0.45, 0.97]) {
      const a = rAt(d0, v);
      const b = rAt(d1, v);
      dbars += polyD([a[0], a[1] - 6, b[0], b[1] - 10, b[0], b[1] + 10, a[0], a[1] + 6]);
    }
    d.path(dbars, night ? '#070a0d' : '#262d28');
    // a food hatch and the number plate by the door
    const np = rAt(0.1, 0.3);
    d.rect(np[0] - 30, np[1], 60, 40, night ? '#3a443c' : '#d9d2b8');
    d.line(p('M', np[0] - 6, np[1] + 8, 'h', 14, 'l', -10, 24), night ? '#1a201c' : '#2a2a2a', 5);
    // the left wall: a shelf with cups and folded things, towels on hooks, a child's drawing
    const lAt = (u: number, v: number): Pt => {
      const x = back.x1 - back.x1 * u;
      const yTop = top.y - top.y * u;
      const yBot = back.y + (1020 - back.y) * u;
      return [x, yTop + (yBot - yTop) * v];
    };
    const s1 = lAt(0.1, 0.3);
    const s2 = lAt(0.7, 0.3);
    d.poly([s1[0], s1[1], s2[0], s2[1], s2[0], s2[1] + 22, s1[0], s1[1] + 12], night ? '#2a2218' : '#7a5a3a');
    let cups = '';
    for (let i = 0; i < 6; i++) {
      const c = lAt(0.14 + i * 0.09, 0.3);
      const s = 1 + i * 0.12;
      cups += polyD([c[0] - 12 * s, c[1] - 28 * s, c[0] + 12 * s, c[1] - 28 * s, c[0] + 10 * s, c[1], c[0] - 10 * s, c[1]]);
    }
    d.path(cups, night ? '#3a4a52' : '#d8d0b8');
    let towels = '';
    for (let i = 0; i < 4; i++) {
      const c = lAt(0.18 + i * 0.14, 0.46);
      const s = 1 + i * 0.2;
      towels += polyD([
        c[0] - 18 * s,
        c[1],
        c[0] + 18 * s,
        c[1] - 2 * s,
        c[0] + 16 * s,
        c[1] + 70 * s,
        c[0] - 16 * s,
        c[1] + 72 * s,
      ]);
    }
    d.path(towels, night ? '#2a3640' : '#c9c2a6');
    // the drawing: a house, two figures, a balloon, taped up
    const dp = lAt(0.2, 0.62);
    d.open({ transform: `translate(${n(dp[0])} ${n(dp[1])}) skewY(-16)` });
    d.rect(-60, -40, 120, 86, night ? '#5a6066' : '#f4f0e4');
    d.line(
      p(
        'M',
        -40,
        30,
        'v',
        -22,
        'l',
        16,
        -14,
        'l',
        16,
        14,
        'v',
        22,
        'M',
        14,
        30,
        'v',
        -16,
        'M',
        30,
        30,
        'v',
        -22,
        'M',
        14,
        14,
        'l',
        8,
        -6,
        'l',
        8,
        6,
      ),
      night ? '#2a3038' : '#3a5a9a',
      3,
    );
    d.circle(22, -22, 11, night ? '#6a6a4a' : '#f4c430');
    d.circle(30, -2, 5, night ? '#6a5a50' : '#e06a5a');
    d.rect(-12, -46, 24, 10, '#e8e0c0', { opacity: 0.7 });
    d.close();
    // a small television on a bracket, top left of the back wall
    d.rect(back.x1 + 40, 160, 150, 110, night ? '#0e1216' : '#2e332e');
    d.rect(back.x1 + 52, 172, 110, 84, night ? '#1c2a30' : '#5a6a66');
    d.line(p('M', back.x1 + 115, 270, 'v', 40), night ? '#0e1216' : '#2e332e', 8);
    // six sleeping mats on the floor, heads to the back wall
    const fm = floorMap(back, front);
    const cols = night
      ? ['#2a3440', '#323a3a', '#2c3038', '#3a3430', '#2a3238', '#34302c']
      : ['#8fa3b0', '#a8a078', '#b98a6a', '#8a9a7a', '#a88a9a', '#c0a070'];
    for (let i = 0; i < 6; i++) {
      const u0 = 0.04 + i * 0.157;
      const u1 = u0 + 0.135;
      const v1 = 0.3;
      const mat = quad(fm(u0, 0.015), fm(u1, 0.015), fm(u1 + 0.004, v1), fm(u0 - 0.004, v1));
      d.poly(mat, cols[i] ?? '#888888');
      // stripes along the mat
      const s0 = fm(u0 + 0.03, 0.015);
      const s1b = fm(u0 + 0.03, v1);
      const s2a = fm(u1 - 0.03, 0.015);
      const s2b = fm(u1 - 0.03, v1);
      d.line(
        p('M', s0[0], s0[1], 'L', s1b[0], s1b[1], 'M', s2a[0], s2a[1], 'L', s2b[0], s2b[1]),
        darken(cols[i] ?? '#888888', 0.25),
        3,
        { opacity: 0.7 },
      );
      // the pillow at the wall
      const pl = quad(fm(u0 + 0.015, 0.02), fm(u1 - 0.015, 0.02), fm(u1 - 0.015, 0.07), fm(u0 + 0.015, 0.07));
      d.path(
        smooth(
          [
            [pl[0] ?? 0, pl[1] ?? 0],
            [pl[2] ?? 0, pl[3] ?? 0],
            [pl[4] ?? 0, pl[5] ?? 0],
            [pl[6] ?? 0, pl[7] ?? 0],
          ],
          true,
          0.4,
        ),
        night ? '#4a5660' : '#ece6d6',
      );
      if (night) {
        // a sleeper under the blanket
        const a = fm(u0 + 0.02, 0.06);
        const b = fm(u1 - 0.02, 0.06);
        const c = fm(u1 - 0.01, 0.27);
        const e = fm(u0 + 0.01, 0.27);
        const hump = (a[1] + e[1]) / 2;
        d.path(
          smooth(
            [
              [a[0], a[1] + 6],
              [(a[0] + b[0]) / 2, a[1] - 10],
              [b[0], b[1] + 6],
              [c[0], c[1]],
              [(c[0] + e[0]) / 2, hump + 30],
              [e[0], e[1]],
            ],
            true,
            0.8,
          ),
          darken(cols[i] ?? '#333', 0.1),
        );
        d.line(
          p('M', (a[0] + b[0]) / 2, a[1] + 20, 'Q', (a[0] + b[0]) / 2 + 10, hump, (c[0] + e[0]) / 2, c[1] - 10),
          '#0c1216',
          3,
          { opacity: 0.4 },
        );
        // the sleeper's head on the pillow, dark hair (the third from the left is small: Ye-sung's night)
        const hx = (a[0] + b[0]) / 2 + (i % 2 ? 8 : -8);
        const hs = i === 2 ? 0.75 : 1;
        d.ellipse(hx, a[1] - 4, 24 * hs, 15 * hs, '#0e1114');
        d.ellipse(hx - 6, a[1] - 9, 8 * hs, 4 * hs, '#3a4a5a', { opacity: 0.5 });
      } else {
        // a blanket folded at the foot
        const a = fm(u0 + 0.005, 0.22);
        const b = fm(u1 - 0.005, 0.22);
        const c = fm(u1, 0.28);
        const e = fm(u0, 0.28);
        d.poly(quad(a, b, c, e), lighten(cols[i] ?? '#888888', 0.2));
      }
    }
    if (night) {
      glowE(d, 1120, 860, 520, 120, '#a9c0ff', 0.12);
      d.rect(0, 0, BW, BH, '#0a1420', { opacity: 0.25 });
    } else {
      glowE(d, 1120, 860, 460, 110, '#fff6d8', 0.25);
    }
    paint(d, night ? 52 : 51, night ? 0.6 : 1);
    calm(d, night ? '#05080c' : '#1a1e18', 0.6);
    vignette(d, night ? 0.75 : 0.5, night ? '#020407' : '#101410');
  };
}

function prisonYard(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#77847f'],
    [0.5, '#a3ada6'],
    [1, '#c4cbc3'],
  ]);
  cumulus(d, r, -120, 230, 900, 90, '#9aa49d', '#b9c1ba', 0.6, 10);
  cumulus(d, r, 820, 170, 1200, 100, '#939e97', '#b3bcb5', 0.55, 10);
  // distant hills beyond the wall
  d.path(
    `${smooth(
      [
        [0, 420],
        [300, 370],
        [700, 400],
        [1100, 355],
        [1500, 390],
        [1920, 345],
        [1920, 500],
        [0, 500],
      ],
      false,
    )}L1920 500L0 500Z`,
    '#97a39b',
    { opacity: 0.7 },
  );
  // the perimeter wall, wire on top, a watchtower
  d.rect(
    0,
    430,
    BW,
    280,
    d.lin([
      [0, '#8c9890'],
      [1, '#6d7a72'],
    ]),
  );
  let seams = '';
  for (let x = 0; x < BW; x += 160) seams += p('M', x, 436, 'v', 274);
  d.line(seams, '#5e6a62', 3, { opacity: 0.6 });
  d.rect(0, 424, BW, 12, '#5e6a62');
  snowLedge(d, r, 0, 424, BW, 8);
  let posts = '';
  for (let x = 60; x < BW; x += 200) posts += p('M', x, 424, 'v', -50, 'l', 24, -16);
  d.line(posts, '#3e4a44', 5);
  wireStrand(d, 0, 392, BW, 392, '#3e4a44', 2, 48);
  barbedWire(d, r, 0, BW, 404, 30, '#3e4a44', 2);
  d.rect(1580, 200, 26, 500, '#4a5650');
  d.rect(1700, 200, 26, 500, '#4a5650');
  d.line(
    p(
      'M',
      1606,
      300,
      'L',
      1700,
      460,
      'M',
      1700,
      300,
      'L',
      1606,
      460,
      'M',
      1606,
      500,
      'L',
      1700,
      640,
      'M',
      1700,
      500,
      'L',
      1606,
      640,
    ),
    '#4a5650',
    8,
  );
  d.rect(1550, 140, 210, 110, '#56625c');
  d.rect(1570, 160, 170, 56, '#d9dcc8', { opacity: 0.85 });
  d.poly([1530, 150, 1780, 150, 1710, 96, 1600, 96], '#3e4a44');
  snowLedge(d, r, 1600, 96, 110, 10);
  snowLedge(d, r, 1530, 150, 250, 10);
  // the cell block on the left: barred windows, a door under a lamp
  d.rect(
    0,
    250,
    760,
    500,
    d.lin(
      [
        [0, '#7a867e'],
        [1, '#5a665e'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  d.poly([0, 250, 760, 250, 800, 226, 0, 226], '#4a5650');
  snowLedge(d, r, 0, 226, 800, 12);
  let win = '';
  let sills = '';
  for (let row = 0; row < 3; row++) {
    for (let c = 0; c < 6; c++) {
      const x = 40 + c * 120;
      const y = 290 + row * 140;
      if (row === 2 && (c === 2 || c === 3)) continue;
      win += polyD([x, y, x + 70, y, x + 70, y + 90, x, y + 90]);
      sills += p('M', x - 4, y + 90, 'h', 78, 'v', 6, 'h', -78, 'Z');
    }
  }
  d.path(win, '#2e3834');
  let wb = '';
  for (let row = 0; row < 3; row++)
    for (let c = 0; c < 6; c++)
      for (let k = 1; k < 4; k++)
        if (!(row === 2 && (c === 2 || c === 3))) wb += p('M', 40 + c * 120 + k * 17.5, 290 + row * 140, 'v', 90);
  d.line(wb, '#1a2220', 5);
  d.path(sills, '#eef2ee');
  d.rect(300, 580, 160, 170, '#3a4440');
  d.rect(312, 592, 64, 150, '#4a5650');
  d.rect(384, 592, 64, 150, '#4a5650');
  d.poly([280, 580, 480, 580, 470, 560, 290, 560], '#3e4a44');
  snowLedge(d, r, 284, 560, 192, 8);
  glow(d, 380, 540, 90, '#f4e2b0', 0.5);
  d.path(p('M', 368, 548, 'h', 24, 'l', -4, -16, 'h', -16, 'Z'), '#f4e2b0');
  d.rect(600, 120, 60, 140, '#5a665e');
  cumulus(d, r, 580, 110, 160, 50, '#cdd3cd', '#e4e8e4', 0.5, 8);
  // a bare tree
  const tree = p(
    'M',
    1180,
    760,
    'Q',
    1175,
    600,
    1190,
    520,
    'Q',
    1130,
    440,
    1090,
    380,
    'M',
    1190,
    520,
    'Q',
    1240,
    430,
    1300,
    380,
    'M',
    1186,
    600,
    'Q',
    1250,
    560,
    1290,
    540,
    'M',
    1120,
    430,
    'q',
    -30,
    -30,
    -24,
    -70,
    'M',
    1270,
    400,
    'q',
    30,
    -30,
    20,
    -70,
    'M',
    1150,
    470,
    'q',
    -40,
    0,
    -70,
    -20,
  );
  d.line(tree, '#3a423e', 12, { 'stroke-linecap': 'round' });
  d.line(
    p('M', 1090, 380, 'q', -10, -20, -4, -40, 'M', 1300, 380, 'q', 20, -10, 30, -30, 'M', 1290, 540, 'q', 20, -4, 40, -20),
    '#3a423e',
    5,
    { 'stroke-linecap': 'round' },
  );
  // the yard, snow, banked against the walls
  d.rect(
    0,
    700,
    BW,
    380,
    d.lin([
      [0, '#e4e9e4'],
      [0.4, '#c3cbc4'],
      [1, '#8d978f'],
    ]),
  );
  snowLedge(d, r, 760, 712, 1160, 18, '#eef2ee');
  // a bench under the tree, snow on the seat
  d.rect(1300, 756, 260, 16, '#4a4038');
  d.line(
    p(
      'M',
      1318,
      772,
      'v',
      50,
      'M',
      1542,
      772,
      'v',
      50,
      'M',
      1300,
      730,
      'h',
      260,
      'M',
      1318,
      730,
      'v',
      26,
      'M',
      1542,
      730,
      'v',
      26,
    ),
    '#3a3028',
    9,
  );
  snowLedge(d, r, 1298, 756, 264, 10);
  snowLedge(d, r, 1298, 730, 264, 6);
  // two sets of footprints from the door into the yard, a big stride and a small one
  let prints = '';
  for (let i = 0; i < 16; i++) {
    const t = i / 16;
    const s = 0.5 + t * 1.3;
    const x = 380 + t * 600 + (i % 2 ? 10 : -10) * s;
    const y = 760 + t * t * 300;
    prints += p('M', x - 5 * s, y, 'a', 5 * s, 9 * s, 0, 1, 0, 10 * s, 0, 'a', 5 * s, 9 * s, 0, 1, 0, -10 * s, 0);
    const x2 = 400 + t * 640 + 44 * s + (i % 2 ? 6 : -6) * s;
    prints += p('M', x2 - 3 * s, y + 4, 'a', 3 * s, 6 * s, 0, 1, 0, 6 * s, 0, 'a', 3 * s, 6 * s, 0, 1, 0, -6 * s, 0);
  }
  d.path(prints, '#8f9a92', { opacity: 0.55 });
  flakes(d, r, 70, 0, 0, BW, 1000, 0.6);
  paint(d, 61);
  calm(d, '#3a423e', 0.45);
  vignette(d, 0.4, '#1a201c');
}

function chapel(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#2a1406'],
    [0.4, '#6b3a14'],
    [0.75, '#8a4e1e'],
    [1, '#3a1c08'],
  ]);
  // back wall with three tall arched windows
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
  // the stage in the middle, curtains drawn back
  d.rect(560, 300, 800, 420, '#3a1c08');
  d.rect(
    600,
    330,
    720,
    330,
    d.lin([
      [0, '#8a4e1e'],
      [1, '#5a2e10'],
    ]),
  );
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
      p(
        'M',
        x + side * -30,
        330,
        'q',
        side * -20,
        160,
        side * -10,
        320,
        'M',
        x + side * -70,
        330,
        'q',
        side * -30,
        150,
        side * -30,
        320,
      ),
      '#5e1814',
      4,
      { opacity: 0.6 },
    );
  }
  d.path(
    p(
      'M',
      560,
      300,
      'H',
      1360,
      'V',
      350,
      'Q',
      1260,
      390,
      1160,
      350,
      'Q',
      1060,
      390,
      960,
      350,
      'Q',
      860,
      390,
      760,
      350,
      'Q',
      660,
      390,
      560,
      350,
      'Z',
    ),
    '#a33a30',
  );
  // a modest wooden cross above the stage
  d.rect(950, 168, 20, 100, '#4a2408');
  d.rect(920, 192, 80, 18, '#4a2408');
  // paper bunting for the concert
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
  // the stage floor and its edge, a piano at the left of the stage, a microphone stand
  d.rect(540, 660, 840, 50, '#4a2408');
  d.rect(540, 656, 840, 8, '#c98a3e');
  d.path(p('M', 640, 660, 'V', 540, 'Q', 640, 520, 660, 520, 'H', 820, 'Q', 840, 520, 840, 540, 'V', 660, 'Z'), '#1f0e04');
  d.rect(650, 580, 180, 14, '#f4e6c8');
  d.line(p('M', 1160, 660, 'V', 520, 'M', 1130, 660, 'h', 60), '#1f0e04', 6);
  d.ellipse(1160, 512, 10, 14, '#1f0e04');
  // rows of folding chairs seen from behind, in silhouette
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

function wardenOffice(d: Doc, r: Rng): void {
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
  d.rect(
    wx,
    160,
    460,
    420,
    d.lin([
      [0, '#cdd6d2'],
      [1, '#eef2ee'],
    ]),
  );
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
  // framed certificate and a clock
  d.rect(760, 190, 230, 170, '#6a4a2a');
  d.rect(778, 208, 194, 134, '#e8e0c8');
  d.line(p('M', 800, 240, 'h', 150, 'M', 800, 270, 'h', 120, 'M', 800, 300, 'h', 140), '#a89a7a', 4);
  d.circle(880, 322, 12, '#b8433a', { opacity: 0.8 });
  d.circle(1200, 230, 44, '#e8e4d4', { stroke: '#2a302a', 'stroke-width': 8 });
  d.line(p('M', 1200, 230, 'l', -16, -20, 'M', 1200, 230, 'l', 26, 4), '#2a302a', 5);
  // coat stand with the warden's jacket and cap
  d.line(
    p('M', 1360, 720, 'V', 250, 'M', 1320, 720, 'L', 1360, 690, 'L', 1400, 720, 'M', 1340, 262, 'L', 1360, 250, 'L', 1380, 262),
    '#2a221a',
    9,
    { 'stroke-linecap': 'round' },
  );
  d.path(
    p(
      'M',
      1360,
      282,
      'C',
      1330,
      282,
      1312,
      296,
      1306,
      320,
      'L',
      1296,
      520,
      'L',
      1424,
      520,
      'L',
      1414,
      320,
      'C',
      1408,
      296,
      1390,
      282,
      1360,
      282,
      'Z',
    ),
    '#2c3a3a',
  );
  d.path(p('M', 1346, 286, 'L', 1360, 360, 'L', 1374, 286, 'Z'), '#1f2a2a');
  d.rect(1306, 300, 30, 10, '#d8b45a', { transform: 'rotate(12 1321 305)' });
  d.rect(1384, 300, 30, 10, '#d8b45a', { transform: 'rotate(-12 1399 305)' });
  d.path(p('M', 1322, 252, 'q', 38, -50, 76, 0, 'Z'), '#26344a');
  d.path(p('M', 1316, 250, 'h', 88, 'l', 8, 12, 'h', -104, 'Z'), '#141a24');
  d.circle(1360, 232, 6, '#d2ad55');
  // the desk, a lamp pooling warm light, papers, a telephone, a name plate
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
  // a potted plant
  d.path(p('M', 540, 720, 'h', 70, 'l', -8, -70, 'h', -54, 'Z'), '#6a4a32');
  let leaves = '';
  for (let i = 0; i < 7; i++) {
    const a = -Math.PI / 2 + (i - 3) * 0.32;
    leaves += p(
      'M',
      575,
      650,
      'q',
      Math.cos(a) * 60 - 20,
      Math.sin(a) * 80,
      Math.cos(a) * 90,
      Math.sin(a) * 130,
      'q',
      -10,
      50,
      -Math.cos(a) * 90,
      -Math.sin(a) * 130,
    );
  }
  d.path(leaves, '#3e6a44');
  d.rect(
    0,
    720,
    BW,
    360,
    d.lin([
      [0, '#3a342a'],
      [1, '#15130e'],
    ]),
  );
  paint(d, 81);
  calm(d, '#0e100c', 0.6);
  vignette(d, 0.5, '#0a0c0a');
}

function infirmary(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#b9c6bc'],
    [0.6, '#a7b6aa'],
    [1, '#6c7a70'],
  ]);
  // tiles on the lower wall
  d.rect(0, 460, BW, 260, '#c8d4ca');
  bricks(d, r, 0, 460, BW, 260, 60, 60, '#9aaa9e', 0.6);
  d.rect(0, 452, BW, 10, '#8a9a8e');
  // a barred window, cold light
  clipped(d, 1320, 150, 380, 260, () => {
    d.rect(
      1320,
      150,
      380,
      260,
      d.lin([
        [0, '#e8eef0'],
        [1, '#d0dce0'],
      ]),
    );
    cumulus(d, r, 1330, 330, 300, 60, '#dfe7ea', '#ffffff', 0.9, 3);
  });
  bars(d, 1320, 150, 380, 260, 7, '#4a5a52', 9);
  frame(d, 1320, 150, 380, 260, 1, 1, '#3a4a42', 8, 16);
  shaft(d, [1320, 410, 1700, 410, 1500, 900, 900, 900], '#ffffff', 0.2, 1500, 410, 1200, 900);
  // the curtain on its rail, half drawn
  d.line(p('M', 120, 120, 'H', 1100), '#7a8a80', 8);
  let folds: Pt[] = [[140, 126]];
  for (let i = 0; i <= 10; i++) folds.push([140 + i * 38, 126 + (i % 2) * 6]);
  folds = [...folds, [560, 720], [140, 720]];
  d.path(lines(folds), '#8fb3ac');
  let fl = '';
  for (let i = 1; i < 10; i++) fl += p('M', 140 + i * 38, 130, 'L', 140 + i * 38 + (i % 2 ? 6 : -4), 720);
  d.line(fl, '#6a9088', 4, { opacity: 0.7 });
  // an iron bed with white sheets
  d.line(
    p(
      'M',
      640,
      720,
      'V',
      420,
      'Q',
      640,
      400,
      660,
      400,
      'H',
      720,
      'Q',
      740,
      400,
      740,
      420,
      'V',
      720,
      'M',
      640,
      500,
      'H',
      740,
      'M',
      665,
      400,
      'V',
      600,
      'M',
      690,
      400,
      'V',
      600,
      'M',
      715,
      400,
      'V',
      600,
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
    p(
      'M',
      420,
      640,
      'h',
      120,
      'v',
      16,
      'h',
      -120,
      'Z',
      'M',
      430,
      656,
      'l',
      -10,
      64,
      'h',
      10,
      'l',
      12,
      -64,
      'Z',
      'M',
      530,
      656,
      'l',
      10,
      64,
      'h',
      -10,
      'l',
      -12,
      -64,
      'Z',
    ),
    '#5a6a62',
  );
  // cabinet with a cross, an IV stand
  d.rect(1380, 470, 220, 250, '#dfe6e0');
  d.rect(1392, 482, 196, 110, '#c6d8d4');
  d.line(p('M', 1490, 490, 'v', 90, 'M', 1392, 600, 'h', 196), '#9aaa9e', 4);
  d.path(
    p(
      'M',
      1470,
      500,
      'h',
      40,
      'v',
      22,
      'h',
      22,
      'v',
      40,
      'h',
      -22,
      'v',
      22,
      'h',
      -40,
      'v',
      -22,
      'h',
      -22,
      'v',
      -40,
      'h',
      22,
      'Z',
    ),
    '#3a8a5a',
    { opacity: 0.8, transform: 'translate(-20 -12) scale(1)' },
  );
  d.line(p('M', 1260, 720, 'V', 300, 'M', 1230, 300, 'h', 60, 'M', 1220, 720, 'h', 80), '#5a6a62', 6);
  d.path(p('M', 1268, 310, 'h', 30, 'v', 60, 'q', -15, 14, -30, 0, 'Z'), '#e8f0f4', { opacity: 0.9 });
  d.line(p('M', 1283, 374, 'q', 0, 120, -100, 190), '#b8c8c8', 2);
  // a fluorescent tube
  d.rect(760, 60, 400, 16, '#f4f8f4');
  glowE(d, 960, 70, 500, 80, '#f4fff4', 0.5);
  d.rect(
    0,
    720,
    BW,
    360,
    d.lin([
      [0, '#9aa89c'],
      [1, '#3e4a44'],
    ]),
  );
  paint(d, 91, 0.8);
  calm(d, '#1e2620', 0.55);
  vignette(d, 0.45, '#1a201c');
}

function courtroom1997(d: Doc, r: Rng): void {
  // a heavier room: dark wood below, olive plaster above, a high bench with curtains behind
  sky(d, [
    [0, '#3a3a2a'],
    [0.5, '#5a563a'],
    [1, '#2a2418'],
  ]);
  bricks(d, r, 0, 0, BW, 420, 240, 140, '#4a4630', 0.35);
  panels(d, r, 0, 420, BW, 400, 64, '#4e3420');
  d.rect(0, 412, BW, 14, '#2a1a10');
  // high windows, barred, greenish light
  for (const x of [120, 1600]) {
    d.rect(
      x,
      80,
      200,
      240,
      d.lin([
        [0, '#c8c8a0'],
        [1, '#8a8a6a'],
      ]),
    );
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
  // curtain behind the bench
  d.rect(560, 60, 800, 440, '#4a1e1a');
  let folds = '';
  for (let x = 580; x < 1360; x += 44) folds += p('M', x, 60, 'q', 8, 220, 0, 440);
  d.line(folds, '#2e1210', 8, { opacity: 0.6 });
  d.rect(540, 40, 840, 40, '#2a1a10');
  emblem(d, 960, 170, 74, '#b79a6a', '#3e2a1a');
  // the bench and three chairs
  for (const cx of [740, 960, 1180]) {
    d.path(
      p(
        'M',
        cx - 70,
        470,
        'V',
        290,
        'Q',
        cx - 70,
        250,
        cx - 30,
        250,
        'H',
        cx + 30,
        'Q',
        cx + 70,
        250,
        cx + 70,
        290,
        'V',
        470,
        'Z',
      ),
      '#2a1410',
    );
  }
  d.rect(
    520,
    430,
    880,
    300,
    d.lin([
      [0, '#6a4a2c'],
      [1, '#2e1e12'],
    ]),
  );
  d.rect(500, 414, 920, 26, '#8a6a44');
  let bp = '';
  for (let x = 550; x < 1380; x += 140) bp += polyD([x, 470, x + 100, 470, x + 100, 700, x, 700]);
  d.path(bp, '#3e2a1a', { opacity: 0.6 });
  // the defendant's dock: a low rail in the middle of the room
  d.rect(700, 700, 520, 20, '#6a4a2c');
  d.line(p('M', 720, 720, 'V', 800, 'M', 1200, 720, 'V', 800, 'M', 960, 720, 'V', 800), '#3e2a1a', 12);
  // side desks
  d.rect(40, 620, 420, 100, '#3e2a1a');
  d.rect(40, 610, 420, 14, '#8a6a44');
  d.rect(1460, 620, 420, 100, '#3e2a1a');
  d.rect(1460, 610, 420, 14, '#8a6a44');
  // a hanging fluorescent light
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

// ---------------------------------------------------------------- night, sky, corridor, home

export function nightSky(d: Doc, r: Rng, moonX: number, moonY: number, starCount = 170): void {
  sky(d, [
    [0, '#060b1e'],
    [0.35, '#101a44'],
    [0.62, '#2a2e66'],
    [0.8, '#4a3f78'],
    [1, '#5a4a80'],
  ]);
  stars(d, r, starCount, 0, 0, BW, 640, 7);
  glow(d, moonX, moonY, 260, '#8fa3e6', 0.25);
  glow(d, moonX, moonY, 110, '#f4efd8', 0.35);
  d.circle(moonX, moonY, 46, '#f6f1dc');
  d.circle(moonX + 16, moonY - 10, 40, '#101a44', { opacity: 0.12 });
  d.circle(moonX - 14, moonY + 12, 8, '#e2dcc2', { opacity: 0.6 });
  d.circle(moonX + 10, moonY + 18, 5, '#e2dcc2', { opacity: 0.6 });
  cumulus(d, r, -100, 520, 900, 80, '#2a2c62', '#3c3c78', 0.7, 8);
  cumulus(d, r, 1000, 470, 1100, 90, '#2e2e66', '#45407e', 0.6, 8);
}

export function prisonWall(d: Doc, r: Rng, top: number, withTower: boolean): void {
  // the wall itself: concrete panels, lit from the right by a searchlight
  d.rect(
    0,
    top,
    BW,
    BH - top,
    d.lin([
      [0, '#2a3048'],
      [0.5, '#1c2136'],
      [1, '#0c0f1c'],
    ]),
  );
  let seams = '';
  for (let x = 0; x < BW; x += 200) seams += p('M', x, top, 'V', BH);
  for (let y = top + 130; y < BH; y += 130) seams += p('M', 0, y, 'H', BW);
  d.line(seams, '#0c1020', 3, { opacity: 0.7 });
  d.rect(0, top - 14, BW, 20, '#3a4260');
  // posts leaning inward and three strands of wire, then the coil
  let posts = '';
  for (let x = 40; x < BW + 40; x += 220) posts += p('M', x, top - 10, 'V', top - 110, 'L', x - 34, top - 150);
  d.line(posts, '#0c1020', 9, { 'stroke-linecap': 'round' });
  for (const k of [0, 1, 2]) wireStrand(d, 0, top - 110 - k * 14, BW, top - 110 - k * 14, '#151a2e', 2.5, 40);
  barbedWire(d, r, -20, BW + 20, top - 44, 44, '#151a2e', 3);
  d.rect(
    0,
    top - 90,
    BW,
    90,
    d.lin([
      [0, '#8a96c8', 0],
      [1, '#8a96c8', 0.12],
    ]),
  );
  if (withTower) {
    d.rect(1660, top - 330, 30, 330, '#0c0f1c');
    d.rect(1820, top - 330, 30, 330, '#0c0f1c');
    d.rect(1620, top - 430, 270, 120, '#121628');
    d.rect(1650, top - 410, 210, 50, '#f4d38a', { opacity: 0.85 });
    glowE(d, 1755, top - 385, 200, 80, '#f4d38a', 0.3);
    d.poly([1600, top - 420, 1910, top - 420, 1830, top - 480, 1680, top - 480], '#0c0f1c');
    // the searchlight sweeping the wall
    shaft(d, [1690, top - 370, 1720, top - 350, 900, top + 200, 700, top + 60], '#fff1c8', 0.22, 1700, top - 360, 800, top + 120);
    glowE(d, 860, top + 120, 260, 120, '#fff1c8', 0.15);
  }
}

function prisonWallNight(d: Doc, r: Rng): void {
  nightSky(d, r, 420, 210);
  // roofs of the blocks beyond, darker than the sky
  d.path(
    `${p('M', 0, 600, 'H', 300, 'V', 560, 'H', 640, 'V', 610, 'H', 1100, 'V', 540, 'H', 1400, 'V', 600, 'H', BW, 'V', 700, 'H', 0)}Z`,
    '#181c36',
  );
  // the town beyond the wall: a few warm windows still lit
  let win = '';
  for (let i = 0; i < 16; i++) {
    const x = r.range(20, 1880);
    const top = x < 300 ? 600 : x < 640 ? 560 : x < 1100 ? 610 : x < 1400 ? 540 : 600;
    const y = top + r.range(14, 36);
    win += polyD([x, y, x + 14, y, x + 14, y + 18, x, y + 18]);
  }
  d.path(win, '#ffd58c', { opacity: 0.75 });
  glowE(d, 960, 620, 900, 90, '#ffb870', 0.12);
  // a second searchlight, raking the sky
  shaft(d, [1700, 300, 1730, 310, 1150, -40, 1010, -40], '#dfe6ff', 0.12, 1710, 300, 1100, -40);
  prisonWall(d, r, 650, true);
  paint(d, 111, 0.8);
  calm(d, '#04060e', 0.6);
  vignette(d, 0.5, '#02030a');
}

function corridor(d: Doc, r: Rng): void {
  const vx = 960;
  const vy = 470;
  const farW = 150;
  const farH = 190;
  d.rect(0, 0, BW, BH, '#2a3430');
  // ceiling, walls, floor converge to the end of the corridor
  d.poly([0, 0, BW, 0, vx + farW, vy - farH, vx - farW, vy - farH], '#1e2624');
  d.poly(
    [0, 0, vx - farW, vy - farH, vx - farW, vy + farH, 0, BH],
    d.lin(
      [
        [0, '#4a5852'],
        [1, '#35403c'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  d.poly(
    [BW, 0, vx + farW, vy - farH, vx + farW, vy + farH, BW, BH],
    d.lin(
      [
        [0, '#35403c'],
        [1, '#4a5852'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  d.poly(
    [0, BH, vx - farW, vy + farH, vx + farW, vy + farH, BW, BH],
    d.lin([
      [0, '#5a6660'],
      [1, '#1e2624'],
    ]),
  );
  // the end: a door open on white light
  d.rect(vx - farW, vy - farH, farW * 2, farH * 2, '#3a4642');
  d.rect(vx - 60, vy - 120, 120, 310, '#fbfaf2');
  glow(d, vx, vy + 20, 420, '#f6f4e6', 0.6);
  shaft(d, [vx - 60, vy + 190, vx + 60, vy + 190, vx + 420, BH, vx - 420, BH], '#f6f4e6', 0.3, 0, vy + 190, 0, BH);
  // cell doors along both walls, in perspective
  const depth = [0.06, 0.3, 0.48, 0.61, 0.7, 0.77];
  let doors = '';
  let windows = '';
  for (const side of [-1, 1]) {
    for (let i = 0; i < depth.length - 1; i += 1) {
      const t0 = depth[i] ?? 0;
      const t1 = t0 + ((depth[i + 1] ?? 1) - t0) * 0.55;
      const at = (t: number, v: number): Pt => {
        const x = side < 0 ? (vx - farW) * t : BW - (BW - vx - farW) * t;
        const yTop = (vy - farH) * t;
        const yBot = BH + (vy + farH - BH) * t;
        return [x, yTop + (yBot - yTop) * v];
      };
      doors += polyD(quad(at(t0, 0.22), at(t1, 0.22), at(t1, 0.93), at(t0, 0.93)));
      windows += polyD(
        quad(
          at(t0 + (t1 - t0) * 0.3, 0.34),
          at(t0 + (t1 - t0) * 0.7, 0.34),
          at(t0 + (t1 - t0) * 0.7, 0.42),
          at(t0 + (t1 - t0) * 0.3, 0.42),
        ),
      );
    }
  }
  d.path(doors, '#26302c');
  d.path(windows, '#0e1412');
  // ceiling lights, getting smaller
  let tubes = '';
  for (const t of [0.08, 0.34, 0.52, 0.65, 0.74]) {
    const y = (vy - farH) * t + 20 * (1 - t);
    const w = 300 * (1 - t) + 30;
    tubes += polyD([vx - w / 2, y, vx + w / 2, y, vx + w / 2, y + 14 * (1 - t) + 3, vx - w / 2, y + 14 * (1 - t) + 3]);
    glowE(d, vx, y + 10, w * 0.9, 80 * (1 - t) + 10, '#e8f4ea', 0.3);
  }
  d.path(tubes, '#eef6ee');
  // a sheen on the floor
  d.poly([vx - 40, vy + farH, vx + 40, vy + farH, vx + 220, BH, vx - 220, BH], '#ffffff', { opacity: 0.06 });
  void r;
  paint(d, 121, 0.8);
  calm(d, '#0a0e0c', 0.55);
  vignette(d, 0.65, '#050706');
}

function skyVision(d: Doc, r: Rng): void {
  sky(d, [
    [0, '#23386a'],
    [0.3, '#5d6fa8'],
    [0.55, '#c99aac'],
    [0.75, '#f2c79c'],
    [1, '#fbe6c4'],
  ]);
  stars(d, r, 50, 0, 0, BW, 260, 2);
  // the sun just under the clouds, and its rays
  const sx = 1260;
  const sy = 700;
  let rays = '';
  for (let i = 0; i < 11; i++) {
    const a = Math.PI * (1.02 + (i / 10) * 0.96);
    const spread = 0.035;
    rays += polyD([
      sx,
      sy,
      sx + Math.cos(a - spread) * 1500,
      sy + Math.sin(a - spread) * 1500,
      sx + Math.cos(a + spread) * 1500,
      sy + Math.sin(a + spread) * 1500,
    ]);
  }
  d.path(
    rays,
    d.radU(
      [
        [0, '#fff6e0', 0.16],
        [0.7, '#fff6e0', 0.04],
        [1, '#fff6e0', 0],
      ],
      sx,
      sy,
      1100,
    ),
    { filter: blur(d, 6) },
  );
  glow(d, sx, sy, 760, '#fff1d6', 0.55);
  glow(d, sx, sy, 200, '#fffaf0', 0.85);
  // high thin clouds, then towering lit cumulus, then a sea of cloud below
  cumulus(d, r, -120, 250, 760, 70, '#6f78b0', '#8e92c4', 0.55, 5);
  cumulus(d, r, 1180, 200, 840, 80, '#7a7fb8', '#a09ccc', 0.5, 5);
  cumulus(d, r, 120, 600, 860, 170, '#c48f9e', '#f2c2b0', 0.85, 3);
  cumulus(d, r, 1380, 640, 700, 150, '#d49c98', '#f8d2b4', 0.85, 3);
  cumulus(d, r, -160, 820, 1100, 200, '#d9a7a4', '#fbdcc0', 0.95, 3);
  cumulus(d, r, 760, 860, 1400, 220, '#e8b9a6', '#fde8d0', 0.95, 3);
  // a few birds, far off
  let birds = '';
  for (let i = 0; i < 5; i++) {
    const x = 420 + i * 56 + r.range(-20, 20);
    const y = 430 - i * 16 + r.range(-10, 10);
    const s = r.range(0.6, 1);
    birds += p('M', x - 14 * s, y, 'q', 7 * s, -8 * s, 14 * s, 0, 'q', 7 * s, -8 * s, 14 * s, 0);
  }
  d.line(birds, '#4a4a70', 2.5, { 'stroke-linecap': 'round', opacity: 0.6 });
  // the floor of cloud, lit gold
  d.rect(
    0,
    900,
    BW,
    180,
    d.lin([
      [0, '#fbe2c4', 0],
      [0.4, '#f4d2b4', 0.8],
      [1, '#d8aeb0', 1],
    ]),
  );
  paint(d, 131, 0.6);
  calm(d, '#7a5a7a', 0.3);
  vignette(d, 0.3, '#2a2040');
}

function home(d: Doc, r: Rng): void {
  // warm wallpaper under a bare bulb; the blue winter night through the window
  sky(d, [
    [0, '#4a321e'],
    [0.5, '#8a6238'],
    [1, '#3a2616'],
  ]);
  let pattern = '';
  for (let y = 40; y < 720; y += 80)
    for (let x = (y / 80) % 2 ? 40 : 0; x < BW; x += 80) pattern += p('M', x, y - 8, 'l', 8, 8, 'l', -8, 8, 'l', -8, -8, 'Z');
  d.path(pattern, '#c48f52', { opacity: 0.2 });
  // the window
  d.rect(
    1180,
    170,
    420,
    330,
    d.lin([
      [0, '#0f1a33'],
      [1, '#2b4470'],
    ]),
  );
  flakes(d, r, 40, 1180, 170, 420, 330, 0.8);
  d.path(`${p('M', 1180, 440, 'Q', 1300, 400, 1420, 430, 'Q', 1520, 450, 1600, 420, 'V', 500, 'H', 1180)}Z`, '#1a2a46');
  glow(d, 1480, 300, 20, '#ffe0a0', 0.7);
  d.rect(1180, 170, 420, 330, '#dfe9f5', { opacity: 0.06 });
  frame(d, 1180, 170, 420, 330, 2, 2, '#3a2414', 12, 18);
  // frost in the corners of the glass
  d.path(
    p(
      'M',
      1180,
      500,
      'V',
      440,
      'Q',
      1200,
      470,
      1250,
      480,
      'Q',
      1270,
      490,
      1280,
      500,
      'Z',
      'M',
      1600,
      500,
      'V',
      450,
      'Q',
      1580,
      480,
      1530,
      490,
      'Q',
      1520,
      496,
      1510,
      500,
      'Z',
    ),
    '#e8f2ff',
    { opacity: 0.35, filter: blur(d, 4) },
  );
  // Ye-sung's drawings taped to the wall, a calendar
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
      p(
        'M',
        400,
        212,
        'v',
        50,
        'M',
        400,
        262,
        'l',
        -10,
        26,
        'M',
        400,
        262,
        'l',
        10,
        26,
        'M',
        400,
        228,
        'l',
        30,
        18,
        'M',
        452,
        250,
        'v',
        24,
        'M',
        452,
        274,
        'l',
        -7,
        16,
        'M',
        452,
        274,
        'l',
        7,
        16,
        'M',
        452,
        256,
        'l',
        -22,
        -10,
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
  // a small old television on a low cabinet, a folded stack of bedding
  d.rect(880, 450, 260, 270, '#5a3a22');
  d.rect(900, 320, 210, 160, '#2a2622');
  d.rect(918, 336, 150, 120, '#3a4a4a');
  d.circle(1090, 360, 6, '#8a8070');
  d.line(p('M', 960, 320, 'l', -40, -80, 'M', 1000, 320, 'l', 50, -90), '#2a2622', 3);
  const quilts = ['#c0504a', '#e0b050', '#5a8ab0', '#e8dcc0', '#9a6ab0'];
  quilts.forEach((c, i) => {
    d.rect(1640, 680 - i * 46, 230, 44, c, { rx: 14 });
  });
  // Ye-sung's little coat on a hook
  d.circle(1700, 320, 8, '#3a2414');
  d.path(
    p(
      'M',
      1700,
      326,
      'C',
      1680,
      326,
      1650,
      334,
      1636,
      350,
      'L',
      1600,
      450,
      'L',
      1626,
      458,
      'L',
      1646,
      404,
      'L',
      1640,
      500,
      'H',
      1760,
      'L',
      1754,
      404,
      'L',
      1774,
      458,
      'L',
      1800,
      450,
      'L',
      1764,
      350,
      'C',
      1750,
      334,
      1720,
      326,
      1700,
      326,
      'Z',
    ),
    '#d2514a',
  );
  d.path(
    p(
      'M',
      1676,
      334,
      'Q',
      1700,
      372,
      1724,
      334,
      'Q',
      1740,
      352,
      1720,
      366,
      'Q',
      1700,
      376,
      1680,
      366,
      'Q',
      1660,
      352,
      1676,
      334,
      'Z',
    ),
    '#faf4ea',
  );
  d.line(p('M', 1700, 376, 'V', 496), '#a63a36', 3);
  for (const y of [400, 436, 472]) d.circle(1708, y, 5, '#f4c430');
  // the bare bulb and its warm light
  d.line(p('M', 760, 0, 'V', 120), '#1a1008', 3);
  d.circle(760, 140, 22, '#fff4d0');
  glow(d, 760, 150, 700, '#ffcf7a', 0.45);
  glow(d, 760, 150, 120, '#fff6dc', 0.8);
  // the low table in the middle, two bowls, a small cake box
  d.rect(
    0,
    720,
    BW,
    360,
    d.lin([
      [0, '#c49a52'],
      [1, '#5a3a1a'],
    ]),
  );
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

export const BACKGROUNDS: Record<string, Scene> = {
  training_court: trainingCourt,
  market,
  icy_street: icyStreet,
  interrogation,
  cell_day: room7(false),
  cell_night: room7(true),
  prison_yard: prisonYard,
  chapel,
  warden_office: wardenOffice,
  infirmary,
  courtroom_1997: courtroom1997,
  prison_wall_night: prisonWallNight,
  corridor,
  sky: skyVision,
  home,
};

export function background(id: string): string {
  const scene = BACKGROUNDS[id];
  if (!scene) throw new Error(`no background ${id}`);
  return make(id, scene);
}

export { hashString, lines };
