// teacher: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, H, INK, mk, SKIN } from '../lib/character.ts';
import { shirtV } from '../lib/clothes.ts';
import { dome, hairFill, hairPath, sheen } from '../lib/hair.ts';
import { type Pt, smooth } from '../lib/shapes.ts';
import { n, p } from '../lib/svg.ts';
import { measure, torso } from '../lib/torso.ts';

/** The choir teacher: kind, hair tied low and brought over one shoulder, a mustard cardigan. */
export function teacher(): Char {
  const face = adultFace({ top: 196, eyeY: 350, w: 102, jw: 84, jawY: 440, chinY: 484, chinW: 26 });
  return mk({
    id: 'teacher',
    label: 'The Choir Teacher',
    scale: 0.96,
    skin: SKIN.pale,
    face,
    build: adultBuild({ neckW: 34, shoulderW: 186, shoulderY: 592 }),
    f: {
      eyeX: 43,
      eyeA: 18,
      eyeUp: 11,
      eyeLo: 9,
      iris: 12,
      lashes: true,
      crease: true,
      browT: 7,
      browLen: 44,
      browGap: 20,
      browColor: '#3b2a26',
      browArch: 6,
      mouthW: 21,
      nose: 'small',
      noseY: 398,
      mouthY: 434,
      neutralCurve: 2.5,
      blush: 0.2,
      lips: '#d47c78',
    },
    happy: 'arc',
    tense: 'fear',
    hairBack: (d, c) => {
      const o = dome(c, { puff: 30, side: 24, sideY: c.face.eyeY + 60, bumps: 10 });
      d.path(smooth(o), '#3a2620', { stroke: INK, 'stroke-width': c.line });
    },
    body: (d, c) => {
      const { nb, nw, L } = measure(c);
      torso(d, c, '#d19a3f');
      shirtV(d, c, '#f6efe0', { spread: 10, lift: 4, depth: 160 });
      d.path(p('M', CX - nw + 2, nb - 6, 'Q', CX, nb + 36, CX + nw - 2, nb - 6, 'Z'), c.skin.shade, {
        stroke: INK,
        'stroke-width': L * 0.8,
      });
      // a thin pendant
      d.line(p('M', CX - nw + 4, nb + 2, 'Q', CX, nb + 70, CX + nw - 4, nb + 2), '#b8914a', 2);
      d.circle(CX, nb + 56, 6, '#e6c46a', { stroke: INK, 'stroke-width': 1.5 });
      for (const side of [-1, 1])
        d.line(p('M', CX + side * (nw + 12), nb - 4, 'L', CX + side * 6, nb + 170, 'L', CX + side * 6, H), '#b07e2c', L * 1.2);
      for (let i = 0; i < 3; i++) d.circle(CX - 14, nb + 200 + i * 70, 6, '#f3e6c8', { stroke: INK, 'stroke-width': L * 0.5 });
      let rib = '';
      for (let x = CX - 170; x <= CX + 170; x += 34)
        if (Math.abs(x - CX) > 30) rib += p('M', x, nb + 200, 'L', x + (x - CX) * 0.05, H);
      d.line(rib, '#b07e2c', 2, { opacity: 0.35 });
    },
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 30, side: 16, sideY: G.eyeY + 20, bumps: 10 });
      const fringe: Pt[] = [
        [CX + G.w + 2, G.eyeY + 10],
        [CX + G.w - 6, G.eyeY - 40],
        [CX + G.w * 0.5, G.top + 40],
        [CX - G.w * 0.1, G.top + 36],
        [CX - G.w * 0.55, G.top + 64],
        [CX - G.w * 0.85, G.eyeY - 40],
        [CX - G.w + 2, G.eyeY + 10],
      ];
      d.path(hairPath(outer, fringe), hairFill(d, c, '#3a2620'), { stroke: INK, 'stroke-width': c.line });
      // the low ponytail over her right shoulder (the viewer's left)
      const tail: Pt[] = [
        [CX - G.w + 4, G.jawY - 6],
        [CX - G.w - 34, G.chinY + 40],
        [CX - G.w - 30, 640],
        [CX - G.w + 6, 720],
        [CX - G.w + 20, 650],
        [CX - G.w + 14, G.chinY + 30],
      ];
      d.path(smooth(tail), hairFill(d, c, '#3a2620'), { stroke: INK, 'stroke-width': c.line });
      d.rect(CX - G.w - 26, G.chinY + 22, 40, 16, '#b5433f', {
        rx: 7,
        stroke: INK,
        'stroke-width': 2.5,
        transform: `rotate(-20 ${n(CX - G.w - 6)} ${n(G.chinY + 30)})`,
      });
      sheen(d, c, '#8a6a60', G.top + 4, 0.45);
    },
  });
}
