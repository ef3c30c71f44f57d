// The title screen, 1920x1080: night sky, the balloon over the prison wall.

import { drawBalloon } from './balloon.ts';
import { glow } from './light.ts';
import { nightSky, prisonWall } from './night.ts';
import { BH, BW, calm, paint, vignette } from './scenery.ts';
import { Doc, makeRng, p } from './svg.ts';
import { cumulus } from './weather.ts';

export function title(): string {
  const d = new Doc(BW, BH, 't');
  const r = makeRng('room7:title');
  nightSky(d, r, 1620, 170, 110);
  cumulus(d, r, 900, 640, 1100, 90, '#2a2c62', '#3c3c78', 0.6, 8);
  // the balloon, small and high, its glow on the clouds
  glow(d, 1290, 330, 260, '#ffcf7a', 0.35);
  d.open({ transform: 'translate(1236 250) scale(.27)' });
  drawBalloon(d, makeRng('room7:balloon'), true);
  d.close();
  // the roofs and the wall below
  d.path(
    `${p('M', 0, 760, 'H', 260, 'V', 720, 'H', 640, 'V', 770, 'H', 1100, 'V', 700, 'H', 1400, 'V', 760, 'H', BW, 'V', 860, 'H', 0)}Z`,
    '#141830',
  );
  prisonWall(d, r, 820, true);
  // darker on the left, where the title and the menu sit
  d.rect(
    0,
    0,
    BW,
    BH,
    d.lin(
      [
        [0, '#050814', 0.82],
        [0.42, '#050814', 0.5],
        [0.62, '#050814', 0],
        [1, '#050814', 0],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  paint(d, 151, 0.7);
  calm(d, '#02030a', 0.4, 0.75);
  vignette(d, 0.5, '#02030a');
  return d.toString();
}
