// The fifteen backgrounds, 1920x1080, one file per scene in this folder. Each is a few layers of
// silhouettes over painted gradients, in the palette of its chapter. The bottom ~28% (the text box)
// is kept calm and dark.
import { make, type Scene } from '../lib/scene.ts';
import { room7 } from './cell.ts';
import { chapel } from './chapel.ts';
import { corridor } from './corridor.ts';
import { courtroom1997 } from './courtroom_1997.ts';
import { home } from './home.ts';
import { icyStreet } from './icy_street.ts';
import { infirmary } from './infirmary.ts';
import { interrogation } from './interrogation.ts';
import { market } from './market.ts';
import { prisonWallNight } from './prison_wall_night.ts';
import { prisonYard } from './prison_yard.ts';
import { skyVision } from './sky.ts';
import { trainingCourt } from './training_court.ts';
import { wardenOffice } from './warden_office.ts';

export const BACKGROUNDS: Record<string, Scene> = {
  training_court: trainingCourt,
  market,
  icy_street: icyStreet,
  interrogation,
  cell_day: room7(false),
  cell_night: room7(true),
  prison_yard: prisonYard,
  chapel,
  warden_office: wardenOffice,
  infirmary,
  courtroom_1997: courtroom1997,
  prison_wall_night: prisonWallNight,
  corridor,
  sky: skyVision,
  home,
};

export function background(id: string): string {
  const scene = BACKGROUNDS[id];
  if (!scene) throw new Error(`no background ${id}`);
  return make(id, scene);
}
