// judge: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, H, INK, mk, SKIN } from '../lib/character.ts';
import { mirroredPair, shirtV, tie } from '../lib/clothes.ts';
import { dome, fringeLine, hairFill, hairPath } from '../lib/hair.ts';
import { glasses } from '../lib/headwear.ts';
import { p, pathD } from '../lib/svg.ts';
import { measure, torso } from '../lib/torso.ts';

/** The judge: grey hair, a side part, thin rectangular glasses, a black robe. */
export function judge(): Char {
  const face = adultFace({ top: 182, eyeY: 340, w: 108, jw: 92, jawY: 442, chinY: 490, chinW: 32 });
  return mk({
    id: 'judge',
    label: 'The Judge',
    scale: 1,
    skin: SKIN.old,
    face,
    build: adultBuild({ neckW: 44, shoulderW: 232 }),
    f: {
      eyeA: 16,
      eyeUp: 9,
      eyeLo: 7,
      iris: 10,
      browT: 9,
      browLen: 50,
      browGap: 16,
      browColor: '#7b7575',
      browArch: 3,
      mouthW: 24,
      nose: 'adult',
      noseY: 390,
      age: 0.7,
    },
    happy: 'soft',
    tense: 'firm',
    body: (d, c) => {
      const { nb, nw, L } = measure(c);
      torso(d, c, '#1d1c22');
      shirtV(d, c, '#f2efe8', { spread: 8, lift: 6, depth: 150 });
      tie(d, c, '#3c3a52', { top: 22, knotW: 11, knot: 42, neckW: 7, wide: 140, bladeW: 14, tip: 160 });
      // the robe's wide band, deep violet, down the front
      const hem = H + 6 - nb;
      mirroredPair(d, c, [nw + 8, -10, nw + 52, -2, 44, 230, 40, hem, 4, hem, 4, 160, nw + 6, -4], '#43305a', L);
      d.line(
        pathD(
          ['M', CX - 130, nb + 200, 'Q', CX - 140, nb + 300, CX - 150, H],
          ['M', CX + 130, nb + 200, 'Q', CX + 140, nb + 300, CX + 150, H],
        ),
        '#3a3944',
        3,
        { opacity: 0.8 },
      );
      d.circle(CX - 120, nb + 120, 12, '#c9a24a', { stroke: INK, 'stroke-width': L * 0.6 });
    },
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 20, side: 8, sideY: G.eyeY - 20, bumps: 10 });
      const hl = G.top + 46;
      const ends = { edgeY: G.eyeY - 28, inset: 2, hairline: hl };
      const fringe = fringeLine(c, ends, [0.85, 10, 0.2, -10, -0.35, -2, -0.42, -20, -0.85, 16]);
      d.path(hairPath(outer, fringe), hairFill(d, c, '#8f8a8c'), { stroke: INK, 'stroke-width': c.line });
      d.line(p('M', CX - G.w * 0.42, hl - 18, 'Q', CX - G.w * 0.4, G.top, CX - G.w * 0.3, G.top - 18), '#5d585c', 3, {
        'stroke-linecap': 'round',
      });
      d.line(p('M', CX - G.w * 0.2, G.top + 10, 'Q', CX + G.w * 0.2, G.top - 10, CX + G.w * 0.7, G.top + 20), '#c9c5c6', 4, {
        opacity: 0.7,
        'stroke-linecap': 'round',
      });
    },
    over: glasses('#3a3440', 'rect'),
  });
}
