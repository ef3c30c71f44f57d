// bongshik: one character of the cast as data, over the shared builders in tools/art/lib/.

import { adultBuild, adultFace, type Char, CX, INK, mk, SKIN } from '../lib/character.ts';
import { prisonUniform } from '../lib/clothes.ts';
import { hairFill, sheen } from '../lib/hair.ts';
import { lines, type Pt } from '../lib/shapes.ts';
import { n, p } from '../lib/svg.ts';

/** Shin Bong-shik: the youngest, wiry, spiky hair, ears that stick out. */
export function bongshik(): Char {
  const face = adultFace({ top: 186, eyeY: 340, w: 104, jw: 86, jawY: 440, chinY: 486, chinW: 24 });
  return mk({
    id: 'bongshik',
    label: 'Shin Bong-shik',
    scale: 0.97,
    skin: SKIN.warm,
    face,
    build: adultBuild({ neckW: 38, shoulderW: 196 }),
    f: {
      eyeX: 44,
      eyeA: 17,
      eyeUp: 11,
      eyeLo: 8,
      iris: 11,
      browT: 8,
      browLen: 44,
      browGap: 16,
      browArch: 6,
      mouthW: 26,
      nose: 'adult',
      noseY: 390,
      neutralCurve: 1.5,
    },
    happy: 'open',
    tense: 'fear',
    body: prisonUniform('2815'),
    hairFront: (d, c) => {
      const G = c.face;
      const base = G.top + 40;
      const spikes: Pt[] = [[CX - G.w - 8, G.eyeY - 24]];
      const k = 9;
      for (let i = 0; i <= k; i++) {
        const t = Math.PI - (Math.PI * i) / k;
        const rIn = 1;
        const rOut = 1.38;
        const cy = G.eyeY - 30;
        const rx = G.w + 8;
        const ry = cy - G.top + 20;
        spikes.push([CX + Math.cos(t) * rx * rIn, cy - Math.sin(t) * ry * rIn]);
        if (i < k) {
          const tm = t - Math.PI / k / 2;
          spikes.push([CX + Math.cos(tm) * rx * (rOut - 0.18), cy - Math.sin(tm) * ry * rOut]);
        }
      }
      spikes.push([CX + G.w + 8, G.eyeY - 24]);
      spikes.push(
        [CX + G.w - 8, base + 20],
        [CX + G.w * 0.55, base + 24],
        [CX + G.w * 0.4, base - 4],
        [CX + G.w * 0.15, base + 30],
        [CX - G.w * 0.05, base],
        [CX - G.w * 0.3, base + 32],
        [CX - G.w * 0.45, base + 2],
        [CX - G.w * 0.7, base + 24],
        [CX - G.w + 8, base + 20],
      );
      d.path(lines(spikes), hairFill(d, c, '#2a2022'), { stroke: INK, 'stroke-width': c.line, 'stroke-linejoin': 'round' });
      sheen(d, c, '#9a8fa0', G.top - 10, 0.5);
    },
    over: (d, c) => {
      // a plaster on the cheek
      const x = CX - c.f.eyeX - 14;
      const y = c.face.eyeY + 52;
      d.open({ transform: `rotate(-18 ${n(x)} ${n(y)})` });
      d.rect(x - 18, y - 8, 36, 16, '#f1dcc0', { rx: 5, stroke: INK, 'stroke-width': 2 });
      d.line(p('M', x - 5, y - 8, 'L', x - 5, y + 8, 'M', x + 5, y - 8, 'L', x + 5, y + 8), '#c9ad8e', 2);
      d.close();
    },
  });
}
