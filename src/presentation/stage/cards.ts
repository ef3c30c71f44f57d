// Title cards: the chapter card (a veil with the chapter's number and name) and the caption card
// (a place and time, top centre). Both fade; with reduced motion they simply appear and go.
import type Phaser from 'phaser';
import type { Layout } from '../layout.ts';
import { S } from '../strings.ts';
import { Colour, css, FONT, UI_FONT } from '../theme.ts';

/** The longest the chapter card holds the first line back. */
const HOLD_MS = 900;
/** How long the chapter's name stays in the corner after the card lifts. */
const CORNER_MS = 3000;

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

  /**
   * The chapter card: a veil with the chapter's number and name. It holds the story back for
   * HOLD_MS at most (at once when skipped); then the veil lifts and the name stays in the top left
   * corner a little longer, so it can be read while the first line comes in.
   */
  showChapter(number: number, title: string): Promise<void> {
    this.skipChapter();
    const { width, height, portrait, margin } = this.layout;
    const veil = this.scene.add.rectangle(0, 0, width, height, 0x05070d, 0.92).setOrigin(0);
    const edge = { stroke: '#05070d', strokeThickness: 8 };
    const label = this.scene.add
      .text(width / 2, height / 2 - 70, S.story.chapter(number).toUpperCase(), {
        fontFamily: UI_FONT,
        fontSize: '34px',
        color: css(Colour.yellow),
        letterSpacing: 8,
        ...edge,
      })
      .setOrigin(0.5);
    const name = this.scene.add
      .text(width / 2, height / 2 + 20, title, {
        fontFamily: FONT,
        fontSize: portrait ? '76px' : '96px',
        color: css(Colour.paper),
        align: 'center',
        wordWrap: { width: width - 2 * margin },
        ...edge,
      })
      .setOrigin(0.5, 0);
    const card = this.scene.add.container(0, 0, [veil, label, name]);
    this.layer.add(card);
    this.chapter = card;
    const motion = !this.reducedMotion();
    if (motion) {
      card.setAlpha(0);
      this.scene.tweens.add({ targets: card, alpha: 1, duration: 250 });
    }
    return new Promise((resolve) => {
      const release = () => {
        this.finishChapter = null;
        if (this.chapter === card) this.chapter = null;
        resolve();
      };
      // Skipped: the card goes at once.
      this.finishChapter = () => {
        release();
        card.destroy();
      };
      this.scene.time.delayedCall(HOLD_MS, () => {
        if (this.chapter !== card) return;
        release();
        this.toCorner(card, number, title, motion);
      });
    });
  }

  /** The lifted card: the veil and the big words fade; the chapter's name stays small in the top left corner a while. */
  private toCorner(card: Phaser.GameObjects.Container, number: number, title: string, motion: boolean): void {
    const { margin, uiSize } = this.layout;
    const edge = { stroke: '#05070d', strokeThickness: 6 };
    const labelSize = Math.round(uiSize * 0.65);
    const label = this.scene.add.text(margin, 22, S.story.chapter(number).toUpperCase(), {
      fontFamily: UI_FONT,
      fontSize: `${labelSize}px`,
      color: css(Colour.yellow),
      letterSpacing: 4,
      ...edge,
    });
    const name = this.scene.add.text(margin, 30 + labelSize, title, {
      fontFamily: FONT,
      fontSize: `${Math.round(uiSize * 1.2)}px`,
      color: css(Colour.paper),
      ...edge,
    });
    const corner = this.scene.add.container(0, 0, [label, name]);
    this.layer.add(corner);
    const gone = () => corner.destroy();
    if (motion) {
      corner.setAlpha(0);
      this.scene.tweens.add({ targets: corner, alpha: 1, duration: 450 });
      this.scene.tweens.add({ targets: card, alpha: 0, duration: 450, onComplete: () => card.destroy() });
      this.scene.time.delayedCall(CORNER_MS, () =>
        this.scene.tweens.add({ targets: corner, alpha: 0, duration: 600, onComplete: gone }),
      );
    } else {
      card.destroy();
      this.scene.time.delayedCall(CORNER_MS, gone);
    }
  }

  skipChapter(): void {
    this.finishChapter?.();
  }

  /** A caption such as "Seoul, December 1997", top centre, for a few seconds. */
  showCaption(text: string): void {
    this.caption?.destroy();
    const caption = this.scene.add
      .text(this.layout.width / 2, this.layout.portrait ? 200 : 70, text, {
        fontFamily: UI_FONT,
        fontSize: `${Math.round(this.layout.uiSize * 1.05)}px`,
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

  /**
   * A toast ("Exhibit gained: the brick", or a notice about a link or a save): wrapped within the
   * screen's margins (a notice can be a long sentence, and a phone is narrow), and kept up long enough
   * to read: 3.2 s, plus a quarter of a second per word beyond twelve.
   */
  toast(text: string): void {
    const { width, margin, portrait, uiSize } = this.layout;
    const padding = { x: 22, y: 12 };
    // A phone's toast may take the screen's width; a wide screen's stays beside the text, not across it.
    const wrap = (portrait ? width - 2 * margin : Math.min(width * 0.6, 1100)) - 2 * padding.x;
    const t = this.scene.add
      .text(width - margin, portrait ? 300 : 150, text, {
        fontFamily: UI_FONT,
        fontSize: `${Math.round(uiSize * 0.9)}px`,
        color: css(Colour.ink),
        backgroundColor: css(Colour.yellow),
        padding,
        wordWrap: { width: wrap, useAdvancedWrap: true },
      })
      .setOrigin(1, 0);
    this.layer.add(t);
    const words = text.split(/\s+/).length;
    this.scene.time.delayedCall(3200 + Math.max(0, words - 12) * 250, () => t.destroy());
  }
}
