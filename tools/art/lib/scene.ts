// What a background is: a Scene draws on a 1920x1080 Doc with its own seeded randomness (make renders
// one); each chapter has a palette, listed in assets/art/CREDITS.md.
import { BH, BW } from './scenery.ts';
import { Doc, makeRng, type Rng } from './svg.ts';

export const PALETTES: Record<string, { name: string; colors: string[] }> = {
  court2013: {
    name: 'Training court, 2013 (prologue, chapter 6): wood-brown',
    colors: ['#2a1810', '#5a3722', '#8a5a36', '#c08a55', '#f0d7b0', '#dfe6e8'],
  },
  winter: {
    name: 'Winter market, 1997 (chapter 1): blue',
    colors: ['#0f1a33', '#1f3358', '#3d5f8c', '#8fb0cf', '#e9f1f8', '#ffcf7a'],
  },
  prison: {
    name: 'Prison (chapters 2 to 4): grey-green',
    colors: ['#1b2422', '#34423d', '#56665e', '#8c9a90', '#cfd6cc', '#f1e2b4'],
  },
  chapel: {
    name: 'Chapel and concert (chapters 3, 5): amber',
    colors: ['#2a1406', '#6b3a14', '#b06a26', '#e0a050', '#ffd58c', '#fff0cf'],
  },
  night: {
    name: 'Night sky and balloon (chapter 5, title): deep blue and violet',
    colors: ['#070d22', '#142050', '#2e3470', '#5a4a86', '#f4c46a', '#fff3d6'],
  },
  court1997: {
    name: 'Courtroom, 1997 (chapter 4): dark wood and olive',
    colors: ['#1d140d', '#3e2a1a', '#6a4a2c', '#6f6a4a', '#b79a6a', '#e8dcc0'],
  },
  dawn: {
    name: 'The closing sky (chapter 6): dawn rose and gold',
    colors: ['#2c4474', '#6f7fb0', '#d7a3a8', '#f5cf9a', '#fff4dc'],
  },
  home: {
    name: 'Home (chapter 1): lamp-lit ochre against the blue night',
    colors: ['#2a1a12', '#6b4a2a', '#c48f52', '#f1cf8e', '#1f3358'],
  },
};

export type Scene = (d: Doc, r: Rng) => void;

export function make(id: string, scene: Scene): string {
  const d = new Doc(BW, BH, 'b');
  const r = makeRng(`room7:${id}`);
  scene(d, r);
  return d.toString();
}
