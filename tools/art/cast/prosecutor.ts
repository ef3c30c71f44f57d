// prosecutor: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN } from '../lib/character.ts';
import { suit } from '../lib/clothes.ts';
import { dome, fringeLine, hairFill, hairPath, sheen } from '../lib/hair.ts';
import { p } from '../lib/svg.ts';

/** The prosecutor: sharp parting, a sharp suit, a red tie. */
export function prosecutor(): Char {
  const face = adultFace({ top: 178, eyeY: 336, w: 104, jw: 90, jawY: 442, chinY: 488, chinW: 28 });
  return mk({
    id: 'prosecutor',
    label: 'The Prosecutor',
    scale: 1,
    skin: SKIN.pale,
    face,
    build: adultBuild({ neckW: 42, shoulderW: 218 }),
    f: {
      eyeX: 44,
      eyeA: 17,
      eyeUp: 9,
      eyeLo: 7,
      iris: 10.5,
      browT: 9,
      browLen: 52,
      browGap: 12,
      browArch: 6,
      mouthW: 23,
      nose: 'long',
      noseY: 388,
      neutralCurve: -1,
    },
    happy: 'smirk',
    tense: 'anger',
    body: suit('#22262f', '#f1f2f4', '#8e2230'),
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 26, side: 8, sideY: G.eyeY - 26, bumps: 10 });
      const hl = G.top + 48;
      const ends = { edgeY: G.eyeY - 30, inset: 2, hairline: hl };
      const fringe = fringeLine(c, ends, [0.85, 8, 0.3, -12, -0.2, -4, -0.4, 8, -0.45, -18, -0.85, 14]);
      d.path(hairPath(outer, fringe), hairFill(d, c, '#1c181c'), { stroke: INK, 'stroke-width': c.line });
      d.line(p('M', CX - G.w * 0.45, hl - 16, 'Q', CX - G.w * 0.45, G.top + 4, CX - G.w * 0.35, G.top - 24), '#5e5668', 3, {
        'stroke-linecap': 'round',
      });
      sheen(d, c, '#7d7890', G.top - 6, 0.3);
    },
  });
}
