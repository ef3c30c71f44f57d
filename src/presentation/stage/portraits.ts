// The portrait layer: characters enter, change expression, move and leave.
import type Phaser from 'phaser';
import type { Expression, Portrait, Position } from '../../engine/index.ts';
import { type TextureLoader, textureKey } from '../assets.ts';
import type { Layout } from '../layout.ts';

const ENTER_MS = 350;

export class PortraitLayer {
  private readonly shown = new Map<string, Phaser.GameObjects.Image>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
    private readonly textures: TextureLoader,
    private readonly layout: Layout,
    private readonly reducedMotion: () => boolean,
  ) {}

  async show(who: string, expression: Expression, position: Position, animate = true): Promise<void> {
    await this.textures.ensure(this.scene, [this.textures.wantPortrait(who, expression)]);
    if (this.layer.isDestroyed) return; // the scene was rebuilt while the art loaded
    const key = textureKey.portrait(who, expression);
    if (!this.textures.has(this.scene, key)) return; // missing art: the line still plays
    const x = this.layout.slotX[position];
    const y = this.layout.portraitBaseline;
    const existing = this.shown.get(who);
    const motion = animate && !this.reducedMotion();
    if (existing) {
      existing.setTexture(key);
      this.fit(existing);
      if (motion) this.scene.tweens.add({ targets: existing, x, duration: ENTER_MS, ease: 'Sine.easeOut' });
      else existing.setX(x);
      return;
    }
    const image = this.scene.add.image(x, y, key).setOrigin(0.5, 1);
    this.fit(image);
    this.layer.add(image);
    this.shown.set(who, image);
    if (motion) {
      image.setAlpha(0).setY(y + 24);
      this.scene.tweens.add({ targets: image, alpha: 1, y, duration: ENTER_MS, ease: 'Sine.easeOut' });
    }
  }

  hide(who: string): void {
    const targets = who === 'all' ? [...this.shown.keys()] : [who];
    for (const name of targets) {
      const image = this.shown.get(name);
      if (!image) continue;
      this.shown.delete(name);
      if (this.reducedMotion()) image.destroy();
      else this.scene.tweens.add({ targets: image, alpha: 0, duration: ENTER_MS, onComplete: () => image.destroy() });
    }
  }

  async restore(portraits: readonly Portrait[]): Promise<void> {
    for (const p of portraits) await this.show(p.who, p.expression, p.position, false);
  }

  private fit(image: Phaser.GameObjects.Image): void {
    image.setScale(this.layout.portraitHeight / image.height);
  }
}
