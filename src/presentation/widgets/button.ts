// A text button drawn on the canvas: a rounded plate with hover and focus states; the whole plate
// is the hit area.
import type Phaser from 'phaser';
import { css, NORMAL, type Palette, UI_FONT } from '../theme.ts';

export interface ButtonOptions {
  width: number;
  fontSize?: number;
  align?: 'left' | 'center';
  palette?: Palette;
  /** The least height of a button's plate (touch targets of 44 CSS px on a phone: Layout.touchTarget). */
  minHeight?: number;
  /**
   * A number ("3.") set in a column of this width before the label, so a label that wraps keeps its
   * second line under its first words (a hanging indent), not under the number.
   */
  marker?: { text: string; column: number };
}

export class Button {
  readonly text: Phaser.GameObjects.Text;
  private readonly marker: Phaser.GameObjects.Text | null;
  private readonly plate: Phaser.GameObjects.Graphics;
  private readonly hit: Phaser.GameObjects.Zone;
  private readonly palette: Palette;
  private focused = false;
  private hovered = false;

  constructor(
    scene: Phaser.Scene,
    private readonly x: number,
    private y: number,
    label: string,
    private readonly onPress: () => void,
    private readonly options: ButtonOptions,
  ) {
    this.palette = options.palette ?? NORMAL;
    const size = options.fontSize ?? 34;
    this.plate = scene.add.graphics();
    const left = options.align !== 'center';
    const style = { fontFamily: UI_FONT, fontSize: `${size}px`, color: css(this.palette.text) };
    const indent = options.marker?.column ?? 0;
    this.marker = options.marker ? scene.add.text(x + 28, y, options.marker.text, style) : null;
    this.text = scene.add
      .text(left ? x + 28 + indent : x + options.width / 2, y, label, {
        ...style,
        wordWrap: { width: options.width - 56 - indent },
      })
      .setOrigin(left ? 0 : 0.5, 0);
    this.text.y = y + this.slack / 2;
    this.marker?.setY(this.text.y);
    this.hit = scene.add
      .zone(x, y - 12, options.width, this.height)
      .setOrigin(0, 0)
      .setName('button');
    this.hit.setInteractive({ useHandCursor: true });
    this.hit.on('pointerover', () => this.setHover(true));
    this.hit.on('pointerout', () => this.setHover(false));
    this.hit.on('pointerup', () => this.onPress());
    this.draw();
  }

  get height(): number {
    return this.text.height + 24 + this.slack;
  }

  /** Where the button starts (its plate begins 12 px above). */
  get top(): number {
    return this.y;
  }

  /** Room added to reach the least height, split above and below the words. */
  private get slack(): number {
    return Math.max(0, (this.options.minHeight ?? 0) - (this.text.height + 24));
  }

  setY(y: number): void {
    this.y = y;
    this.text.y = y + this.slack / 2;
    this.marker?.setY(this.text.y);
    this.hit.y = y - 12;
    this.draw();
  }

  setDepth(depth: number): void {
    this.plate.setDepth(depth);
    this.text.setDepth(depth + 1);
    this.marker?.setDepth(depth + 1);
    this.hit.setDepth(depth + 2);
  }

  press(): void {
    this.onPress();
  }

  setFocus(focused: boolean): void {
    this.focused = focused;
    this.draw();
  }

  private setHover(hovered: boolean): void {
    this.hovered = hovered;
    this.draw();
  }

  private draw(): void {
    const lit = this.focused || this.hovered;
    const p = this.palette;
    this.plate.clear();
    this.plate.fillStyle(lit ? p.buttonFillLit : p.buttonFill, lit ? 0.96 : 0.84);
    this.plate.fillRoundedRect(this.x, this.y - 12, this.options.width, this.height, 14);
    this.plate.lineStyle(3, lit ? p.accent : p.boxEdge, 1);
    this.plate.strokeRoundedRect(this.x, this.y - 12, this.options.width, this.height, 14);
    this.text.setColor(css(lit ? p.accent : p.text));
    this.marker?.setColor(css(lit ? p.accent : p.text));
  }

  destroy(): void {
    this.plate.destroy();
    this.text.destroy();
    this.marker?.destroy();
    this.hit.destroy();
  }
}
