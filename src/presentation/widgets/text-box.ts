// The text box: a plate across the bottom, the speaker's name plate, and the words revealed by a
// typewriter that a click or key completes. With reduced motion (or speed 0) the words appear at once.
import type Phaser from 'phaser';
import type { Layout } from '../layout.ts';
import { css, FONT, type Palette, UI_FONT } from '../theme.ts';

export class TextBox {
  private readonly plate: Phaser.GameObjects.Graphics;
  private readonly namePlate: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private timer: Phaser.Time.TimerEvent | null = null;
  private full = '';
  private shown = 0;
  private onRevealed: (() => void) | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: Layout,
    private readonly palette: Palette,
  ) {
    const { x, y, width, height } = layout.textBox;
    const pad = layout.portrait ? 44 : 60;
    this.plate = scene.add.graphics();
    this.plate.fillStyle(palette.box, palette.boxAlpha).fillRoundedRect(x, y, width, height, 22);
    this.plate.lineStyle(2, palette.boxEdge, 1).strokeRoundedRect(x, y, width, height, 22);
    this.namePlate = scene.add.graphics();
    this.name = scene.add.text(x + pad, y - 26, '', {
      fontFamily: UI_FONT,
      fontSize: `${layout.uiSize}px`,
      color: css(palette.nameText),
      fontStyle: 'bold',
    });
    this.body = scene.add.text(x + pad, y + 44, '', {
      fontFamily: FONT,
      fontSize: `${layout.textSize}px`,
      color: css(palette.text),
      lineSpacing: Math.round(layout.textSize * 0.3),
      wordWrap: { width: width - 2 * pad },
    });
    this.hint = scene.add
      .text(x + width - 40, y + height - 24, '▼', { fontFamily: UI_FONT, fontSize: '28px', color: css(palette.accent) })
      .setOrigin(1, 1)
      .setVisible(false);
  }

  get revealing(): boolean {
    return this.timer !== null;
  }

  /** Shows a line; `charsPerSecond` 0 shows it at once. Resolves when it is fully revealed. */
  show(text: string, speaker: string | null, charsPerSecond: number): Promise<void> {
    this.stop();
    this.setVisible(true);
    this.hint.setVisible(false);
    this.setName(speaker);
    // Wrap the whole line first, so words do not jump between lines as they appear.
    this.full = this.body.getWrappedText(text).join('\n');
    return new Promise((resolve) => {
      this.onRevealed = resolve;
      if (charsPerSecond <= 0) {
        this.complete();
        return;
      }
      this.shown = 0;
      this.body.setText('');
      this.timer = this.scene.time.addEvent({
        delay: 1000 / charsPerSecond,
        loop: true,
        callback: () => {
          this.shown += 1;
          this.body.setText(this.full.slice(0, this.shown));
          if (this.shown >= this.full.length) this.complete();
        },
      });
    });
  }

  /** Finishes the reveal at once (a click, Space or Enter during the typewriter). */
  complete(): void {
    this.stop();
    this.body.setText(this.full);
    this.hint.setVisible(true);
    const done = this.onRevealed;
    this.onRevealed = null;
    done?.();
  }

  setVisible(visible: boolean): void {
    for (const o of [this.plate, this.namePlate, this.name, this.body, this.hint]) o.setVisible(visible);
  }

  setHint(visible: boolean): void {
    this.hint.setVisible(visible);
  }

  private setName(speaker: string | null): void {
    const { x, y } = this.layout.textBox;
    this.name.setText(speaker ?? '');
    this.namePlate.clear();
    if (!speaker) return;
    const pad = this.layout.portrait ? 44 : 60;
    this.namePlate
      .fillStyle(this.palette.accent, 1)
      .fillRoundedRect(x + pad - 24, y - 34, this.name.width + 48, this.name.height + 16, 14);
    this.name.setY(y - 26);
  }

  private stop(): void {
    this.timer?.remove(false);
    this.timer = null;
  }
}
