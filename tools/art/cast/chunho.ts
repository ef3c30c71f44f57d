// chunho: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN } from '../lib/character.ts';
import { prisonUniform } from '../lib/clothes.ts';
import { moustache } from '../lib/facial-hair.ts';
import { dome, fringeLine, hairFill, hairPath } from '../lib/hair.ts';
import { p } from '../lib/svg.ts';

/** Choi Chun-ho: lean and long-faced, hair slicked back, a thin moustache. */
export function chunho(): Char {
  const face = adultFace({ top: 166, eyeY: 330, w: 100, jw: 80, jawY: 446, chinY: 500, chinW: 26 });
  return mk({
    id: 'chunho',
    label: 'Choi Chun-ho',
    scale: 1,
    skin: SKIN.warm,
    face,
    build: adultBuild({ neckW: 40, shoulderW: 200 }),
    f: {
      eyeX: 42,
      eyeA: 17,
      eyeUp: 9,
      eyeLo: 7,
      iris: 10,
      browT: 8,
      browLen: 50,
      browGap: 15,
      browArch: 8,
      mouthW: 24,
      nose: 'long',
      noseY: 392,
      mouthY: 446,
      age: 0.25,
    },
    happy: 'open',
    tense: 'anger',
    facial: moustache('#2b2124', 'thin'),
    body: prisonUniform('2461'),
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 30, side: 8, sideY: G.eyeY - 20, bumps: 10, lift: -10 });
      const hl = G.top + 40;
      const ends = { edgeY: G.eyeY - 28, inset: 2, hairline: hl };
      const fringe = fringeLine(c, ends, [0.85, 14, 0.4, -2, -0.1, 2, -0.35, -4, -0.8, 16]);
      d.path(hairPath(outer, fringe), hairFill(d, c, '#231b1f'), { stroke: INK, 'stroke-width': c.line });
      let comb = '';
      for (const k of [-0.6, -0.3, 0, 0.3, 0.6])
        comb += p('M', CX + G.w * k, hl + 2, 'Q', CX + G.w * k * 1.05, G.top - 10, CX + G.w * k * 0.6, G.top - 26);
      d.line(comb, '#6a6378', 2.5, { opacity: 0.55, 'stroke-linecap': 'round' });
      d.line(p('M', CX - G.w * 0.35, hl - 4, 'L', CX - G.w * 0.3, G.top - 28), INK, 2.5, { opacity: 0.7 });
    },
  });
}
