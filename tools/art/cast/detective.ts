// detective: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN } from '../lib/character.ts';
import { mirroredPair, shirtV } from '../lib/clothes.ts';
import { stubble } from '../lib/facial-hair.ts';
import { dome, fringeLine, hairFill, hairPath, sheen } from '../lib/hair.ts';
import { p } from '../lib/svg.ts';
import { measure, torso } from '../lib/torso.ts';

/** The detective: a rumpled brown jacket, loosened tie, untidy hair, stubble. */
export function detective(): Char {
  const face = adultFace({ top: 178, eyeY: 338, w: 112, jw: 100, jawY: 444, chinY: 490, chinW: 38 });
  return mk({
    id: 'detective',
    label: 'The Detective',
    scale: 1,
    skin: SKIN.tan,
    face,
    build: adultBuild({ neckW: 48, shoulderW: 230 }),
    f: {
      eyeA: 16,
      eyeUp: 8,
      eyeLo: 8,
      iris: 10,
      browT: 11,
      browLen: 52,
      browGap: 12,
      browArch: 2,
      mouthW: 26,
      nose: 'broad',
      noseY: 384,
      neutralCurve: -1.5,
      age: 0.4,
    },
    happy: 'smirk',
    tense: 'anger',
    facial: stubble('#34261f', 0.15),
    body: (d, c) => {
      const { nb, nw, L } = measure(c);
      torso(d, c, '#6e4d33');
      shirtV(d, c, '#d9d6cb', { spread: 10, lift: 4, depth: 180 });
      // a loosened tie, pulled to one side
      d.poly([CX - 4, nb + 40, CX + 20, nb + 42, CX + 14, nb + 64, CX - 2, nb + 62], '#3b4a5c', {
        stroke: INK,
        'stroke-width': L * 0.8,
      });
      d.poly([CX - 2, nb + 62, CX + 14, nb + 64, CX + 22, nb + 170, CX + 6, nb + 190, CX - 6, nb + 168], '#3b4a5c', {
        stroke: INK,
        'stroke-width': L * 0.8,
      });
      mirroredPair(d, c, [nw + 6, -12, 18, 32, nw + 2, 48], '#ecebe4', L * 0.8);
      mirroredPair(d, c, [nw + 12, -8, nw + 72, 70, nw + 50, 86, nw + 66, 110, 12, 220, 4, 180, nw + 10, -4], '#5a3d27', L);
      d.line(p('M', CX - 150, nb + 150, 'q', 20, 30, 10, 70, 'M', CX + 140, nb + 190, 'q', -16, 30, -4, 60), '#4a321f', 3, {
        opacity: 0.7,
      });
    },
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 30, side: 12, sideY: G.eyeY - 10, bumps: 12, wobble: 8 });
      const fy = G.top + 56;
      const ends = { edgeY: G.eyeY - 20, inset: -2, hairline: fy };
      const fringe = fringeLine(c, ends, [0.9, 10, 0.6, 30, 0.45, -4, 0.15, 20, -0.1, -6, -0.4, 34, -0.55, 2, -0.85, 18]);
      d.path(hairPath(outer, fringe), hairFill(d, c, '#2b211e'), { stroke: INK, 'stroke-width': c.line });
      sheen(d, c, '#8a7d78', G.top - 4, 0.45);
    },
  });
}
