// A visible sign of life while a scene waits for its art: after a short wait, "Loading the scene…"
// in the lower left corner above the text box, until every load the stage asked for has ended.
import type Phaser from 'phaser';
import type { TextureLoader } from '../assets.ts';
import type { Layout } from '../layout.ts';
import { S } from '../strings.ts';
import { Colour, css, UI_FONT } from '../theme.ts';

/** Loads quicker than this show nothing (no flicker on every portrait). */
const SHOW_AFTER_MS = 400;

export class LoadingHint {
  private pending = 0;
  private readonly text: Phaser.GameObjects.Text;
  private timer: Phaser.Time.TimerEvent | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    layout: Layout,
  ) {
    this.text = scene.add
      .text(layout.margin, layout.textBox.y - 24, S.story.loading, {
        fontFamily: UI_FONT,
        fontSize: `${Math.round(layout.uiSize * 0.8)}px`,
        color: css(Colour.paper),
        backgroundColor: 'rgba(5,7,13,0.75)',
        padding: { x: 18, y: 10 },
      })
      .setOrigin(0, 1)
      .setDepth(95)
      .setVisible(false);
  }

  /** The same loader, whose loads this hint watches. */
  watch(textures: TextureLoader): TextureLoader {
    const watched = Object.create(textures) as TextureLoader;
    watched.ensure = (scene, wanted) => this.track(textures.ensure(scene, wanted));
    return watched;
  }

  private async track(load: Promise<void>): Promise<void> {
    if (this.pending++ === 0) this.timer = this.scene.time.delayedCall(SHOW_AFTER_MS, () => this.text.setVisible(true));
    try {
      await load;
    } finally {
      if (--this.pending === 0) {
        this.timer?.remove(false);
        this.timer = null;
        if (this.text.active) this.text.setVisible(false);
      }
    }
  }
}
