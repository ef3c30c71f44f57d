// yesung_adult: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN, YELLOW } from '../lib/character.ts';
import { suit } from '../lib/clothes.ts';
import { hairClip, hairFill, sheen } from '../lib/hair.ts';
import { type Pt, smooth } from '../lib/shapes.ts';
import { pathD } from '../lib/svg.ts';

/** Lee Ye-sung, 2013: the same face grown up, long hair, a small yellow pin, a law trainee's suit. */
export function yesungAdult(): Char {
  const face = adultFace({ top: 200, eyeY: 352, w: 108, jw: 88, jawY: 438, chinY: 484, chinW: 28 });
  return mk({
    id: 'yesung_adult',
    label: 'Lee Ye-sung (2013)',
    scale: 0.97,
    skin: SKIN.pale,
    face,
    build: adultBuild({ neckW: 34, shoulderW: 188, shoulderY: 592 }),
    f: {
      eyeX: 46,
      eyeA: 20,
      eyeUp: 13,
      eyeLo: 10,
      iris: 14,
      irisColor: '#3d2419',
      lashes: true,
      crease: true,
      browT: 7,
      browLen: 44,
      browGap: 20,
      browColor: '#2a1e20',
      browArch: 5,
      mouthW: 20,
      nose: 'small',
      noseY: 400,
      mouthY: 436,
      blush: 0.2,
      lips: '#d98a86',
      neutralCurve: 1,
    },
    happy: 'soft',
    tense: 'firm',
    tear: true,
    hairBack: (d, c) => {
      const G = c.face;
      const o: Pt[] = [
        [CX - G.w - 64, 606],
        [CX - G.w - 36, G.eyeY + 60],
        [CX - G.w - 28, G.eyeY - 40],
        [CX - G.w - 8, G.top + 30],
        [CX - G.w * 0.55, G.top - 18],
        [CX, G.top - 30],
        [CX + G.w * 0.55, G.top - 18],
        [CX + G.w + 8, G.top + 30],
        [CX + G.w + 28, G.eyeY - 40],
        [CX + G.w + 36, G.eyeY + 60],
        [CX + G.w + 64, 606],
        [CX + G.w - 10, 600],
        [CX, 570],
        [CX - G.w + 10, 600],
      ];
      d.path(smooth(o), '#1f181c', { stroke: INK, 'stroke-width': c.line });
    },
    body: suit('#2e3447', '#f4f1ea', null),
    hairFront: (d, c) => {
      const G = c.face;
      // a side-swept fringe (the child's bangs, grown out), locks falling to the collarbone
      const pts: Pt[] = [
        [CX - G.w - 58, 612],
        [CX - G.w - 28, G.eyeY + 50],
        [CX - G.w - 22, G.eyeY - 50],
        [CX - G.w - 4, G.top + 34],
        [CX - G.w * 0.55, G.top - 14],
        [CX - 10, G.top - 26],
        [CX + G.w * 0.55, G.top - 14],
        [CX + G.w + 6, G.top + 36],
        [CX + G.w + 20, G.eyeY - 60],
        [CX + G.w + 26, G.eyeY - 14],
        [CX + G.w + 8, G.eyeY - 16],
        [CX + G.w - 8, G.eyeY - 40],
        [CX + G.w * 0.55, G.eyeY - 66],
        [CX + G.w * 0.05, G.top + 76],
        [CX - G.w * 0.45, G.top + 66],
        [CX - G.w * 0.72, G.top + 44],
        [CX - G.w + 8, G.eyeY - 30],
        [CX - G.w + 4, G.eyeY + 30],
        [CX - G.w - 16, 596],
      ];
      d.path(smooth(pts, true, 0.9), hairFill(d, c, '#221a1e'), { stroke: INK, 'stroke-width': c.line });
      d.line(
        pathD(
          ['M', CX - G.w * 0.72, G.top - 4, 'Q', CX - G.w * 0.2, G.top + 20, CX + G.w * 0.55, G.eyeY - 70],
          ['M', CX - G.w * 0.5, G.top + 10, 'Q', CX, G.top + 40, CX + G.w * 0.3, G.top + 70],
        ),
        '#4a3c44',
        3,
        { opacity: 0.7, 'stroke-linecap': 'round' },
      );
      sheen(d, c, '#a9a6c2', G.top + 2, 0.5);
    },
    over: (d, c) => hairClip(CX + c.face.w * 0.62, c.face.top + 30, 0.68, YELLOW, -24)(d, c, 'neutral'),
  });
}
