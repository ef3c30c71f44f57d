// Sound captions on screen ("[A gavel strikes]"), for players who cannot hear the game. They stack in
// the top-left corner, apart from the place-and-time card (top centre), so a sound never hides where
// the scene is; each goes after a few seconds, and no more than three show at once.
import type Phaser from 'phaser';
import type { Layout } from '../layout.ts';
import { Colour, css, UI_FONT } from '../theme.ts';

const MAX_LINES = 3;
const SHOW_MS = 4500;

export class SoundCaptions {
  private readonly lines: Phaser.GameObjects.Text[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: Layout,
    private readonly reducedMotion: () => boolean,
  ) {}

  show(caption: string): void {
    const { margin, portrait, width, uiSize } = this.layout;
    const line = this.scene.add
      .text(margin, 0, `[${caption}]`, {
        fontFamily: UI_FONT,
        fontSize: `${Math.round(uiSize * 0.75)}px`,
        fontStyle: 'italic',
        color: css(Colour.paper),
        backgroundColor: 'rgba(5,7,13,0.7)',
        padding: { x: 16, y: 8 },
        wordWrap: { width: portrait ? width - 2 * margin : 560 },
      })
      .setDepth(95);
    this.lines.push(line);
    while (this.lines.length > MAX_LINES) this.lines.shift()?.destroy();
    this.stack();
    const remove = () => {
      const i = this.lines.indexOf(line);
      if (i >= 0) this.lines.splice(i, 1);
      line.destroy();
      this.stack();
    };
    this.scene.time.delayedCall(SHOW_MS, () => {
      if (!line.active) return;
      if (this.reducedMotion()) remove();
      else this.scene.tweens.add({ targets: line, alpha: 0, duration: 500, onComplete: remove });
    });
  }

  /** Oldest on top; in portrait below the place card, in landscape level with it but to the left. */
  private stack(): void {
    let y = this.layout.portrait ? 220 : 30;
    for (const line of this.lines) {
      line.setY(y);
      y += line.height + 8;
    }
  }
}
