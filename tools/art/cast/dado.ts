// dado: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN } from '../lib/character.ts';
import { prisonUniform } from '../lib/clothes.ts';
import { moustache } from '../lib/facial-hair.ts';
import { glasses } from '../lib/headwear.ts';
import { type Pt, smooth } from '../lib/shapes.ts';
import { n, p, pathD } from '../lib/svg.ts';

/** Old man Da-do: thin white hair around a bald crown, white beard, round glasses. */
export function dado(): Char {
  const face = adultFace({ top: 186, eyeY: 344, w: 106, jw: 88, jawY: 444, chinY: 490, chinW: 30 });
  return mk({
    id: 'dado',
    label: 'Da-do',
    scale: 0.95,
    skin: SKIN.old,
    face,
    build: adultBuild({ neckW: 38, shoulderW: 190, shoulderY: 600 }),
    f: {
      eyeX: 44,
      eyeA: 15,
      eyeUp: 8,
      eyeLo: 6,
      iris: 9,
      browT: 11,
      browLen: 50,
      browGap: 14,
      browColor: '#e9e4de',
      browArch: 2,
      mouthW: 22,
      nose: 'adult',
      noseY: 392,
      neutralCurve: 1,
      age: 1,
    },
    happy: 'arc',
    tense: 'fear',
    hairBack: (d, c) => {
      const G = c.face;
      const band: Pt[] = [
        [CX - G.w - 8, G.eyeY + 24],
        [CX - G.w - 14, G.eyeY - 40],
        [CX - G.w + 10, G.top + 44],
        [CX, G.top + 14],
        [CX + G.w - 10, G.top + 44],
        [CX + G.w + 14, G.eyeY - 40],
        [CX + G.w + 8, G.eyeY + 24],
        [CX, G.eyeY + 10],
      ];
      d.path(smooth(band), '#d9d4ce', { stroke: INK, 'stroke-width': c.line });
    },
    body: prisonUniform('0913'),
    facial: (d, c) => {
      const G = c.face;
      const F = c.f;
      const beard = pathD(
        ['M', CX - F.mouthW - 26, F.mouthY - 8, 'Q', CX - G.jw + 10, G.jawY + 10, CX - 30, G.chinY + 46],
        ['L', CX, G.chinY + 70, 'L', CX + 30, G.chinY + 46],
        ['Q', CX + G.jw - 10, G.jawY + 10, CX + F.mouthW + 26, F.mouthY - 8],
        ['Q', CX + F.mouthW + 10, F.mouthY + 30, CX, F.mouthY + 28],
        ['Q', CX - F.mouthW - 10, F.mouthY + 30, CX - F.mouthW - 26, F.mouthY - 8, 'Z'],
      );
      d.path(beard, '#ece8e2', { stroke: INK, 'stroke-width': c.line * 0.8 });
      d.line(p('M', CX - 10, F.mouthY + 40, 'l', -4, 30, 'M', CX + 12, F.mouthY + 38, 'l', 3, 28), '#c9c2ba', 2.5, {
        'stroke-linecap': 'round',
      });
      moustache('#efebe5', 'full')(d, c, 'neutral');
    },
    hairFront: (d, c) => {
      const G = c.face;
      for (const side of [-1, 1]) {
        const pts: Pt[] = [
          [CX + side * (G.w - 40), G.top + 32],
          [CX + side * (G.w + 2), G.top + 52],
          [CX + side * (G.w + 16), G.eyeY - 44],
          [CX + side * (G.w + 18), G.eyeY - 24],
          [CX + side * (G.w + 4), G.eyeY - 28],
          [CX + side * (G.w - 6), G.top + 72],
          [CX + side * (G.w - 26), G.top + 52],
        ];
        d.path(smooth(pts), '#ebe7e1', { stroke: INK, 'stroke-width': c.line });
      }
      d.line(
        pathD(
          ['M', CX - 34, G.top + 6, 'Q', CX - 10, G.top - 22, CX + 20, G.top - 12],
          ['M', CX - 10, G.top + 4, 'Q', CX + 6, G.top - 14, CX + 30, G.top - 2],
        ),
        '#e4e0da',
        3.5,
        { 'stroke-linecap': 'round' },
      );
      d.ellipse(CX - 30, G.top + 30, 30, 11, '#ffffff', {
        opacity: 0.35,
        transform: `rotate(-14 ${n(CX - 30)} ${n(G.top + 30)})`,
      });
    },
    over: glasses('#5a4636', 'round'),
  });
}
