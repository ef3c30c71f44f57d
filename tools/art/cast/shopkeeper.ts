// shopkeeper: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, H, INK, mk, SKIN } from '../lib/character.ts';
import { bandD } from '../lib/shapes.ts';
import { p, pathD } from '../lib/svg.ts';
import { measure, torso } from '../lib/torso.ts';

/** The shopkeeper: middle-aged, a knitted cap and a quilted vest for a cold stall. */
export function shopkeeper(): Char {
  const face = adultFace({ top: 186, eyeY: 342, w: 116, jw: 104, jawY: 446, chinY: 492, chinW: 40 });
  return mk({
    id: 'shopkeeper',
    label: 'The Shopkeeper',
    scale: 0.98,
    skin: SKIN.warm,
    face,
    build: adultBuild({ neckW: 50, shoulderW: 232 }),
    f: {
      eyeA: 16,
      eyeUp: 9,
      eyeLo: 7,
      iris: 10,
      browT: 10,
      browLen: 46,
      browGap: 16,
      browArch: 5,
      mouthW: 26,
      nose: 'broad',
      noseY: 390,
      neutralCurve: 1,
      blush: 0.28,
      age: 0.45,
    },
    happy: 'arc',
    tense: 'anger',
    body: (d, c) => {
      const { nb, nw, sw, L } = measure(c);
      torso(d, c, '#7c7470');
      // turtleneck
      d.path(
        pathD(
          ['M', CX - nw - 6, nb - 40, 'L', CX - nw - 10, nb + 6, 'Q', CX, nb + 26, CX + nw + 10, nb + 6],
          ['L', CX + nw + 6, nb - 40, 'Q', CX, nb - 26, CX - nw - 6, nb - 40, 'Z'],
        ),
        '#8a817c',
        { stroke: INK, 'stroke-width': L },
      );
      // quilted vest
      for (const side of [-1, 1]) {
        const vest = pathD(
          ['M', CX + side * (nw + 14), nb + 4, 'Q', CX + side * (sw - 50), nb + 20, CX + side * (sw - 38), nb + 120],
          ['L', CX + side * (sw - 30), H + 6, 'L', CX + side * 8, H + 6, 'L', CX + side * 8, nb + 40, 'Z'],
        );
        d.path(vest, '#7a4a2c', { stroke: INK, 'stroke-width': L });
        let q = '';
        for (let y = nb + 70; y < H; y += 52)
          q += p('M', CX + side * 10, y, 'Q', CX + side * (sw * 0.4), y + 10, CX + side * (sw - 34), y - 2);
        d.line(q, '#5b341d', 2.5, { opacity: 0.8 });
      }
      d.line(p('M', CX - 6, nb + 40, 'L', CX - 6, H), '#c9c1b5', 3);
    },
    hairFront: (d, c) => {
      const G = c.face;
      // knitted cap
      const y0 = G.top + 56;
      d.path(
        p('M', CX - G.w - 14, y0, 'C', CX - G.w - 20, G.top - 60, CX + G.w + 20, G.top - 60, CX + G.w + 14, y0, 'Z'),
        '#a33a35',
        { stroke: INK, 'stroke-width': c.line },
      );
      d.path(bandD(CX, [G.w + 18, y0 - 30, y0 - 44], [G.w + 16, y0 + 8, y0 - 6]), '#8a2d2a', {
        stroke: INK,
        'stroke-width': c.line,
      });
      let rib = '';
      for (let k = -0.9; k <= 0.91; k += 0.15)
        rib += p('M', CX + G.w * k, y0 - 34 + Math.abs(k) * 6, 'L', CX + G.w * k, y0 + 2 - Math.abs(k) * 4);
      d.line(rib, '#6e2220', 2.5, { opacity: 0.7 });
      for (const side of [-1, 1])
        d.path(
          pathD(
            ['M', CX + side * (G.w + 4), y0, 'Q', CX + side * (G.w + 8), G.eyeY - 10, CX + side * (G.w - 2), G.eyeY - 16],
            ['L', CX + side * (G.w - 14), y0 + 4, 'Z'],
          ),
          '#4b4043',
          { stroke: INK, 'stroke-width': c.line * 0.8 },
        );
    },
  });
}
