// The cellmates' patchwork hot-air balloon, 400x600, also drawn over the title screen.

import { INK } from './character.ts';
import { glow } from './light.ts';
import { digits, lines, type Pt } from './shapes.ts';
import { Doc, lighten, makeRng, p, pathD, type Rng, type Stop } from './svg.ts';

export const FABRICS = [
  '#7b97a6',
  '#b8433a',
  '#d9a441',
  '#e8dcc0',
  '#6a7a52',
  '#8a5a7a',
  '#c7764a',
  '#5a6f8f',
  '#a8866a',
  '#d4c49a',
];

/** The cellmates' balloon, drawn in a 400x600 box (callers may transform it). */
export function drawBalloon(d: Doc, r: Rng, withHalo: boolean): void {
  if (withHalo) glow(d, 200, 250, 200, '#ffcf7a', 0.35);
  const env = pathD(
    ['M', 200, 24, 'C', 322, 24, 378, 120, 372, 212, 'C', 366, 300, 282, 356, 252, 404, 'L', 148, 404],
    ['C', 118, 356, 34, 300, 28, 212, 'C', 22, 120, 78, 24, 200, 24, 'Z'],
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
  const light = (stops: Stop[], cx: number, cy: number, r: number) => d.rect(0, 0, 400, 420, d.radU(stops, cx, cy, r));
  const burner: Stop[] = [
    [0, '#ffe08a', 0.85],
    [0.4, '#ffa040', 0.45],
    [1, '#ff9a3a', 0],
  ];
  light(burner, 200, 410, 340);
  const limb: Stop[] = [
    [0.6, '#1a1430', 0],
    [1, '#1a1430', 0.55],
  ];
  light(limb, 200, 210, 200);
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
