// The background layer: painted scenes with a cut, a cross-dissolve or a fade through black.
// A background whose art failed to load falls back to a painted gradient, never to nothing.
import type Phaser from 'phaser';
import type { Transition } from '../../engine/index.ts';
import { textureKey } from '../assets.ts';
import { drawnPixelExact, viewOf } from '../view.ts';
import { fitScale } from '../view-size.ts';
import { type LayerContext, StageLayer } from './stage-layer.ts';

const DISSOLVE_MS = 900;
const FADE_MS = 450;

export class BackgroundLayer extends StageLayer {
  private current: Phaser.GameObjects.Image | Phaser.GameObjects.Graphics | null = null;
  private readonly veil: Phaser.GameObjects.Rectangle;

  constructor(context: LayerContext) {
    super(context);
    const { scene, layout, layer } = context;
    this.veil = scene.add.rectangle(0, 0, layout.width, layout.height, 0x000000, 1).setOrigin(0).setAlpha(0);
    layer.add(this.veil);
  }

  /** Shows a background; resolves when the transition has finished. */
  async show(id: string, transition: Transition): Promise<void> {
    await this.textures.ensure(this.scene, [this.textures.wantBackground(id, this.layout)]);
    if (this.layer.isDestroyed) return; // the scene was rebuilt while the art loaded: the new one draws it
    const next = this.make(id);
    const previous = this.current;
    this.current = next;
    const mode = this.reducedMotion() || !previous ? 'cut' : transition;
    if (mode === 'cut') {
      previous?.destroy();
      this.layer.bringToTop(this.veil);
      return;
    }
    if (mode === 'dissolve') {
      next.setAlpha(0);
      await this.tween(next, { alpha: 1 }, DISSOLVE_MS);
      previous?.destroy();
      return;
    }
    next.setVisible(false);
    this.layer.bringToTop(this.veil);
    await this.tween(this.veil, { alpha: 1 }, FADE_MS);
    previous?.destroy();
    next.setVisible(true);
    await this.tween(this.veil, { alpha: 0 }, FADE_MS);
  }

  private make(id: string): Phaser.GameObjects.Image | Phaser.GameObjects.Graphics {
    const { width, height } = this.layout;
    const key = textureKey.background(id);
    let object: Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;
    if (this.textures.has(this.scene, key)) {
      const image = this.scene.add.image(width / 2, height / 2, key);
      // Cover the screen: in portrait the 16:9 painting is cropped at the sides, never stretched.
      const { zoom } = viewOf(this.scene);
      image.setScale(Math.max(fitScale(width, image.width, zoom), fitScale(height, image.height, zoom)));
      drawnPixelExact(image, zoom);
      object = image;
    } else {
      object = this.scene.add.graphics();
      object.fillGradientStyle(0x1b2a44, 0x1b2a44, 0x0b1020, 0x0b1020, 1).fillRect(0, 0, width, height);
    }
    this.layer.add(object);
    this.layer.bringToTop(this.veil);
    return object;
  }

  private tween(target: object, props: Record<string, number>, duration: number): Promise<void> {
    return new Promise((resolve) => {
      this.scene.tweens.add({ targets: target, ...props, duration, ease: 'Sine.easeInOut', onComplete: () => resolve() });
    });
  }
}
