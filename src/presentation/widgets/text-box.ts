// The text box: a plate across the bottom, the speaker's name plate, and the words revealed by a
// typewriter that a click or key completes. With reduced motion (or speed 0) the words appear at once.
// The typewriter draws no text per letter: the lines already revealed are drawn once, as `body`;
// the line being revealed is drawn once whole, as `tail`, and uncovered letter by letter by its
// crop. (Drawing the growing text again at every letter cost about 4 ms of each frame in software
// rendering: a third of the frame in the snowy scenes.)
import type Phaser from 'phaser';
import type { Layout } from '../layout.ts';
import { css, FONT, type Palette, UI_FONT } from '../theme.ts';

export class TextBox {
  private readonly plate: Phaser.GameObjects.Graphics;
  private readonly namePlate: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private readonly tail: Phaser.GameObjects.Text;
  private timer: Phaser.Time.TimerEvent | null = null;
  private full = '';
  /** The wrapped lines being revealed, the one in `tail`, its letters shown, and where each letter ends. */
  private lines: string[] = [];
  private line = 0;
  private shown = 0;
  private ends: number[] = [];
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
    const bodyStyle = { fontFamily: FONT, fontSize: `${layout.textSize}px`, color: css(palette.text) };
    this.body = scene.add.text(x + pad, y + 44, '', {
      ...bodyStyle,
      lineSpacing: Math.round(layout.textSize * 0.3),
      wordWrap: { width: width - 2 * pad },
    });
    this.tail = scene.add.text(x + pad, y + 44, '', bodyStyle).setVisible(false);
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
      this.lines = this.full.split('\n');
      this.body.setText('');
      this.startLine(0);
      this.timer = this.scene.time.addEvent({
        delay: 1000 / charsPerSecond,
        loop: true,
        callback: () => this.revealLetter(),
      });
    });
  }

  /** One more letter; at the end of a line (its newline counts as one), the next line. */
  private revealLetter(): void {
    const text = this.lines[this.line] ?? '';
    this.shown += 1;
    if (this.shown <= text.length) {
      this.tail.setCrop(0, 0, this.ends[this.shown] ?? this.tail.width, this.tail.height);
      return;
    }
    if (this.line + 1 >= this.lines.length) {
      this.complete();
      return;
    }
    this.body.setText(this.lines.slice(0, this.line + 1).join('\n'));
    this.startLine(this.line + 1);
  }

  /** Draws line `index` whole in `tail`, where `body` will draw it, all covered by the crop. */
  private startLine(index: number): void {
    const text = this.lines[index] ?? '';
    this.line = index;
    this.shown = 0;
    this.tail.setText(text);
    const { fontSize } = this.body.getTextMetrics();
    const step = fontSize + this.body.style.strokeThickness + this.body.lineSpacing;
    this.tail.setPosition(this.body.x, this.body.y + index * step);
    this.tail.style.syncFont(this.tail.canvas, this.tail.context);
    this.ends = [...Array(text.length + 1).keys()].map((k) => this.tail.context.measureText(text.slice(0, k)).width);
    this.tail.setCrop(0, 0, 0, this.tail.height);
    this.tail.setVisible(true);
  }

  /** Finishes the reveal at once (a click, Space or Enter during the typewriter). */
  complete(): void {
    this.stop();
    this.tail.setVisible(false);
    this.body.setText(this.full);
    this.hint.setVisible(true);
    const done = this.onRevealed;
    this.onRevealed = null;
    done?.();
  }

  setVisible(visible: boolean): void {
    for (const o of [this.plate, this.namePlate, this.name, this.body, this.hint]) o.setVisible(visible);
    this.tail.setVisible(visible && this.revealing);
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
