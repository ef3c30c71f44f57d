// The living layer: snow, dust in light, embers, the balloon's glow, rain. Off with reduced motion.
import type Phaser from 'phaser';
import type { Particles } from '../../engine/index.ts';
import { textureKey } from '../assets.ts';
import type { Layout } from '../layout.ts';
import { viewOf } from '../view.ts';
import { type At, LOOKS, type Look } from './particle-looks.ts';
import { drawPixelExact, particleSheet } from './particle-sheet.ts';
import { StageLayer } from './stage-layer.ts';

type EmitterConfig = Phaser.Types.GameObjects.Particles.ParticleEmitterConfig;

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
