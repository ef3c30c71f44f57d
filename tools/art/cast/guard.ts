// guard: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, H, INK, mk, SKIN } from '../lib/character.ts';
import { mirroredPair, shirtV } from '../lib/clothes.ts';
import { cap } from '../lib/headwear.ts';
import { around } from '../lib/shapes.ts';
import { n, p, pathD } from '../lib/svg.ts';
import { measure, torso } from '../lib/torso.ts';

/** A prison guard: young, a peaked cap, a blue-grey uniform shirt. */
export function guard(): Char {
  const face = adultFace({ top: 186, eyeY: 342, w: 106, jw: 92, jawY: 442, chinY: 488, chinW: 30 });
  return mk({
    id: 'guard',
    label: 'A Guard',
    scale: 0.99,
    skin: SKIN.warm,
    face,
    build: adultBuild({ neckW: 44, shoulderW: 220 }),
    f: {
      eyeX: 44,
      eyeA: 17,
      eyeUp: 10,
      eyeLo: 8,
      iris: 11,
      browT: 9,
      browLen: 46,
      browGap: 12,
      browArch: 4,
      mouthW: 23,
      nose: 'adult',
      noseY: 392,
    },
    happy: 'open',
    tense: 'anger',
    body: (d, c) => {
      const { nb, nw, sw, L } = measure(c);
      torso(d, c, '#5f7a94');
      shirtV(d, c, '#23303f', { spread: 8, lift: 4, depth: 70 });
      mirroredPair(d, c, [nw + 10, -14, nw + 46, 20, 6, 76, nw + 4, -2], '#6d89a4', L);
      d.line(p('M', CX, nb + 74, 'L', CX, H), '#41576c', L);
      for (let i = 0; i < 3; i++) d.circle(CX - 8, nb + 110 + i * 90, 6, '#d7dde3', { stroke: INK, 'stroke-width': L * 0.5 });
      // pocket flaps and epaulettes
      for (const side of [-1, 1]) {
        d.path(
          pathD(
            ['M', CX + side * 36, nb + 130, 'L', CX + side * 136, nb + 130, 'L', CX + side * 132, nb + 160],
            ['L', CX + side * 86, nb + 170, 'L', CX + side * 40, nb + 160, 'Z'],
          ),
          '#56708a',
          { stroke: INK, 'stroke-width': L * 0.8 },
        );
        const x = CX + side * (sw - 60);
        d.open({ transform: `rotate(${side * 15} ${n(x)} ${n(nb + 34)})` });
        d.rect(x - 40, nb + 22, 80, 22, '#23303f', { rx: 5, stroke: INK, 'stroke-width': L * 0.8 });
        d.close();
      }
      const badge = around(CX, nb, [-100, 100, -76, 92, -56, 100, -60, 122, -78, 130, -96, 122]);
      d.poly(badge, '#c9a54f', { stroke: INK, 'stroke-width': L * 0.6 });
    },
    hairFront: (d, c) => {
      const G = c.face;
      for (const side of [-1, 1])
        d.path(
          pathD(
            ['M', CX + side * (G.w + 4), G.top + 70],
            ['Q', CX + side * (G.w + 8), G.eyeY - 10, CX + side * (G.w - 2), G.eyeY - 18],
            ['L', CX + side * (G.w - 16), G.top + 70, 'Z'],
          ),
          '#221c20',
          { stroke: INK, 'stroke-width': c.line * 0.8 },
        );
    },
    over: cap('#26344a', '#d2ad55', '#141a24'),
  });
}
