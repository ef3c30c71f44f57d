// The yellow backpack icon, 256x256 (no licensed character on it).

import { INK } from './character.ts';
import { lines, type Pt, smooth } from './shapes.ts';
import { Doc, darken, lighten, p, pathD } from './svg.ts';

export function backpackIcon(): string {
  const d = new Doc(256, 256, 'k');
  const y = '#f4c430';
  const yd = '#d9a21a';
  // straps behind
  d.path(
    pathD(
      ['M', 70, 70, 'Q', 40, 120, 52, 200, 'L', 66, 200, 'Q', 58, 130, 84, 80, 'Z'],
      ['M', 186, 70, 'Q', 216, 120, 204, 200, 'L', 190, 200, 'Q', 198, 130, 172, 80, 'Z'],
    ),
    yd,
    { stroke: INK, 'stroke-width': 5 },
  );
  // handle
  d.path(p('M', 104, 52, 'Q', 104, 22, 128, 22, 'Q', 152, 22, 152, 52), 'none', {
    stroke: INK,
    'stroke-width': 14,
    'stroke-linecap': 'round',
  });
  d.path(p('M', 104, 52, 'Q', 104, 22, 128, 22, 'Q', 152, 22, 152, 52), 'none', {
    stroke: yd,
    'stroke-width': 7,
    'stroke-linecap': 'round',
  });
  // body
  const body = pathD(
    ['M', 60, 100, 'Q', 60, 46, 128, 44, 'Q', 196, 46, 196, 100, 'L', 200, 214, 'Q', 200, 234, 178, 236, 'L', 78, 236],
    ['Q', 56, 234, 56, 214, 'Z'],
  );
  d.path(
    body,
    d.lin(
      [
        [0, lighten(y, 0.2)],
        [0.6, y],
        [1, yd],
      ],
      0,
      0,
      1,
      1,
    ),
    { stroke: INK, 'stroke-width': 6 },
  );
  // the flap and its zip
  d.path(p('M', 62, 104, 'Q', 128, 128, 194, 104), 'none', { stroke: INK, 'stroke-width': 5 });
  d.path(p('M', 66, 112, 'Q', 128, 134, 190, 112), 'none', { stroke: '#fff4c0', 'stroke-width': 3, 'stroke-dasharray': '6 6' });
  // front pocket
  d.path(
    pathD(
      ['M', 84, 150, 'Q', 84, 140, 96, 140, 'H', 160, 'Q', 172, 140, 172, 150, 'V', 206, 'Q', 172, 218, 160, 218, 'H', 96],
      ['Q', 84, 218, 84, 206, 'Z'],
    ),
    lighten(y, 0.12),
    { stroke: INK, 'stroke-width': 5 },
  );
  d.line(p('M', 92, 160, 'H', 164), darken(y, 0.3), 3);
  // a little red star charm on the zip pull
  const star: Pt[] = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? 16 : 7;
    const t = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push([128 + Math.cos(t) * rr, 186 + Math.sin(t) * rr]);
  }
  d.line(p('M', 128, 160, 'V', 172), INK, 3);
  d.path(lines(star), '#e0483a', { stroke: INK, 'stroke-width': 3.5 });
  // sheen
  d.path(p('M', 76, 96, 'Q', 80, 64, 112, 56), 'none', {
    stroke: '#ffffff',
    'stroke-width': 7,
    'stroke-linecap': 'round',
    opacity: 0.55,
  });
  d.path(
    smooth(
      [
        [70, 130],
        [74, 190],
        [70, 214],
      ],
      false,
    ),
    'none',
    { stroke: '#ffffff', 'stroke-width': 5, 'stroke-linecap': 'round', opacity: 0.35 },
  );
  return d.toString();
}
