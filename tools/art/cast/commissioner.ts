// commissioner: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN } from '../lib/character.ts';
import { mirroredPair, shirtV, tie } from '../lib/clothes.ts';
import { dome, fringeLine, hairFill, hairPath } from '../lib/hair.ts';
import { p, pathD } from '../lib/svg.ts';
import { measure, torso } from '../lib/torso.ts';

/** The police commissioner: a long dark coat, collar up, hair slicked back from a hard brow. */
export function commissioner(): Char {
  const face = adultFace({ top: 170, eyeY: 332, w: 104, jw: 92, jawY: 446, chinY: 494, chinW: 30 });
  return mk({
    id: 'commissioner',
    label: 'The Commissioner',
    scale: 1.03,
    skin: SKIN.pale,
    face,
    build: adultBuild({ neckW: 44, shoulderW: 236 }),
    f: {
      eyeX: 44,
      eyeA: 17,
      eyeUp: 7,
      eyeLo: 6,
      iris: 9.5,
      irisColor: '#2e211c',
      browT: 11,
      browLen: 54,
      browGap: 9,
      browArch: 1,
      mouthW: 25,
      nose: 'long',
      noseY: 390,
      neutralCurve: -3,
      age: 0.45,
    },
    happy: 'smirk',
    tense: 'anger',
    body: (d, c) => {
      const { nb, nw, L } = measure(c);
      torso(d, c, '#26262e');
      shirtV(d, c, '#e9e7e2', { spread: 6, lift: 8, depth: 170 });
      tie(d, c, '#17171c', { top: 20, knotW: 12, knot: 44, neckW: 7, wide: 160, bladeW: 16, tip: 180 });
      // the collar turned up against the cold
      const collar = [nw + 4, -70, nw + 54, -30, nw + 96, 70, nw + 60, 92, nw + 84, 130, 14, 250, 6, 170, nw + 8, -8];
      mirroredPair(d, c, collar, '#1c1c23', L);
      d.line(
        p('M', CX - nw - 30, nb - 40, 'L', CX - nw - 70, nb + 60, 'M', CX + nw + 30, nb - 40, 'L', CX + nw + 70, nb + 60),
        '#4a4a58',
        2.5,
        { opacity: 0.8 },
      );
      for (let i = 0; i < 2; i++) d.circle(CX - 70, nb + 300 + i * 90, 8, '#121216', { stroke: '#4a4a58', 'stroke-width': 2 });
    },
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 24, side: 6, sideY: G.eyeY - 30, bumps: 10, lift: -10 });
      const hl = G.top + 36;
      const ends = { edgeY: G.eyeY - 40, inset: 2, hairline: hl };
      const fringe = fringeLine(c, ends, [0.85, 18, 0.5, 6, 0, 20, -0.5, 6, -0.85, 18]);
      d.path(hairPath(outer, fringe), hairFill(d, c, '#17141a'), { stroke: INK, 'stroke-width': c.line });
      let comb = '';
      for (const k of [-0.55, -0.2, 0.15, 0.5])
        comb += p('M', CX + G.w * k, hl + 8, 'Q', CX + G.w * k * 1.1, G.top, CX + G.w * k * 0.7, G.top - 20);
      d.line(comb, '#5e5a6e', 2.5, { opacity: 0.6 });
      for (const side of [-1, 1])
        d.path(
          pathD(
            ['M', CX + side * (G.w + 4), G.eyeY - 32],
            ['Q', CX + side * (G.w + 6), G.top + 50, CX + side * (G.w - 16), G.top + 40],
            ['Q', CX + side * (G.w - 4), G.top + 70, CX + side * (G.w - 2), G.eyeY - 34, 'Z'],
          ),
          '#6f6a70',
          { opacity: 0.8 },
        );
    },
    over: (d, c) => {
      // hard lines between the brows
      const y = c.face.eyeY - c.f.eyeUp - c.f.browGap + 4;
      d.line(p('M', CX - 6, y, 'L', CX - 4, y + 18, 'M', CX + 6, y, 'L', CX + 4, y + 18), c.skin.deep, 2.5, {
        opacity: 0.7,
        'stroke-linecap': 'round',
      });
    },
  });
}
