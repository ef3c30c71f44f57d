// prison_wall_night: the prison wall at night.

import { glowE, shaft } from '../lib/light.ts';
import { nightSky, prisonWall } from '../lib/night.ts';
import { BW, calm, paint, vignette } from '../lib/scenery.ts';
import { type Doc, p, polyD, type Rng } from '../lib/svg.ts';

export function prisonWallNight(d: Doc, r: Rng): void {
  nightSky(d, r, 420, 210);
  // roofs of the blocks beyond, darker than the sky
  d.path(
    `${p('M', 0, 600, 'H', 300, 'V', 560, 'H', 640, 'V', 610, 'H', 1100, 'V', 540, 'H', 1400, 'V', 600, 'H', BW, 'V', 700, 'H', 0)}Z`,
    '#181c36',
  );
  // the town beyond the wall: a few warm windows still lit
  let win = '';
  for (let i = 0; i < 16; i++) {
    const x = r.range(20, 1880);
    const top = x < 300 ? 600 : x < 640 ? 560 : x < 1100 ? 610 : x < 1400 ? 540 : 600;
    const y = top + r.range(14, 36);
    win += polyD([x, y, x + 14, y, x + 14, y + 18, x, y + 18]);
  }
  d.path(win, '#ffd58c', { opacity: 0.75 });
  glowE(d, 960, 620, 900, 90, '#ffb870', 0.12);
  // a second searchlight, raking the sky
  shaft(d, [1700, 300, 1730, 310, 1150, -40, 1010, -40], '#dfe6ff', 0.12, 1710, 300, 1100, -40);
  prisonWall(d, r, 650, true);
  paint(d, 111, 0.8);
  calm(d, '#04060e', 0.6);
  vignette(d, 0.5, '#02030a');
}
