// yangho: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, mk, SKIN } from '../lib/character.ts';
import { prisonUniform } from '../lib/clothes.ts';
import { stubble } from '../lib/facial-hair.ts';
import { perm } from '../lib/hair.ts';
import { p } from '../lib/svg.ts';

/** So Yang-ho: the boss. Broad, a tight perm, a hard jaw, stubble. */
export function yangho(): Char {
  const face = adultFace({ top: 172, eyeY: 332, w: 120, jw: 112, jawY: 438, chinY: 486, chinW: 46 });
  return mk({
    id: 'yangho',
    label: 'So Yang-ho',
    scale: 1.02,
    skin: SKIN.tan,
    face,
    build: adultBuild({ neckW: 58, shoulderW: 246 }),
    f: {
      eyeA: 17,
      eyeUp: 9,
      eyeLo: 7,
      iris: 10.5,
      browT: 13,
      browLen: 56,
      browGap: 12,
      browArch: 3,
      mouthW: 30,
      nose: 'broad',
      noseY: 380,
      neutralCurve: -2,
      age: 0.3,
    },
    happy: 'open',
    tense: 'anger',
    facial: stubble('#3a2a25', 0.07),
    body: prisonUniform('1004'),
    hairFront: perm('#2a201f', 21, 'yangho-perm'),
    over: (d, c) => {
      // a small old scar through the left brow
      const x = CX + c.f.eyeX + 18;
      const y = c.face.eyeY - 40;
      d.line(p('M', x, y - 16, 'L', x - 10, y + 18), '#a46a55', 3.5, { 'stroke-linecap': 'round', opacity: 0.9 });
    },
  });
}
