// What a background is: a Scene draws on a 1920x1080 Doc with its own seeded randomness (make renders
// one); each chapter has a palette (palettes.json), listed in assets/art/CREDITS.md.
import palettes from './palettes.json' with { type: 'json' };
import { BH, BW } from './scenery.ts';
import { Doc, makeRng, type Rng } from './svg.ts';

/** Each chapter's palette, by name (the data in palettes.json). */
export const PALETTES: Record<string, { name: string; colors: string[] }> = palettes;

export type Scene = (d: Doc, r: Rng) => void;

export function make(id: string, scene: Scene): string {
  const d = new Doc(BW, BH, 'b');
  const r = makeRng(`room7:${id}`);
  scene(d, r);
  return d.toString();
}
