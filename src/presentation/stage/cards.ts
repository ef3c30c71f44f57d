// Title cards: the chapter card (a veil with the chapter's number and name) and the caption card
// (a place and time, top centre). Both fade; with reduced motion they simply appear and go.
import type Phaser from 'phaser';
import type { Layout } from '../layout.ts';
import { Colour, css, FONT, UI_FONT } from '../theme.ts';

export function chapterLabel(number: number): string {
  return number === 0 ? 'Prologue' : `Chapter ${number}`;
}

export class Cards {
  private chapter: Phaser.GameObjects.Container | null = null;
  private caption: Phaser.GameObjects.Text | null = null;
  private finishChapter: (() => void) | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
    private readonly layout: Layout,
    private readonly reducedMotion: () => boolean,
  ) {}

  get showingChapter(): boolean {
    return this.chapter !== null;
  }

  /** The chapter card; resolves when it has gone (after ~2.4 s, or at once when skipped). */
  showChapter(number: number, title: string): Promise<void> {
    this.skipChapter();
    const { width, height } = this.layout;
    const veil = this.scene.add.rectangle(0, 0, width, height, 0x05070d, 0.92).setOrigin(0);
    const label = this.scene.add
      .text(width / 2, height / 2 - 70, chapterLabel(number).toUpperCase(), {
        fontFamily: UI_FONT,
        fontSize: '34px',
        color: css(Colour.yellow),
        letterSpacing: 8,
      })
      .setOrigin(0.5);
    const name = this.scene.add
      .text(width / 2, height / 2 + 20, title, {
        fontFamily: FONT,
        fontSize: this.layout.portrait ? '76px' : '96px',
        color: css(Colour.paper),
        align: 'center',
        wordWrap: { width: width - 2 * this.layout.margin },
      })
      .setOrigin(0.5, 0);
    const card = this.scene.add.container(0, 0, [veil, label, name]);
    this.layer.add(card);
    this.chapter = card;
    return new Promise((resolve) => {
      this.finishChapter = () => {
        this.finishChapter = null;
        const done = () => {
          card.destroy();
          if (this.chapter === card) this.chapter = null;
          resolve();
        };
        if (this.reducedMotion()) done();
        else this.scene.tweens.add({ targets: card, alpha: 0, duration: 500, onComplete: done });
      };
      if (!this.reducedMotion()) {
        card.setAlpha(0);
        this.scene.tweens.add({ targets: card, alpha: 1, duration: 500 });
      }
      this.scene.time.delayedCall(2400, () => this.finishChapter?.());
    });
  }

  skipChapter(): void {
    this.finishChapter?.();
  }

  /** A caption such as "Seoul, December 1997", top centre, for a few seconds. */
  showCaption(text: string): void {
    this.caption?.destroy();
    const caption = this.scene.add
      .text(this.layout.width / 2, this.layout.portrait ? 120 : 70, text, {
        fontFamily: UI_FONT,
        fontSize: '36px',
        color: css(Colour.paper),
        backgroundColor: 'rgba(5,7,13,0.7)',
        padding: { x: 28, y: 14 },
      })
      .setOrigin(0.5, 0);
    this.layer.add(caption);
    this.caption = caption;
    const fade = () => this.scene.tweens.add({ targets: caption, alpha: 0, duration: 800, onComplete: () => caption.destroy() });
    if (this.reducedMotion()) this.scene.time.delayedCall(4000, () => caption.destroy());
    else {
      caption.setAlpha(0);
      this.scene.tweens.add({ targets: caption, alpha: 1, duration: 600 });
      this.scene.time.delayedCall(4000, fade);
    }
  }

  /** A short toast ("Exhibit gained: the brick"). */
  toast(text: string): void {
    const t = this.scene.add
      .text(this.layout.width - this.layout.margin, this.layout.portrait ? 220 : 150, text, {
        fontFamily: UI_FONT,
        fontSize: '30px',
        color: css(Colour.ink),
        backgroundColor: css(Colour.yellow),
        padding: { x: 22, y: 12 },
      })
      .setOrigin(1, 0);
    this.layer.add(t);
    this.scene.time.delayedCall(3200, () => t.destroy());
  }
}
