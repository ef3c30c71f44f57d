// A text button drawn on the canvas: a rounded plate with hover and focus states.
import type Phaser from 'phaser';
import { Colour, css, UI_FONT } from '../theme.ts';

export interface ButtonOptions {
  width: number;
  fontSize?: number;
  align?: 'left' | 'center';
}

export class Button {
  readonly text: Phaser.GameObjects.Text;
  private readonly plate: Phaser.GameObjects.Graphics;
  private readonly hit: Phaser.GameObjects.Zone;
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
    const size = options.fontSize ?? 34;
    this.plate = scene.add.graphics();
    const left = options.align === 'left';
    this.text = scene.add
      .text(left ? x + 28 : x + options.width / 2, y, label, {
        fontFamily: UI_FONT,
        fontSize: `${size}px`,
        color: css(Colour.paper),
        wordWrap: { width: options.width - 56 },
      })
      .setOrigin(left ? 0 : 0.5, 0);
    // The whole plate is the hit area, not just the glyphs.
    this.hit = scene.add.zone(x, y - 12, options.width, this.height).setOrigin(0, 0);
    this.hit.setInteractive({ useHandCursor: true });
    this.hit.on('pointerover', () => this.setHover(true));
    this.hit.on('pointerout', () => this.setHover(false));
    this.hit.on('pointerup', () => this.onPress());
    this.draw();
  }

  get height(): number {
    return this.text.height + 24;
  }

  setY(y: number): void {
    this.y = y;
    this.text.y = y;
    this.hit.y = y - 12;
    this.draw();
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
    this.plate.clear();
    this.plate.fillStyle(lit ? 0x2a3550 : Colour.box, lit ? 0.95 : 0.8);
    this.plate.fillRoundedRect(this.x, this.y - 12, this.options.width, this.height, 14);
    this.plate.lineStyle(3, lit ? Colour.yellow : 0x3a4560, 1);
    this.plate.strokeRoundedRect(this.x, this.y - 12, this.options.width, this.height, 14);
    this.text.setColor(css(lit ? Colour.yellow : Colour.paper));
  }

  destroy(): void {
    this.plate.destroy();
    this.text.destroy();
    this.hit.destroy();
  }
}
