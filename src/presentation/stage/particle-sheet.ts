// Particle art cut at the sizes it is drawn at: one texture with a frame per size, each in canvas
// pixels (view.ts), so that every particle is drawn pixel for pixel. The Canvas renderer then copies
// each one (unsmoothed) instead of resampling a 64 px texture at a random scale, on each of a few
// hundred draws a frame. A particle picks a frame at random, as it picked a scale.
import type Phaser from 'phaser';
import PhaserRuntime from '../phaser.ts';

/** How many sizes the range is cut into: steps too small to see between neighbours. */
const STEPS = 10;
/** Between frames, so that no frame's edge picks up its neighbour. */
const GAP = 2;

export interface Sheet {
  key: string;
  frames: string[];
}

/**
 * The sheet of `source` (a square texture) at scales from `min` to `max` of its size in design units,
 * turned by `turn` degrees, for a view of this zoom. Made once per texture, range, turn and zoom.
 */
export function particleSheet(
  scene: Phaser.Scene,
  source: string,
  range: { min: number; max: number },
  turn: number,
  zoom: number,
): Sheet {
  const image = scene.textures.get(source).getSourceImage() as HTMLCanvasElement | HTMLImageElement;
  const key = `${source}@${range.min}-${range.max}/${turn}/${zoom.toFixed(4)}`;
  const sides = Array.from({ length: STEPS }, (_, i) => {
    const scale = range.min + ((range.max - range.min) * i) / (STEPS - 1);
    return Math.max(1, Math.round(image.width * scale * zoom));
  });
  const frames = sides.map((_, i) => `s${i}`);
  if (scene.textures.exists(key)) return { key, frames };
  // A turned square needs a larger box: its diagonal's extent at that angle.
  const radians = (turn * Math.PI) / 180;
  const spread = Math.abs(Math.cos(radians)) + Math.abs(Math.sin(radians));
  const boxes = sides.map((side) => Math.ceil(side * spread));
  const width = boxes.reduce((sum, box) => sum + box + GAP, 0);
  const texture = scene.textures.createCanvas(key, width, Math.max(...boxes));
  if (!texture) return { key, frames };
  const ctx = texture.context;
  ctx.imageSmoothingQuality = 'high';
  let x = 0;
  sides.forEach((side, i) => {
    const box = boxes[i] ?? side;
    ctx.save();
    ctx.translate(x + box / 2, box / 2);
    ctx.rotate(radians);
    ctx.drawImage(image, -side / 2, -side / 2, side, side);
    ctx.restore();
    texture.add(`s${i}`, 0, x, 0, box, box);
    x += box + GAP;
  });
  texture.refresh();
  texture.setFilter(PhaserRuntime.Textures.FilterMode.NEAREST);
  return { key, frames };
}
