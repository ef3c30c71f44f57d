// The living layer: snow, dust in light, embers, the balloon's glow, rain. Off with reduced motion.
import type Phaser from 'phaser';
import type { Particles } from '../../engine/index.ts';
import { textureKey } from '../assets.ts';
import type { Layout } from '../layout.ts';
import { StageLayer } from './stage-layer.ts';

type EmitterConfig = Phaser.Types.GameObjects.Particles.ParticleEmitterConfig;

/**
 * Drops a particle once it has fallen (or risen) out of view, not only at the end of its lifespan:
 * a lifespan long enough for the slowest flake to cross the screen kept the fast ones alive, and
 * drawn, below it: about 40% of the snow. Each frame draws only what can be seen.
 */
function dropOutOfView({ width, height }: Layout, margin = 120): EmitterConfig['deathZone'] {
  const inView = { contains: (x: number, y: number) => x > -margin && x < width + margin && y > -margin && y < height + margin };
  return { type: 'onLeave', source: inView };
}

function configFor(kind: Exclude<Particles, 'none'>, layout: Layout): EmitterConfig {
  const { width, height } = layout;
  switch (kind) {
    case 'snow':
      return {
        x: { min: -100, max: width + 100 },
        y: -40,
        speedY: { min: 40, max: 110 },
        speedX: { min: -25, max: 25 },
        scale: { min: 0.25, max: 0.8 },
        alpha: { min: 0.5, max: 0.95 },
        lifespan: (height / 40) * 1000,
        frequency: 60,
        deathZone: dropOutOfView(layout),
      };
    case 'rain':
      return {
        x: { min: 0, max: width + 200 },
        y: -60,
        speedY: { min: 900, max: 1200 },
        speedX: -160,
        rotate: 10,
        scale: { min: 0.5, max: 1 },
        alpha: { min: 0.3, max: 0.6 },
        lifespan: 1600,
        frequency: 12,
      };
    case 'dust':
      return {
        x: { min: width * 0.2, max: width * 0.8 },
        y: { min: 0, max: height * 0.7 },
        speedX: { min: -8, max: 8 },
        speedY: { min: -6, max: 10 },
        scale: { min: 0.1, max: 0.35 },
        alpha: { start: 0, end: 0.7, ease: 'Sine.easeInOut' },
        lifespan: 9000,
        frequency: 180,
        blendMode: 'ADD',
      };
    case 'embers':
      return {
        x: { min: 0, max: width },
        y: height + 20,
        speedY: { min: -160, max: -60 },
        speedX: { min: -40, max: 40 },
        scale: { start: 0.6, end: 0.1 },
        alpha: { start: 1, end: 0 },
        lifespan: 5000,
        frequency: 70,
        blendMode: 'ADD',
        deathZone: dropOutOfView(layout),
      };
    case 'glow':
      return {
        x: { min: width * 0.1, max: width * 0.9 },
        y: { min: height * 0.1, max: height * 0.6 },
        speedY: { min: -12, max: -4 },
        scale: { start: 0.4, end: 1.2 },
        alpha: { start: 0, end: 0.5, ease: 'Sine.easeInOut' },
        lifespan: 7000,
        frequency: 400,
        blendMode: 'ADD',
      };
  }
}

export class ParticleLayer extends StageLayer {
  private emitter: Phaser.GameObjects.Particles.ParticleEmitter | null = null;

  async set(kind: Particles): Promise<void> {
    this.emitter?.destroy();
    this.emitter = null;
    if (kind === 'none' || this.reducedMotion()) return;
    await this.textures.ensure(this.scene, [this.textures.wantParticle(kind)]);
    if (this.layer.isDestroyed) return; // the scene was rebuilt while the art loaded
    const key = textureKey.particle(kind);
    if (!this.textures.has(this.scene, key)) return;
    this.emitter = this.scene.add.particles(0, 0, key, configFor(kind, this.layout));
    // Start with the sky already full, not empty.
    this.emitter.fastForward(kind === 'rain' ? 1500 : 8000);
    this.layer.add(this.emitter);
  }
}
