// bystander: one character of the cast as data, over the shared builders in tools/art/lib/.
import { adultBuild, adultFace, type Char, mk, SKIN } from '../lib/character.ts';
import { winterJacket } from '../lib/clothes.ts';
import { perm } from '../lib/hair.ts';

/** The bystander in the market (a speaker without a portrait id): a woman in her fifties, short perm, padded coat. */
export function bystander(): Char {
  const face = adultFace({ top: 196, eyeY: 350, w: 110, jw: 94, jawY: 444, chinY: 488, chinW: 34 });
  return mk({
    id: 'bystander',
    label: 'The bystander (extra)',
    scale: 0.95,
    skin: SKIN.warm,
    face,
    build: adultBuild({ neckW: 40, shoulderW: 206, shoulderY: 596 }),
    f: {
      eyeA: 16,
      eyeUp: 10,
      eyeLo: 8,
      iris: 10.5,
      lashes: true,
      browT: 7,
      browLen: 44,
      browGap: 18,
      browColor: '#3b2a26',
      browArch: 6,
      mouthW: 22,
      nose: 'small',
      noseY: 400,
      mouthY: 438,
      blush: 0.25,
      age: 0.5,
      lips: '#c46a6a',
    },
    happy: 'arc',
    tense: 'fear',
    body: (d, c) => {
      winterJacket('#7a2e3a', '#d9c9a8')(d, c, 'neutral');
    },
    hairFront: perm('#3a2822', 17, 'bystander-perm', 0.85),
  });
}
