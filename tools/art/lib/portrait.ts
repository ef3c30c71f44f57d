// Character portraits: 600x900, transparent, a half figure standing on the bottom edge.
// One parametric face (eyes, brows, mouth, nose) shared by everyone, so the cast reads as one style;
// each character (tools/art/cast/) differs by build, head shape, hair, clothes and colour.

import type { Expression } from '../../../src/engine/tags.ts';
import { type Char, CX, H, INK, W } from './character.ts';
import { spec } from './expression.ts';
import { brow, drop, eye } from './eyes.ts';
import { ears, faceD, neck, nose, wrinkles } from './face.ts';
import { mouth } from './mouth.ts';
import { Doc, n, p } from './svg.ts';

/** Draws the whole character in one expression. */
export function portrait(c: Char, e: Expression): string {
  const d = new Doc(W, H, 'p');
  const s = spec(c, e);
  const G = c.face;
  const F = c.f;
  const tf = c.scale === 1 ? undefined : `translate(${n(CX * (1 - c.scale))} ${n(H * (1 - c.scale))}) scale(${c.scale})`;
  d.open({ transform: tf, 'stroke-linejoin': 'round' });
  c.hairBack?.(d, c, e);
  neck(d, c);
  c.body(d, c, e);
  ears(d, c);
  const skinFill = d.radU(
    [
      [0, c.skin.light],
      [0.55, c.skin.base],
      [1, c.skin.shade],
    ],
    CX - G.w * 0.25,
    G.eyeY - 10,
    G.w * 1.6,
  );
  const fd = faceD(G);
  d.path(fd, skinFill, { stroke: INK, 'stroke-width': c.line });
  // soft shading along the jaw (light comes from the upper left)
  const faceClip = d.clip(`<path d="${fd}"/>`);
  d.open({ 'clip-path': faceClip });
  const side = d.linU(
    [
      [0, c.skin.shade, 0],
      [0.62, c.skin.shade, 0],
      [1, c.skin.deep, 0.55],
    ],
    CX - G.w,
    0,
    CX + G.w,
    0,
  );
  d.rect(CX - G.w, G.top, G.w * 2, G.chinY - G.top, side);
  const brim = d.linU(
    [
      [0, c.skin.deep, 0.5],
      [1, c.skin.deep, 0],
    ],
    0,
    G.top + 20,
    0,
    G.eyeY - c.f.eyeUp - 10,
  );
  d.rect(CX - G.w, G.top, G.w * 2, G.eyeY - G.top, brim);
  const chin = d.linU(
    [
      [0, c.skin.shade, 0],
      [1, c.skin.shade, 0.7],
    ],
    0,
    G.jawY,
    0,
    G.chinY,
  );
  d.rect(CX - G.w, G.jawY, G.w * 2, G.chinY - G.jawY, chin);
  d.close();
  const blush = Math.min(0.85, F.blush + s.blush);
  if (blush > 0) {
    const bf = d.rad([
      [0, '#ef8a86', 1],
      [1, '#ef8a86', 0],
    ]);
    for (const side of [-1, 1])
      d.ellipse(CX + side * F.eyeX * 1.12, G.eyeY + F.eyeLo + 34, F.eyeA * 1.5, F.eyeA * 0.8, bf, { opacity: n(blush) });
  }
  wrinkles(d, c);
  nose(d, c);
  eye(d, c, s, -1);
  eye(d, c, s, 1);
  c.facial?.(d, c, e);
  mouth(d, c, s);
  c.hairFront(d, c, e);
  brow(d, c, s, -1);
  brow(d, c, s, 1);
  c.over?.(d, c, e);
  if (s.tear) {
    const x = CX - F.eyeX - F.eyeA * 0.35;
    const y0 = G.eyeY + F.eyeLo + 6;
    d.line(p('M', x, y0, 'Q', x - 4, y0 + 30, x - 2, y0 + 52), '#cfe9fb', c.line * 1.3, {
      'stroke-linecap': 'round',
      opacity: 0.75,
    });
    d.path(drop(x - 2, y0 + 62, 1.1), '#dff1fc', { stroke: '#7fb2d6', 'stroke-width': 2 });
    d.circle(x - 4, y0 + 62, 2.2, '#ffffff');
    const x2 = CX + F.eyeX + F.eyeA * 0.45;
    d.line(p('M', x2, y0, 'Q', x2 + 3, y0 + 20, x2 + 1, y0 + 30), '#cfe9fb', c.line * 1.1, {
      'stroke-linecap': 'round',
      opacity: 0.6,
    });
  }
  if (s.sweat) {
    const x = CX + G.w - 26;
    const y = G.eyeY - F.eyeUp - F.browGap - 16;
    d.path(drop(x, y, 1.3), '#e4f3fd', { stroke: '#86b7d8', 'stroke-width': 2 });
    d.path(drop(x + 12, y + 40, 0.8), '#e4f3fd', { stroke: '#86b7d8', 'stroke-width': 1.6 });
  }
  d.close();
  return d.toString();
}
