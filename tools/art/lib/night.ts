// The night outside: a starry sky with a moon and the prison wall, shared by a background and the title.

import { glow, glowE, shaft } from './light.ts';
import { BH, BW, sky } from './scenery.ts';
import { type Doc, p, type Rng } from './svg.ts';
import { barbedWire, wireStrand } from './walls.ts';
import { cumulus, stars } from './weather.ts';

export function nightSky(d: Doc, r: Rng, moonX: number, moonY: number, starCount = 170): void {
  sky(d, [
    [0, '#060b1e'],
    [0.35, '#101a44'],
    [0.62, '#2a2e66'],
    [0.8, '#4a3f78'],
    [1, '#5a4a80'],
  ]);
  stars(d, r, starCount, 0, 0, BW, 640, 7);
  glow(d, moonX, moonY, 260, '#8fa3e6', 0.25);
  glow(d, moonX, moonY, 110, '#f4efd8', 0.35);
  d.circle(moonX, moonY, 46, '#f6f1dc');
  d.circle(moonX + 16, moonY - 10, 40, '#101a44', { opacity: 0.12 });
  d.circle(moonX - 14, moonY + 12, 8, '#e2dcc2', { opacity: 0.6 });
  d.circle(moonX + 10, moonY + 18, 5, '#e2dcc2', { opacity: 0.6 });
  cumulus(d, r, -100, 520, 900, 80, '#2a2c62', '#3c3c78', 0.7, 8);
  cumulus(d, r, 1000, 470, 1100, 90, '#2e2e66', '#45407e', 0.6, 8);
}

export function prisonWall(d: Doc, r: Rng, top: number, withTower: boolean): void {
  // the wall itself: concrete panels, lit from the right by a searchlight
  d.rect(
    0,
    top,
    BW,
    BH - top,
    d.lin([
      [0, '#2a3048'],
      [0.5, '#1c2136'],
      [1, '#0c0f1c'],
    ]),
  );
  let seams = '';
  for (let x = 0; x < BW; x += 200) seams += p('M', x, top, 'V', BH);
  for (let y = top + 130; y < BH; y += 130) seams += p('M', 0, y, 'H', BW);
  d.line(seams, '#0c1020', 3, { opacity: 0.7 });
  d.rect(0, top - 14, BW, 20, '#3a4260');
  // posts leaning inward and three strands of wire, then the coil
  let posts = '';
  for (let x = 40; x < BW + 40; x += 220) posts += p('M', x, top - 10, 'V', top - 110, 'L', x - 34, top - 150);
  d.line(posts, '#0c1020', 9, { 'stroke-linecap': 'round' });
  for (const k of [0, 1, 2]) wireStrand(d, 0, top - 110 - k * 14, BW, top - 110 - k * 14, '#151a2e', 2.5, 40);
  barbedWire(d, r, -20, BW + 20, top - 44, 44, '#151a2e', 3);
  d.rect(
    0,
    top - 90,
    BW,
    90,
    d.lin([
      [0, '#8a96c8', 0],
      [1, '#8a96c8', 0.12],
    ]),
  );
  if (withTower) {
    d.rect(1660, top - 330, 30, 330, '#0c0f1c');
    d.rect(1820, top - 330, 30, 330, '#0c0f1c');
    d.rect(1620, top - 430, 270, 120, '#121628');
    d.rect(1650, top - 410, 210, 50, '#f4d38a', { opacity: 0.85 });
    glowE(d, 1755, top - 385, 200, 80, '#f4d38a', 0.3);
    d.poly([1600, top - 420, 1910, top - 420, 1830, top - 480, 1680, top - 480], '#0c0f1c');
    // the searchlight sweeping the wall
    shaft(d, [1690, top - 370, 1720, top - 350, 900, top + 200, 700, top + 60], '#fff1c8', 0.22, 1700, top - 360, 800, top + 120);
    glowE(d, 860, top + 120, 260, 120, '#fff1c8', 0.15);
  }
}
