// What every drawn layer of the stage (background, particles, portraits) works with: its scene, its
// own container, the art loader, the layout and the reduced-motion setting.
import type Phaser from 'phaser';
import type { TextureLoader } from '../assets.ts';
import type { Layout } from '../layout.ts';

export interface LayerContext {
  scene: Phaser.Scene;
  /** The layer's own container, stacked by the stage. */
  layer: Phaser.GameObjects.Container;
  textures: TextureLoader;
  layout: Layout;
  reducedMotion: () => boolean;
}

export abstract class StageLayer {
  protected readonly scene: Phaser.Scene;
  protected readonly layer: Phaser.GameObjects.Container;
  protected readonly textures: TextureLoader;
  protected readonly layout: Layout;
  protected readonly reducedMotion: () => boolean;

  constructor(context: LayerContext) {
    this.scene = context.scene;
    this.layer = context.layer;
    this.textures = context.textures;
    this.layout = context.layout;
    this.reducedMotion = context.reducedMotion;
  }
}
