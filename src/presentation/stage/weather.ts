// Which backgrounds are indoors: there, the weather outside (snow, rain) is not drawn, whatever the
// story's particles tag says (a scene inside Ye-sung's home keeps its stillness while it snows in
// the street). A table, not logic: every background of the art manifest is in one of the two sets
// (tests/unit/story-staging.test.ts holds that), so a new painting needs a decision here.
import type { Particles } from '../../engine/index.ts';

export const INDOOR_BACKGROUNDS: ReadonlySet<string> = new Set([
  'training_court',
  'interrogation',
  'cell_day',
  'cell_night',
  'chapel',
  'warden_office',
  'infirmary',
  'courtroom_1997',
  'corridor',
  'home',
]);

export const OUTDOOR_BACKGROUNDS: ReadonlySet<string> = new Set([
  'market',
  'icy_street',
  'prison_yard',
  'prison_wall_night',
  'sky',
]);

/** Particles that are weather: they fall outside, not in a room. */
const WEATHER: ReadonlySet<Particles> = new Set<Particles>(['snow', 'rain']);

/** The particles drawn over this background: weather only outdoors (an unknown background counts as outdoors). */
export function particlesFor(background: string | null, particles: Particles): Particles {
  return background !== null && INDOOR_BACKGROUNDS.has(background) && WEATHER.has(particles) ? 'none' : particles;
}
