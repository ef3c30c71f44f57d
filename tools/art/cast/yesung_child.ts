// yesung_child: one character of the cast as data, over the shared builders in tools/art/lib/.

import { type Char, CX, type Face, H, INK, mk, SKIN, YELLOW } from '../lib/character.ts';
import { hairClip, hairFill, sheen } from '../lib/hair.ts';
import { type Pt, smooth } from '../lib/shapes.ts';
import { p, pathD } from '../lib/svg.ts';
import { neckBase, torso } from '../lib/torso.ts';

/** Lee Ye-sung, six: bob with blunt bangs, the yellow clip, a red knit sweater. */
export function yesungChild(): Char {
  const face: Face = { top: 250, eyeY: 430, w: 124, jw: 100, jawY: 505, chinY: 548, chinW: 42 };
  return mk({
    id: 'yesung_child',
    label: 'Lee Ye-sung (1997)',
    scale: 0.78,
    skin: SKIN.child,
    face,
    build: { neckW: 34, shoulderY: 640, shoulderW: 168 },
    f: {
      eyeX: 50,
      eyeA: 20,
      eyeUp: 15,
      eyeLo: 12,
      iris: 15,
      irisColor: '#3d2419',
      lashes: true,
      browT: 7,
      browLen: 38,
      browGap: 26,
      browColor: '#2a1e20',
      browArch: 4,
      mouthW: 17,
      mouthY: 512,
      noseY: 478,
      nose: 'small',
      blush: 0.45,
    },
    happy: 'arc',
    tense: 'fear',
    sadMouth: 'wobble',
    tear: true,
    line: 4,
    hairBack: (d, c) => {
      const G = c.face;
      const o: Pt[] = [
        [CX - G.w - 26, G.chinY + 4],
        [CX - G.w - 36, G.eyeY],
        [CX - G.w * 0.8, G.top - 20],
        [CX, G.top - 38],
        [CX + G.w * 0.8, G.top - 20],
        [CX + G.w + 36, G.eyeY],
        [CX + G.w + 26, G.chinY + 4],
        [CX, G.chinY - 30],
      ];
      d.path(smooth(o), '#1e181c', { stroke: INK, 'stroke-width': c.line });
    },
    body: (d, c) => {
      const nb = neckBase(c);
      const L = c.line;
      torso(d, c, '#d2514a');
      // knit ribs
      let rib = '';
      for (let x = CX - 140; x <= CX + 140; x += 28) rib += p('M', x, nb + 120, 'L', x + (x - CX) * 0.04, H);
      d.line(rib, '#a63a36', 2.5, { opacity: 0.45 });
      // a round white collar
      for (const side of [-1, 1]) {
        d.path(
          pathD(
            ['M', CX, nb + 6, 'Q', CX + side * 20, nb + 64, CX + side * 70, nb + 50],
            ['Q', CX + side * 88, nb + 20, CX + side * 50, nb - 8, 'Z'],
          ),
          '#faf4ea',
          { stroke: INK, 'stroke-width': L },
        );
      }
      d.circle(CX, nb + 36, 8, YELLOW, { stroke: INK, 'stroke-width': L * 0.7 });
    },
    hairFront: (d, c) => {
      const G = c.face;
      const fy = G.eyeY - 58;
      // bangs and side locks
      const pts: Pt[] = [
        [CX - G.w - 12, G.chinY - 8],
        [CX - G.w - 20, G.eyeY - 40],
        [CX - G.w * 0.75, G.top - 14],
        [CX, G.top - 34],
        [CX + G.w * 0.75, G.top - 14],
        [CX + G.w + 20, G.eyeY - 40],
        [CX + G.w + 12, G.chinY - 8],
        [CX + G.w - 12, G.chinY - 14],
        [CX + G.w - 14, G.eyeY - 6],
        [CX + G.w * 0.7, fy + 4],
        [CX + G.w * 0.35, fy + 10],
        [CX, fy + 12],
        [CX - G.w * 0.35, fy + 10],
        [CX - G.w * 0.7, fy + 4],
        [CX - G.w + 14, G.eyeY - 6],
        [CX - G.w + 12, G.chinY - 14],
      ];
      d.path(smooth(pts, true, 0.85), hairFill(d, c, '#221b1f'), { stroke: INK, 'stroke-width': c.line });
      let strands = '';
      for (const k of [-0.5, -0.15, 0.2, 0.55]) strands += p('M', CX + G.w * k, fy + 8, 'L', CX + G.w * k * 0.9, fy - 30);
      d.line(strands, '#46383f', 2.5, { opacity: 0.6, 'stroke-linecap': 'round' });
      sheen(d, c, '#9a9ab6', G.top + 4, 0.6);
    },
    over: (d, c) => hairClip(CX + c.face.w * 0.62, c.face.top + 34, 1.05, YELLOW, -22)(d, c, 'neutral'),
  });
}
