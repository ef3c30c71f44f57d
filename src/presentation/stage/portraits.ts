// The portrait layer: characters enter, change expression, move and leave. Their art fades out at
// its lower edge (no hard line through the translucent text box); with several on stage the
// speaker is lit and the others in shade; while choices show, they all step back.
import type Phaser from 'phaser';
import type { Expression, Portrait, Position } from '../../engine/index.ts';
import { textureKey } from '../assets.ts';
import { drawnPixelExact, viewOf } from '../view.ts';
import { fitScale } from '../view-size.ts';
import { dropShade, fadeLowerEdge, shadeOf } from './portrait-fade.ts';
import { StageLayer } from './stage-layer.ts';

const ENTER_MS = 350;
const SHADE_MS = 200;
/** How much of a portrait is left while choices show (faces stay faint behind the list). */
const STEPPED_BACK = 0.3;

interface Figure {
  image: Phaser.GameObjects.Image;
  /** A darker copy of the art laid over it, shown while another character speaks. */
  shade: Phaser.GameObjects.Image;
}

export class PortraitLayer extends StageLayer {
  private readonly shown = new Map<string, Figure>();
  private lit: string | null = null;
  private back = false;

  /** The ids on stage, in the order they entered. */
  ids(): string[] {
    return [...this.shown.keys()];
  }

  /** Where a portrait stands (its centre), or null. */
  xOf(who: string): number | null {
    return this.shown.get(who)?.image.x ?? null;
  }

  async show(who: string, expression: Expression, position: Position, animate = true): Promise<void> {
    await this.textures.ensure(this.scene, [this.textures.wantPortrait(who, expression, this.layout.portraitHeight)]);
    if (this.layer.isDestroyed) return; // the scene was rebuilt while the art loaded
    const key = textureKey.portrait(who, expression);
    if (!this.textures.has(this.scene, key)) return; // missing art: the line still plays
    fadeLowerEdge(this.scene, key);
    const x = this.layout.slotX[position];
    const y = this.layout.portraitBaseline;
    const existing = this.shown.get(who);
    const motion = animate && !this.reducedMotion();
    const shadeKey = shadeOf(this.scene, key);
    if (existing) {
      const oldShade = existing.shade.texture.key;
      existing.image.setTexture(key);
      existing.shade.setTexture(shadeKey);
      if (oldShade !== shadeKey) this.dropShade(oldShade);
      for (const o of [existing.image, existing.shade]) {
        this.fit(o);
        if (motion) this.scene.tweens.add({ targets: o, x, duration: ENTER_MS, ease: 'Sine.easeOut' });
        else o.setX(x);
      }
      return;
    }
    const image = this.scene.add.image(x, y, key).setOrigin(0.5, 1);
    const shade = this.scene.add.image(x, y, shadeKey).setOrigin(0.5, 1).setAlpha(0);
    this.fit(image);
    this.fit(shade);
    this.layer.add([image, shade]);
    this.shown.set(who, { image, shade });
    const alpha = this.back ? STEPPED_BACK : 1;
    if (motion) {
      image.setAlpha(0).setY(y + 24);
      shade.setY(y + 24);
      this.scene.tweens.add({ targets: [image, shade], y, duration: ENTER_MS, ease: 'Sine.easeOut' });
      this.scene.tweens.add({ targets: image, alpha, duration: ENTER_MS, ease: 'Sine.easeOut' });
    } else image.setAlpha(alpha);
    this.spotlight(this.lit);
  }

  hide(who: string): void {
    const targets = who === 'all' ? [...this.shown.keys()] : [who];
    for (const name of targets) {
      const figure = this.shown.get(name);
      if (!figure) continue;
      this.shown.delete(name);
      const { image, shade } = figure;
      this.scene.tweens.killTweensOf([image, shade]);
      const gone = () => {
        const shadeKey = shade.texture.key;
        image.destroy();
        shade.destroy();
        this.dropShade(shadeKey);
      };
      if (this.reducedMotion()) gone();
      else this.scene.tweens.add({ targets: [image, shade], alpha: 0, duration: ENTER_MS, onComplete: gone });
    }
  }

  /** Lights `who` and puts the others in shade; null lights everyone. */
  spotlight(who: string | null): void {
    this.lit = who;
    const speaker = who === null ? undefined : this.shown.get(who);
    // The speaker steps in front of anyone standing over them.
    if (speaker && !this.layer.isDestroyed) for (const o of [speaker.image, speaker.shade]) this.layer.bringToTop(o);
    for (const [name, { shade }] of this.shown) {
      const alpha = who !== null && name !== who && !this.back ? 1 : 0;
      this.fadeTo(shade, alpha);
    }
  }

  /** While choices show, the portraits step back (fade) so the options read clearly over them. */
  stepBack(back: boolean): void {
    this.back = back;
    for (const { image } of this.shown.values()) this.fadeTo(image, back ? STEPPED_BACK : 1);
    this.spotlight(this.lit);
  }

  async restore(portraits: readonly Portrait[]): Promise<void> {
    for (const p of portraits) await this.show(p.who, p.expression, p.position, false);
  }

  private dropShade(shadeKey: string): void {
    dropShade(this.scene, shadeKey, (k) => [...this.shown.values()].some((f) => f.shade.active && f.shade.texture.key === k));
  }

  private fadeTo(target: Phaser.GameObjects.Image, alpha: number): void {
    if (target.alpha === alpha) return;
    if (this.reducedMotion()) target.setAlpha(alpha);
    else this.scene.tweens.add({ targets: target, alpha, duration: SHADE_MS });
  }

  /** As tall as the layout says; the art was rasterised for it, so it is drawn pixel for pixel (view.ts). */
  private fit(image: Phaser.GameObjects.Image): void {
    const { zoom } = viewOf(this.scene);
    image.setScale(fitScale(this.layout.portraitHeight, image.height, zoom));
    drawnPixelExact(image, zoom);
  }
}
