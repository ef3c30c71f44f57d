// Facial hair: stubble and three kinds of moustache.

import { CX, type Draw, INK } from './character.ts';
import { pathD } from './svg.ts';

export function stubble(color: string, opacity = 0.22): Draw {
  return (d, c) => {
    const G = c.face;
    const F = c.f;
    const shape = pathD(
      ['M', CX - G.w + 6, F.noseY + 10, 'C', CX - G.w + 10, G.jawY, CX - G.chinW - 30, G.chinY + 4, CX, G.chinY + 2],
      ['C', CX + G.chinW + 30, G.chinY + 4, CX + G.w - 10, G.jawY, CX + G.w - 6, F.noseY + 10],
      ['C', CX + G.w - 40, F.mouthY - 20, CX + F.mouthW + 30, F.mouthY + 20, CX, F.mouthY + 24],
      ['C', CX - F.mouthW - 30, F.mouthY + 20, CX - G.w + 40, F.mouthY - 20, CX - G.w + 6, F.noseY + 10, 'Z'],
    );
    d.path(shape, color, { opacity });
    d.path(
      pathD(
        ['M', CX - F.mouthW - 14, F.mouthY - 10, 'Q', CX, F.mouthY - 32, CX + F.mouthW + 14, F.mouthY - 10],
        ['Q', CX, F.mouthY - 16, CX - F.mouthW - 14, F.mouthY - 10, 'Z'],
      ),
      color,
      { opacity },
    );
  };
}

export function moustache(color: string, kind: 'thin' | 'full' | 'neat'): Draw {
  return (d, c) => {
    const F = c.f;
    const y = F.mouthY * 0.55 + F.noseY * 0.45 + 2;
    const w = F.mouthW;
    if (kind === 'thin') {
      d.path(
        pathD(
          ['M', CX, y - 4, 'Q', CX - w * 0.8, y - 8, CX - w * 1.15, y + 4, 'Q', CX - w * 0.7, y, CX, y + 2],
          ['Q', CX + w * 0.7, y, CX + w * 1.15, y + 4, 'Q', CX + w * 0.8, y - 8, CX, y - 4, 'Z'],
        ),
        color,
        { stroke: INK, 'stroke-width': c.line * 0.5 },
      );
    } else if (kind === 'neat') {
      d.path(
        pathD(
          ['M', CX, y - 5, 'Q', CX - 6, y - 10, CX - w * 0.6, y - 9, 'Q', CX - w * 1.2, y - 6, CX - w * 1.4, y + 9],
          ['Q', CX - w * 0.8, y + 3, CX, y + 4, 'Q', CX + w * 0.8, y + 3, CX + w * 1.4, y + 9],
          ['Q', CX + w * 1.2, y - 6, CX + w * 0.6, y - 9, 'Q', CX + 6, y - 10, CX, y - 5, 'Z'],
        ),
        color,
        { stroke: INK, 'stroke-width': c.line * 0.6 },
      );
    } else {
      d.path(
        pathD(
          ['M', CX, y - 12, 'Q', CX - w * 1.1, y - 18, CX - w * 1.35, y + 12, 'Q', CX - w * 0.6, y + 4, CX, y + 5],
          ['Q', CX + w * 0.6, y + 4, CX + w * 1.35, y + 12, 'Q', CX + w * 1.1, y - 18, CX, y - 12, 'Z'],
        ),
        color,
        { stroke: INK, 'stroke-width': c.line * 0.6 },
      );
    }
  };
}
