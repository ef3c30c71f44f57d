// Things worn on the head: a peaked cap with a badge, glasses.

import { CX, type Draw, INK } from './character.ts';
import { bandD } from './shapes.ts';
import { darken, lighten, p, pathD } from './svg.ts';

export function cap(color: string, badge: string, peak: string): Draw {
  return (d, c) => {
    const G = c.face;
    const L = c.line;
    const y0 = G.top + 58;
    // crown
    d.path(
      pathD(
        ['M', CX - G.w - 18, y0, 'C', CX - G.w - 30, G.top - 40, CX - 60, G.top - 70, CX, G.top - 72],
        ['C', CX + 60, G.top - 70, CX + G.w + 30, G.top - 40, CX + G.w + 18, y0, 'Z'],
      ),
      d.linU(
        [
          [0, lighten(color, 0.15)],
          [1, darken(color, 0.2)],
        ],
        0,
        G.top - 70,
        0,
        y0,
      ),
      { stroke: INK, 'stroke-width': L },
    );
    // band
    d.path(bandD(CX, [G.w + 16, y0 - 26, y0 - 38], [G.w + 18, y0, y0 - 10]), darken(color, 0.35), {
      stroke: INK,
      'stroke-width': L,
    });
    // peak
    d.path(
      pathD(
        ['M', CX - G.w - 10, y0 - 4, 'Q', CX, y0 - 16, CX + G.w + 10, y0 - 4, 'Q', CX + G.w * 0.6, y0 + 34, CX, y0 + 36],
        ['Q', CX - G.w * 0.6, y0 + 34, CX - G.w - 10, y0 - 4, 'Z'],
      ),
      peak,
      { stroke: INK, 'stroke-width': L },
    );
    d.line(p('M', CX - G.w * 0.6, y0 + 10, 'Q', CX, y0 + 2, CX + G.w * 0.6, y0 + 10), '#ffffff', 3, {
      opacity: 0.25,
      'stroke-linecap': 'round',
    });
    // badge
    d.path(
      pathD(
        ['M', CX, G.top - 40, 'L', CX + 20, G.top - 26, 'L', CX + 14, G.top + 2, 'L', CX - 14, G.top + 2],
        ['L', CX - 20, G.top - 26, 'Z'],
      ),
      badge,
      { stroke: INK, 'stroke-width': L * 0.7 },
    );
    d.circle(CX, G.top - 19, 7, darken(badge, 0.3));
  };
}

export function glasses(frame: string, shape: 'round' | 'rect', lens = '#dfe9f0'): Draw {
  return (d, c) => {
    const F = c.f;
    const y = c.face.eyeY + 2;
    const r = F.eyeA + 12;
    const L = c.line;
    let dd = '';
    for (const side of [-1, 1]) {
      const x = CX + side * F.eyeX;
      if (shape === 'round') d.circle(x, y, r, lens, { opacity: 0.18 });
      else d.rect(x - r - 3, y - r * 0.72, (r + 3) * 2, r * 1.45, lens, { opacity: 0.18, rx: 8 });
      if (shape === 'round') dd += p('M', x - r, y, 'a', r, r, 0, 1, 0, r * 2, 0, 'a', r, r, 0, 1, 0, -r * 2, 0);
      else
        dd += pathD(
          ['M', x - r - 3, y - r * 0.72 + 8, 'q', 0, -8, 8, -8, 'h', r * 2 - 10, 'q', 8, 0, 8, 8, 'v', r * 1.45 - 16],
          ['q', 0, 8, -8, 8, 'h', -r * 2 + 10, 'q', -8, 0, -8, -8, 'z'],
        );
      d.line(p('M', x + side * (r - 6) - 6, y - r * 0.5, 'l', 10, -6), '#ffffff', 3, { opacity: 0.6, 'stroke-linecap': 'round' });
    }
    dd += p('M', CX - F.eyeX + r, y - 2, 'Q', CX, y - 10, CX + F.eyeX - r, y - 2);
    dd += pathD(
      ['M', CX - F.eyeX - r - 2, y - 4, 'L', CX - c.face.w + 2, y - 10],
      ['M', CX + F.eyeX + r + 2, y - 4, 'L', CX + c.face.w - 2, y - 10],
    );
    d.line(dd, frame, L * 1.1);
  };
}
