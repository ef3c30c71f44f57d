// manbeom: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, mk, SKIN } from '../lib/character.ts';
import { prisonUniform } from '../lib/clothes.ts';
import { stubble } from '../lib/facial-hair.ts';
import { n, p, pathD } from '../lib/svg.ts';

/** Kang Man-beom: the biggest man in the room. Shaved head, square jaw, thick neck. */
export function manbeom(): Char {
  const face = adultFace({ top: 170, eyeY: 330, w: 118, jw: 114, jawY: 446, chinY: 492, chinW: 56 });
  return mk({
    id: 'manbeom',
    label: 'Kang Man-beom',
    scale: 1.05,
    skin: SKIN.tan,
    face,
    build: adultBuild({ neckW: 66, shoulderW: 268 }),
    f: {
      eyeA: 15,
      eyeUp: 8,
      eyeLo: 6,
      iris: 9.5,
      browT: 12,
      browLen: 50,
      browGap: 12,
      browArch: 2,
      mouthW: 28,
      nose: 'broad',
      noseY: 382,
      neutralCurve: -1.5,
    },
    happy: 'open',
    tense: 'anger',
    facial: stubble('#3a2a25', 0.12),
    body: prisonUniform('3182'),
    hairFront: (d, c) => {
      const G = c.face;
      // shaved: a shadow of stubble over the skull, and the shine of the head
      const shape = pathD(
        ['M', CX - G.w + 2, G.eyeY - 36, 'C', CX - G.w, G.top + 10, CX - G.w * 0.55, G.top, CX, G.top],
        ['C', CX + G.w * 0.55, G.top, CX + G.w, G.top + 10, CX + G.w - 2, G.eyeY - 36],
        ['Q', CX + G.w * 0.6, G.top + 50, CX, G.top + 44, 'Q', CX - G.w * 0.6, G.top + 50, CX - G.w + 2, G.eyeY - 36, 'Z'],
      );
      d.path(shape, '#3a302e', { opacity: 0.45 });
      d.ellipse(CX - 36, G.top + 26, 34, 12, '#ffffff', {
        opacity: 0.3,
        transform: `rotate(-12 ${n(CX - 36)} ${n(G.top + 26)})`,
      });
      d.line(p('M', CX + 50, G.top + 20, 'q', 16, 8, 24, 26), '#9a6a52', 3.5, { opacity: 0.8, 'stroke-linecap': 'round' });
    },
  });
}
