// The living layer: snow, dust in light, embers, the balloon's glow, rain. Off with reduced motion.
import type Phaser from 'phaser';
import type { Particles } from '../../engine/index.ts';
import { textureKey } from '../assets.ts';
import type { Layout } from '../layout.ts';
import { viewOf } from '../view.ts';
import { drawPixelExact, particleSheet } from './particle-sheet.ts';
import { StageLayer } from './stage-layer.ts';

type EmitterConfig = Phaser.Types.GameObjects.Particles.ParticleEmitterConfig;
type Kind = Exclude<Particles, 'none'>;
type Range = { min: number; max: number };

/** A place on the view: a fraction of its width (or height), plus pixels. */
type At = readonly [fraction: number, px: number];

interface Look {
  /** The particle's art (assets/art/particles/). */
  art: string;
  /** Where particles start: one place, or a range between two. */
  x: readonly At[];
  y: readonly At[];
  speedX: number | Range;
  speedY: number | Range;
  /** A size for each particle (drawn from frames cut at its sizes), or a size that changes over its life. */
  scale: Range | { start: number; end: number };
  /** Degrees the art is turned (rain slants). */
  turn?: number;
  alpha: Range | { start: number; end: number; ease?: string };
  /** How long a particle lives, in ms; 'crossing': as long as the slowest takes to fall the view's height. */
  lifespan: number | 'crossing';
  /** One particle every this many ms. */
  frequency: number;
  blendMode?: 'ADD';
  /** Drop a particle once it has left the view (see dropOutOfView). */
  dropsOut?: true;
  /** How much of a life to run before the first frame, so the sky starts full (ms). */
  fill: number;
}

const LOOKS: Record<Kind, Look> = {
  snow: {
    art: 'snow',
    x: [
      [0, -100],
      [1, 100],
    ],
    y: [[0, -40]],
    speedX: { min: -25, max: 25 },
    speedY: { min: 40, max: 110 },
    scale: { min: 0.25, max: 0.8 },
    alpha: { min: 0.5, max: 0.95 },
    lifespan: 'crossing',
    frequency: 60,
    dropsOut: true,
    fill: 8000,
  },
  rain: {
    art: 'rain',
    x: [
      [0, 0],
      [1, 200],
    ],
    y: [[0, -60]],
    speedX: -160,
    speedY: { min: 900, max: 1200 },
    scale: { min: 0.5, max: 1 },
    turn: 10,
    alpha: { min: 0.3, max: 0.6 },
    lifespan: 1600,
    frequency: 12,
    fill: 1500,
  },
  dust: {
    art: 'dust',
    x: [
      [0.2, 0],
      [0.8, 0],
    ],
    y: [
      [0, 0],
      [0.7, 0],
    ],
    speedX: { min: -8, max: 8 },
    speedY: { min: -6, max: 10 },
    scale: { min: 0.1, max: 0.35 },
    alpha: { start: 0, end: 0.7, ease: 'Sine.easeInOut' },
    lifespan: 9000,
    frequency: 180,
    blendMode: 'ADD',
    fill: 8000,
  },
  embers: {
    // The art is named in the singular (assets/art/particles/ember.svg).
    art: 'ember',
    x: [
      [0, 0],
      [1, 0],
    ],
    y: [[1, 20]],
    speedX: { min: -40, max: 40 },
    speedY: { min: -160, max: -60 },
    scale: { start: 0.6, end: 0.1 },
    alpha: { start: 1, end: 0 },
    lifespan: 5000,
    frequency: 70,
    blendMode: 'ADD',
    dropsOut: true,
    fill: 8000,
  },
  glow: {
    art: 'glow',
    x: [
      [0.1, 0],
      [0.9, 0],
    ],
    y: [
      [0.1, 0],
      [0.6, 0],
    ],
    speedX: 0,
    speedY: { min: -12, max: -4 },
    scale: { start: 0.4, end: 1.2 },
    alpha: { start: 0, end: 0.5, ease: 'Sine.easeInOut' },
    lifespan: 7000,
    frequency: 400,
    blendMode: 'ADD',
    fill: 8000,
  },
};

const OUT_OF_VIEW = 120;

/**
 * Drops a particle once it has fallen (or risen) out of view, not only at the end of its lifespan:
 * a lifespan long enough for the slowest flake to cross the screen kept the fast ones alive, and
 * drawn, below it: about 40% of the snow. Each frame draws only what can be seen.
 */
function dropOutOfView({ width, height }: Layout, margin = OUT_OF_VIEW): EmitterConfig['deathZone'] {
  const inView = { contains: (x: number, y: number) => x > -margin && x < width + margin && y > -margin && y < height + margin };
  return { type: 'onLeave', source: inView };
}

const place = (at: readonly At[], size: number) => {
  const [from, to] = at.map(([fraction, px]) => fraction * size + px);
  return to === undefined ? (from ?? 0) : { min: from ?? 0, max: to };
};

/** A look's emitter for this layout; `sized`: the particles are drawn from frames cut at their sizes. */
function configFor(look: Look, layout: Layout, sized: { frames: string[]; zoom: number } | null): EmitterConfig {
  const { width, height } = layout;
  const slowest = typeof look.speedY === 'number' ? look.speedY : look.speedY.min;
  return {
    x: place(look.x, width),
    y: place(look.y, height),
    speedX: look.speedX,
    speedY: look.speedY,
    alpha: look.alpha,
    lifespan: look.lifespan === 'crossing' ? (height / Math.abs(slowest)) * 1000 : look.lifespan,
    frequency: look.frequency,
    ...(look.blendMode ? { blendMode: look.blendMode } : {}),
    ...(look.dropsOut ? { deathZone: dropOutOfView(layout) } : {}),
    // Cut frames are in canvas pixels: one design unit is 1 / zoom of them.
    ...(sized ? { frame: sized.frames, scale: 1 / sized.zoom } : { scale: look.scale, rotate: look.turn ?? 0 }),
  };
}

export class ParticleLayer extends StageLayer {
  private emitter: Phaser.GameObjects.Particles.ParticleEmitter | null = null;

  async set(kind: Particles): Promise<void> {
    this.emitter?.destroy();
    this.emitter = null;
    if (kind === 'none' || this.reducedMotion()) return;
    const look = LOOKS[kind];
    await this.textures.ensure(this.scene, [this.textures.wantParticle(look.art)]);
    if (this.layer.isDestroyed) return; // the scene was rebuilt while the art loaded
    const art = textureKey.particle(look.art);
    if (!this.textures.has(this.scene, art)) return;
    const { zoom } = viewOf(this.scene);
    const range = 'min' in look.scale ? look.scale : null;
    const sheet = range ? particleSheet(this.scene, art, range, look.turn ?? 0, zoom) : null;
    const config = configFor(look, this.layout, sheet ? { frames: sheet.frames, zoom } : null);
    this.emitter = this.scene.add.particles(0, 0, sheet?.key ?? art, config);
    if (sheet) drawPixelExact(this.scene, this.emitter);
    // Start with the sky already full, not empty.
    this.emitter.fastForward(look.fill);
    this.layer.add(this.emitter);
  }
}
