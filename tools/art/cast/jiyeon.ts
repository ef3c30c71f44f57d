// jiyeon: one character of the cast as data, over the shared builders in tools/art/lib/.

import { type Char, CX, type Face, H, INK, mk, SKIN } from '../lib/character.ts';
import { dome, hairFill, hairPath, sheen } from '../lib/hair.ts';
import { type Pt, smooth } from '../lib/shapes.ts';
import { p } from '../lib/svg.ts';
import { neckBase, torso } from '../lib/torso.ts';

/** Choi Ji-yeon: a well-dressed girl, pigtails with pink ribbons, a pink padded coat. */
export function jiyeon(): Char {
  const face: Face = { top: 262, eyeY: 436, w: 116, jw: 92, jawY: 510, chinY: 552, chinW: 36 };
  return mk({
    id: 'jiyeon',
    label: 'Choi Ji-yeon',
    scale: 0.8,
    skin: SKIN.child,
    face,
    build: { neckW: 32, shoulderY: 646, shoulderW: 170 },
    f: {
      eyeX: 47,
      eyeA: 19,
      eyeUp: 14,
      eyeLo: 11,
      iris: 14,
      irisColor: '#3a2318',
      lashes: true,
      browT: 6.5,
      browLen: 36,
      browGap: 24,
      browColor: '#2a1e20',
      browArch: 5,
      mouthW: 16,
      mouthY: 516,
      noseY: 484,
      nose: 'small',
      blush: 0.4,
    },
    happy: 'arc',
    tense: 'fear',
    sadMouth: 'wobble',
    tear: true,
    line: 4,
    hairBack: (d, c) => {
      const G = c.face;
      for (const side of [-1, 1]) {
        const x = CX + side * (G.w + 30);
        const tail: Pt[] = [
          [x - side * 20, G.eyeY - 70],
          [x + side * 46, G.eyeY - 10],
          [x + side * 50, G.chinY + 40],
          [x + side * 20, G.chinY + 110],
          [x + side * 4, G.chinY + 30],
          [x - side * 10, G.eyeY - 20],
        ];
        d.path(smooth(tail), '#2a1f22', { stroke: INK, 'stroke-width': c.line });
      }
      const o = dome(c, { puff: 30, side: 18, sideY: G.eyeY + 30, bumps: 10 });
      d.path(smooth(o), '#2a1f22', { stroke: INK, 'stroke-width': c.line });
    },
    body: (d, c) => {
      const nb = neckBase(c);
      const L = c.line;
      torso(d, c, '#e7879f');
      let q = '';
      for (let y = nb + 110; y < H; y += 60) q += p('M', CX - 190, y, 'Q', CX, y + 18, CX + 190, y);
      d.line(q, '#c76580', 3, { opacity: 0.7 });
      d.line(p('M', CX, nb + 60, 'L', CX, H), '#b8566f', L);
      for (let i = 0; i < 3; i++)
        d.rect(CX - 18, nb + 120 + i * 60, 36, 10, '#f7e7d0', { rx: 5, stroke: INK, 'stroke-width': 2 });
      // white fur collar
      const fur: Pt[] = [];
      for (let i = 0; i <= 14; i++) {
        const t = Math.PI * (i / 14);
        const r = i % 2 === 0 ? 1 : 0.9;
        fur.push([CX - Math.cos(t) * 120 * r, nb + 20 + Math.sin(t) * 70 * r]);
      }
      for (let i = 14; i >= 0; i--) {
        const t = Math.PI * (i / 14);
        fur.push([CX - Math.cos(t) * 60, nb - 10 + Math.sin(t) * 34]);
      }
      d.path(smooth(fur), '#fbf5ef', { stroke: INK, 'stroke-width': L });
    },
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 30, side: 14, sideY: G.eyeY + 10, bumps: 10 });
      const fy = G.eyeY - 62;
      const fringe: Pt[] = [
        [CX + G.w + 2, G.eyeY],
        [CX + G.w - 8, G.eyeY - 50],
        [CX + G.w * 0.6, fy],
        [CX + G.w * 0.2, fy + 6],
        [CX + 4, G.top - 6],
        [CX - G.w * 0.2, fy + 6],
        [CX - G.w * 0.6, fy],
        [CX - G.w + 8, G.eyeY - 50],
        [CX - G.w - 2, G.eyeY],
      ];
      d.path(hairPath(outer, fringe), hairFill(d, c, '#2c2124'), { stroke: INK, 'stroke-width': c.line });
      for (const side of [-1, 1]) {
        const x = CX + side * (G.w + 26);
        const y = G.eyeY - 60;
        d.path(
          p('M', x, y, 'L', x - 26, y - 22, 'L', x - 22, y + 18, 'Z', 'M', x, y, 'L', x + 26, y - 18, 'L', x + 24, y + 20, 'Z'),
          '#e86a8e',
          { stroke: INK, 'stroke-width': 3 },
        );
        d.circle(x, y, 8, '#f08aa8', { stroke: INK, 'stroke-width': 3 });
      }
      sheen(d, c, '#9a8fa8', G.top + 6, 0.5);
    },
  });
}
