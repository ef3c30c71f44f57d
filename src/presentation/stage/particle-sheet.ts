// Particle art cut at the sizes it is drawn at: one texture with a frame per size, each in canvas
// pixels (view.ts), so that every particle is drawn pixel for pixel. The Canvas renderer then copies
// each one (unsmoothed) instead of resampling a 64 px texture at a random scale, on each of a few
// hundred draws a frame. A particle picks a frame at random, as it picked a scale. Each size is also
// drawn at ALPHA_LEVELS alphas, one row each, so that a particle's alpha is a choice of row, not a
// canvas state: drawing every flake with its own globalAlpha cost about 0.9 ms a frame of the snow's
// 5 (npm run bench -- --only frame, 4.8-5.1 ms with it, 4.0 without).
import type Phaser from 'phaser';
import PhaserRuntime from '../phaser.ts';

type Emitter = Phaser.GameObjects.Particles.ParticleEmitter;
type Matrix = Phaser.GameObjects.Components.TransformMatrix;
/** What the drawing reads of a camera (Phaser's typings leave out `matrix`, which its own renderers read). */
type Camera = Phaser.Cameras.Scene2D.Camera & { matrix: Matrix };
type CanvasDraw = (renderer: Phaser.Renderer.Canvas.CanvasRenderer, emitter: Emitter, camera: Camera, parent?: Matrix) => void;

/** How many sizes the range is cut into: steps too small to see between neighbours. */
const STEPS = 10;
/** Between frames, so that no frame's edge picks up its neighbour. */
const GAP = 2;
/** Rows of alpha, from 0 to 1: steps of 1/15, too small to see on a particle a few pixels wide. */
export const ALPHA_LEVELS = 16;

/** The frame of size `size` at alpha level `level` (the top level, alpha 1, is the frame particles pick). */
const frameName = (size: number, level: number) => (level === ALPHA_LEVELS - 1 ? `s${size}` : `s${size}@${level}`);

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
  const rowHeight = Math.max(...boxes) + GAP;
  const texture = scene.textures.createCanvas(key, width, rowHeight * (ALPHA_LEVELS - 1));
  if (!texture) return { key, frames };
  const ctx = texture.context;
  ctx.imageSmoothingQuality = 'high';
  for (let level = 1; level < ALPHA_LEVELS; level++) {
    const top = (level - 1) * rowHeight;
    ctx.globalAlpha = level / (ALPHA_LEVELS - 1);
    let x = 0;
    sides.forEach((side, i) => {
      const box = boxes[i] ?? side;
      ctx.save();
      ctx.translate(x + box / 2, top + box / 2);
      ctx.rotate(radians);
      ctx.drawImage(image, -side / 2, -side / 2, side, side);
      ctx.restore();
      texture.add(frameName(i, level), 0, x, top, box, box);
      x += box + GAP;
    });
  }
  texture.refresh();
  texture.setFilter(PhaserRuntime.Textures.FilterMode.NEAREST);
  return { key, frames };
}

type Box = { x: number; y: number; width: number; height: number };
/** Each frame's place at every alpha level, found once per frame. */
const rows = new WeakMap<Phaser.Textures.Frame, Box[]>();

function rowOf(frame: Phaser.Textures.Frame, level: number): Box {
  let levels = rows.get(frame);
  if (!levels) {
    const size = frame.name.slice(1);
    // Level 0 draws nothing, and has no frame.
    levels = Array.from({ length: ALPHA_LEVELS }, (_, k) =>
      k === 0 ? { x: 0, y: 0, width: 0, height: 0 } : (frame.texture.get(frameName(Number(size), k)).canvasData as Box),
    );
    rows.set(frame, levels);
  }
  return levels[level] as Box;
}

const toCanvas = new PhaserRuntime.GameObjects.Components.TransformMatrix();
const emitterMatrix = new PhaserRuntime.GameObjects.Components.TransformMatrix();

/**
 * With the Canvas renderer, an emitter of sheet particles draws each as a copy of its frame at a whole
 * canvas pixel, its alpha a row of the sheet: one call into the canvas per particle, where Phaser's own renderer
 * builds a transform for each and saves and restores the context around it (six; measured: 0.7 ms
 * a frame for the snow's 170 flakes, 0.4 this way). Anything else (a turned or scaled view, a
 * particle not drawn at one canvas pixel per frame pixel) is left to Phaser's renderer.
 */
export function drawPixelExact(scene: Phaser.Scene, emitter: Emitter): void {
  if (scene.sys.game.renderer.type !== PhaserRuntime.CANVAS) return;
  const phaserDraw = (emitter as unknown as { renderCanvas: CanvasDraw }).renderCanvas;
  const draw: CanvasDraw = (renderer, _emitter, camera, parent) => {
    const particles = (emitter as unknown as { alive: Phaser.GameObjects.Particles.Particle[] }).alive;
    const alpha = emitter.alpha * camera.alpha;
    const m = toCanvas.copyWithScrollFactorFrom(
      camera.matrix,
      camera.scrollX,
      camera.scrollY,
      emitter.scrollFactorX,
      emitter.scrollFactorY,
    );
    if (parent) m.multiply(parent);
    m.multiply(emitterMatrix.applyITRS(emitter.x, emitter.y, emitter.rotation, emitter.scaleX, emitter.scaleY));
    const scale = particles[0]?.scaleX ?? 1;
    if (m.b !== 0 || m.c !== 0 || Math.abs(m.a * scale - 1) > 1e-6 || Math.abs(m.d * scale - 1) > 1e-6) {
      phaserDraw(renderer, emitter, camera, parent);
      return;
    }
    camera.addToRenderList(emitter);
    if (!emitter.visible || particles.length === 0 || alpha <= 0) return;
    const ctx = renderer.currentContext;
    const image = emitter.texture.getSourceImage() as CanvasImageSource;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalCompositeOperation =
      (renderer.blendModes as GlobalCompositeOperation[])[emitter.blendMode as number] ?? 'source-over';
    ctx.imageSmoothingEnabled = false;
    ctx.globalAlpha = 1;
    for (const p of particles) {
      const level = Math.round(p.alpha * alpha * (ALPHA_LEVELS - 1));
      if (level <= 0) continue;
      const { x, y, width, height } = rowOf(p.frame, level);
      const left = Math.round(m.a * p.x + m.e - width / 2);
      const top = Math.round(m.d * p.y + m.f - height / 2);
      ctx.drawImage(image, x, y, width, height, left, top, width, height);
    }
    ctx.restore();
  };
  (emitter as unknown as { renderCanvas: CanvasDraw }).renderCanvas = draw;
}
