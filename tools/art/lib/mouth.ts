// The mouth of the shared face, one shape per expression's mouth kind.

import { type Char, CX, INK } from './character.ts';
import type { Spec } from './expression.ts';
import { type Doc, p, pathD } from './svg.ts';

export function mouth(d: Doc, c: Char, s: Spec): void {
  const F = c.f;
  const y = F.mouthY;
  const w = F.mouthW;
  const L = c.line;
  const round = { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  const lipShade = c.skin.deep;
  switch (s.mouth) {
    case 'neutral': {
      d.line(p('M', CX - w, y, 'Q', CX, y + F.neutralCurve * 2, CX + w, y), INK, L * 1.2, round);
      d.line(p('M', CX - w * 0.35, y + 13, 'Q', CX, y + 17, CX + w * 0.35, y + 13), lipShade, L * 0.8, {
        ...round,
        opacity: 0.5,
      });
      break;
    }
    case 'open': {
      const mw = w * 1.15;
      const mh = w * 0.95;
      const shape = `${p('M', CX - mw, y - 4, 'Q', CX, y + 6, CX + mw, y - 4, 'C', CX + mw * 0.85, y + mh, CX - mw * 0.85, y + mh, CX - mw, y - 4)}Z`;
      d.path(shape, '#6b2b34');
      const clip = d.clip(`<path d="${shape}"/>`);
      d.open({ 'clip-path': clip });
      d.rect(CX - mw, y - 10, mw * 2, 14 + w * 0.12, '#fbf6ef');
      d.ellipse(CX, y + mh * 0.85, mw * 0.6, mh * 0.42, '#d9777f');
      d.close();
      d.path(shape, 'none', { stroke: INK, 'stroke-width': L * 1.1, 'stroke-linejoin': 'round' });
      d.line(p('M', CX - mw - 4, y - 8, 'q', 2, 4, 5, 5), INK, L * 0.8, round);
      d.line(p('M', CX + mw + 4, y - 8, 'q', -2, 4, -5, 5), INK, L * 0.8, round);
      break;
    }
    case 'smile': {
      d.line(p('M', CX - w * 1.1, y - 5, 'Q', CX, y + w * 0.6, CX + w * 1.1, y - 5), INK, L * 1.25, round);
      d.line(p('M', CX - w * 1.18, y - 10, 'q', -3, 5, 0, 10), INK, L * 0.7, { ...round, opacity: 0.7 });
      d.line(p('M', CX + w * 1.18, y - 10, 'q', 3, 5, 0, 10), INK, L * 0.7, { ...round, opacity: 0.7 });
      d.line(
        p('M', CX - w * 0.35, y + w * 0.45 + 10, 'Q', CX, y + w * 0.45 + 14, CX + w * 0.35, y + w * 0.45 + 10),
        lipShade,
        L * 0.8,
        { ...round, opacity: 0.45 },
      );
      break;
    }
    case 'smirk': {
      d.line(p('M', CX - w, y + 2, 'Q', CX + w * 0.1, y + 8, CX + w * 1.05, y - 9), INK, L * 1.25, round);
      d.line(p('M', CX + w * 1.05, y - 9, 'q', 4, -1, 6, -6), INK, L * 0.8, round);
      break;
    }
    case 'frown': {
      d.line(p('M', CX - w * 0.9, y + 8, 'Q', CX, y - 9, CX + w * 0.9, y + 8), INK, L * 1.2, round);
      d.line(p('M', CX - w * 0.3, y + 17, 'Q', CX, y + 20, CX + w * 0.3, y + 17), lipShade, L * 0.8, { ...round, opacity: 0.5 });
      break;
    }
    case 'wobble': {
      const shape = pathD(
        ['M', CX - w * 0.85, y + 9, 'Q', CX - w * 0.45, y - 7, CX, y - 3, 'Q', CX + w * 0.45, y - 7, CX + w * 0.85, y + 9],
        ['Q', CX, y + 3, CX - w * 0.85, y + 9, 'Z'],
      );
      d.path(shape, '#6b2b34', { stroke: INK, 'stroke-width': L * 1.05, 'stroke-linejoin': 'round' });
      break;
    }
    case 'o': {
      d.ellipse(CX, y + 4, w * 0.36, w * 0.42, '#6b2b34', { stroke: INK, 'stroke-width': L });
      d.ellipse(CX, y + 4 + w * 0.22, w * 0.2, w * 0.13, '#c9646e');
      break;
    }
    case 'grit': {
      const gw = w * 0.95;
      const gh = w * 0.32;
      const shape = pathD(
        ['M', CX - gw, y - gh * 0.6, 'Q', CX, y - gh * 1.1, CX + gw, y - gh * 0.6, 'L', CX + gw * 0.95, y + gh * 0.9],
        ['Q', CX, y + gh * 1.3, CX - gw * 0.95, y + gh * 0.9, 'Z'],
      );
      d.path(shape, '#f6f0e6', { stroke: INK, 'stroke-width': L * 1.1, 'stroke-linejoin': 'round' });
      let teeth = p('M', CX - gw, y + 1, 'L', CX + gw, y + 1);
      for (const k of [-0.5, 0, 0.5]) teeth += p('M', CX + gw * k, y - gh * 0.85, 'L', CX + gw * k, y + gh * 1.05);
      d.line(teeth, INK, L * 0.55, { opacity: 0.7 });
      break;
    }
    case 'flat': {
      d.line(p('M', CX - w * 0.85, y + 4, 'Q', CX, y - 1, CX + w * 0.85, y + 4), INK, L * 1.25, round);
      break;
    }
    case 'firm': {
      d.line(p('M', CX - w * 0.8, y + 3, 'Q', CX, y - 2, CX + w * 0.8, y + 3), INK, L * 1.3, round);
      d.line(p('M', CX - w * 0.3, y + 14, 'Q', CX, y + 17, CX + w * 0.3, y + 14), lipShade, L * 0.8, { ...round, opacity: 0.55 });
      break;
    }
  }
  if (F.lips && (s.mouth === 'neutral' || s.mouth === 'firm' || s.mouth === 'frown' || s.mouth === 'smile')) {
    const ly = s.mouth === 'smile' ? y + w * 0.38 : s.mouth === 'frown' ? y + 2 : y + 3;
    d.path(p('M', CX - w * 0.55, ly, 'Q', CX, ly + 13, CX + w * 0.55, ly, 'Q', CX, ly + 5, CX - w * 0.55, ly, 'Z'), F.lips, {
      opacity: 0.6,
    });
  }
}
