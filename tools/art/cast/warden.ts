// warden: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN } from '../lib/character.ts';
import { suit } from '../lib/clothes.ts';
import { moustache } from '../lib/facial-hair.ts';
import { dome, fringeLine, hairPath, tinted } from '../lib/hair.ts';
import { around } from '../lib/shapes.ts';
import { n, p } from '../lib/svg.ts';
import { neckBase } from '../lib/torso.ts';

/** Jang Min-hwan, the warden: older, greying, a neat moustache, a dark uniform with gold. */
export function warden(): Char {
  const face = adultFace({ top: 180, eyeY: 338, w: 108, jw: 96, jawY: 444, chinY: 490, chinW: 34 });
  return mk({
    id: 'warden',
    label: 'Jang Min-hwan',
    scale: 1,
    skin: SKIN.warm,
    face,
    build: adultBuild({ neckW: 46, shoulderW: 226 }),
    f: {
      eyeA: 16,
      eyeUp: 9,
      eyeLo: 7,
      iris: 10,
      browT: 10,
      browLen: 52,
      browGap: 13,
      browColor: '#3c3537',
      browArch: 3,
      mouthW: 25,
      nose: 'adult',
      noseY: 386,
      age: 0.6,
    },
    happy: 'soft',
    tense: 'anger',
    sadMouth: 'frown',
    facial: moustache('#3f393b', 'neat'),
    body: (d, c) => {
      const nb = neckBase(c);
      suit('#2c3a3a', '#cfd9df', '#22292c')(d, c, 'neutral');
      const sw = c.build.shoulderW;
      // shoulder boards with gold bars
      for (const side of [-1, 1]) {
        const x = CX + side * (sw - 62);
        d.open({ transform: `rotate(${side * 14} ${n(x)} ${n(nb + 34)})` });
        d.rect(x - 42, nb + 22, 84, 26, '#1f2a2a', { rx: 6, stroke: INK, 'stroke-width': c.line * 0.8 });
        d.rect(x - 30, nb + 30, 60, 5, '#d8b45a');
        d.rect(x - 30, nb + 38, 60, 5, '#d8b45a');
        d.close();
      }
      // badge and name plate
      const badge = around(CX, nb, [-120, 130, -96, 120, -72, 130, -76, 162, -96, 174, -116, 162]);
      d.poly(badge, '#d8b45a', { stroke: INK, 'stroke-width': c.line * 0.7 });
      d.circle(CX - 96, nb + 146, 9, '#9b7a2f');
      d.rect(CX + 70, nb + 150, 84, 20, '#e9e4d6', { rx: 3, stroke: INK, 'stroke-width': c.line * 0.6 });
      for (let i = 0; i < 2; i++)
        d.circle(CX - 4, nb + 270 + i * 90, 7, '#d8b45a', { stroke: INK, 'stroke-width': c.line * 0.5 });
    },
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 18, side: 12, sideY: G.eyeY - 4, bumps: 10 });
      const hl = G.top + 44;
      const ends = { edgeY: G.eyeY - 26, inset: 2, hairline: hl };
      const fringe = fringeLine(c, ends, [0.85, 10, 0.3, -6, -0.25, 4, -0.5, 16, -0.85, 12]);
      const grey = d.linU(
        [
          [0, '#c2bdbd'],
          [0.18, '#a29c9e'],
          [0.36, tinted(c, '#57504f')],
          [0.64, tinted(c, '#4a4345')],
          [0.82, '#a29c9e'],
          [1, '#c2bdbd'],
        ],
        CX - G.w - 10,
        0,
        CX + G.w + 10,
        0,
      );
      d.path(hairPath(outer, fringe), grey, { stroke: INK, 'stroke-width': c.line });
      d.line(p('M', CX - G.w * 0.5, hl + 14, 'Q', CX - G.w * 0.2, G.top, CX + G.w * 0.4, G.top - 8), '#8d8790', 3, {
        opacity: 0.6,
        'stroke-linecap': 'round',
      });
    },
  });
}
