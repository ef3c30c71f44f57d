// Lee Yong-gu, in prison and at home: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN } from '../lib/character.ts';
import { prisonUniform, winterJacket } from '../lib/clothes.ts';
import { dome, hairFill, hairPath, sheen } from '../lib/hair.ts';
import type { Pt } from '../lib/shapes.ts';
import { pathD } from '../lib/svg.ts';

/** Lee Yong-gu: a round, open face, soft high brows, a warm half-smile at rest. */
export function yonggu(): Char {
  const face = adultFace({ top: 176, eyeY: 342, w: 122, jw: 106, jawY: 442, chinY: 492, chinW: 44 });
  return mk({
    id: 'yonggu',
    label: 'Lee Yong-gu',
    scale: 1,
    skin: SKIN.warm,
    face,
    build: adultBuild({ neckW: 50, shoulderW: 222 }),
    f: {
      eyeX: 50,
      eyeA: 20,
      eyeUp: 13,
      eyeLo: 10,
      iris: 14,
      browT: 9,
      browLen: 48,
      browGap: 22,
      browArch: 7,
      mouthW: 27,
      neutralCurve: 4,
      blush: 0.22,
      nose: 'broad',
      noseY: 390,
      mouthY: 438,
    },
    happy: 'arc',
    tense: 'fear',
    sadMouth: 'wobble',
    tear: true,
    body: prisonUniform('3217'),
    hairFront: (d, c) => {
      const G = c.face;
      const outer = dome(c, { puff: 28, side: 14, sideY: G.eyeY - 6, bumps: 10 });
      const fy = G.top + 70;
      const fringe: Pt[] = [
        [CX + G.w + 4, G.eyeY - 30],
        [CX + G.w - 14, G.top + 60],
        [CX + G.w * 0.72, fy + 14],
        [CX + G.w * 0.55, fy - 6],
        [CX + G.w * 0.35, fy + 22],
        [CX + G.w * 0.15, fy - 2],
        [CX - G.w * 0.05, fy + 26],
        [CX - G.w * 0.25, fy + 2],
        [CX - G.w * 0.45, fy + 24],
        [CX - G.w * 0.62, fy + 2],
        [CX - G.w * 0.8, fy + 20],
        [CX - G.w + 10, G.top + 64],
        [CX - G.w - 4, G.eyeY - 30],
      ];
      d.path(hairPath(outer, fringe), hairFill(d, c, '#241d21'), { stroke: INK, 'stroke-width': c.line });
      // the cowlick
      d.path(
        pathD(
          ['M', CX + 8, G.top - 22, 'Q', CX + 4, G.top - 62, CX + 40, G.top - 66],
          ['Q', CX + 22, G.top - 50, CX + 30, G.top - 24, 'Z'],
        ),
        '#241d21',
        { stroke: INK, 'stroke-width': c.line },
      );
      sheen(d, c, '#8c8fa8', G.top - 2);
    },
  });
}

/** Yong-gu outside prison (chapter 1: the market, home, the arrest): the same man in his own winter clothes. */
export function yongguHome(): Char {
  return {
    ...yonggu(),
    id: 'yonggu_home',
    label: 'Lee Yong-gu, own clothes (extra)',
    body: winterJacket('#3b5578', '#b5433f'),
  };
}
