// The text box: a plate across the bottom, the speaker's name plate (on the speaker's side), and the
// words revealed by a typewriter that a click or key completes. With reduced motion (or speed 0) the
// words appear at once. A line longer than the box is cut into pages (story/pages.ts), measured here
// with the box's own font, so every page fits at every text size.
import type Phaser from 'phaser';
import type { Layout, Rect } from '../layout.ts';
import { paginate } from '../story/pages.ts';
import { S } from '../strings.ts';
import { css, FONT, type Palette, UI_FONT } from '../theme.ts';

export class TextBox {
  private readonly plate: Phaser.GameObjects.Graphics;
  private readonly namePlate: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  /** Where the words may go: the plate less its padding. */
  readonly area: Rect;
  private readonly maxLines: number;
  private timer: Phaser.Time.TimerEvent | null = null;
  private full = '';
  private mark = '▼';
  private shown = 0;
  private onRevealed: (() => void) | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: Layout,
    private readonly palette: Palette,
  ) {
    const { x, y, width, height } = layout.textBox;
    const pad = this.pad;
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
    // The words start below the name plate, whatever the text size.
    const top = Math.max(40, Math.round(layout.uiSize * 1.2) - 6);
    // Room under the words for the "read on" mark and the page number.
    const markSize = Math.round(layout.uiSize * 0.7);
    const bottom = markSize + 16;
    this.area = { x: x + pad, y: y + top, width: width - 2 * pad, height: height - top - bottom };
    this.body = scene.add.text(this.area.x, this.area.y, '', {
      fontFamily: FONT,
      fontSize: `${layout.textSize}px`,
      color: css(palette.text),
      lineSpacing: Math.round(layout.textSize * 0.25),
      wordWrap: { width: this.area.width, useAdvancedWrap: false },
    });
    const lineHeight = this.body.style.getTextMetrics().fontSize;
    this.maxLines = Math.max(1, Math.floor((this.area.height + this.body.lineSpacing) / (lineHeight + this.body.lineSpacing)));
    this.hint = scene.add
      .text(x + width - 32, y + height - 6, this.mark, {
        fontFamily: UI_FONT,
        fontSize: `${markSize}px`,
        color: css(palette.accent),
      })
      .setOrigin(1, 1)
      .setVisible(false);
  }

  private get pad(): number {
    return this.layout.portrait ? 44 : 60;
  }

  get revealing(): boolean {
    return this.timer !== null;
  }

  /** The words as drawn now (for tests that read the canvas). */
  get bodyText(): Phaser.GameObjects.Text {
    return this.body;
  }

  /** True if `text` fits the box in its font: wrapped, it takes no more lines than the box holds. */
  fits(text: string): boolean {
    return this.body.getWrappedText(text).length <= this.maxLines;
  }

  /** The pages this line takes here. */
  paginate(text: string): string[] {
    return paginate(text, (page) => this.fits(page));
  }

  /**
   * Shows a page; `charsPerSecond` 0 shows it at once. `page` of `pages` numbers it when a line
   * has more than one. Resolves when it is fully revealed.
   */
  show(text: string, speaker: string | null, charsPerSecond: number, page = 1, pages = 1): Promise<void> {
    this.stop();
    this.setVisible(true);
    this.hint.setVisible(false);
    this.mark = pages > 1 ? `${S.story.page(page, pages)}  ${page < pages ? '▶' : '▼'}` : '▼';
    this.setName(speaker);
    // Wrap the whole page first, so words do not jump between lines as they appear.
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
    this.hint.setText(this.mark).setVisible(true);
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

  setDepth(depth: number): this {
    for (const o of [this.plate, this.namePlate, this.name, this.body, this.hint]) o.setDepth(depth);
    return this;
  }

  /**
   * The name plate sits above the box toward the speaker: at `towardX` (the speaker's portrait),
   * kept inside the box; at the left when the speaker is not on stage.
   */
  nameToward(towardX: number | null): void {
    const { x, width } = this.layout.textBox;
    const plateWidth = this.name.width + 48;
    const left = x + this.pad - 24;
    const wanted = towardX === null ? left : towardX - plateWidth / 2;
    this.placeName(Math.round(Math.min(Math.max(wanted, left), x + width - this.pad + 24 - plateWidth)));
  }

  private setName(speaker: string | null): void {
    this.name.setText(speaker ?? '');
    this.namePlate.clear();
    if (speaker) this.placeName(this.layout.textBox.x + this.pad - 24);
  }

  private placeName(plateX: number): void {
    const { y } = this.layout.textBox;
    this.namePlate.clear();
    if (!this.name.text) return;
    this.namePlate
      .fillStyle(this.palette.accent, 1)
      .fillRoundedRect(plateX, y - 34, this.name.width + 48, this.name.height + 16, 14);
    this.name.setPosition(plateX + 24, y - 26);
  }

  private stop(): void {
    this.timer?.remove(false);
    this.timer = null;
  }
}
