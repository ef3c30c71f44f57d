// Preload: loads the compiled story (and, as the game grows, the art and sound) with a progress bar.

import { CacheKey, DESIGN_HEIGHT, DESIGN_WIDTH, SceneKey } from '../keys.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { Colour, css, UI_FONT } from '../theme.ts';

export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preload);
  }

  preload(): void {
    const { mirror, storyUrl } = services(this);
    const width = 720;
    const x = (DESIGN_WIDTH - width) / 2;
    const y = DESIGN_HEIGHT / 2;
    this.add
      .text(DESIGN_WIDTH / 2, y - 70, 'Room 7', { fontFamily: UI_FONT, fontSize: '48px', color: css(Colour.paper) })
      .setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(3, Colour.muted, 1).strokeRoundedRect(x - 6, y - 6, width + 12, 36, 10);
    const bar = this.add.graphics();
    this.load.on('progress', (p: number) => {
      bar
        .clear()
        .fillStyle(Colour.yellow, 1)
        .fillRoundedRect(x, y, Math.max(12, width * p), 24, 8);
    });
    mirror.announce('Loading Room 7…');
    this.load.text(CacheKey.story, storyUrl);
    this.load.on('loaderror', (file: Phaser.Loader.File) => {
      this.registry.set('load-error', `Could not load ${file.src}.`);
    });
  }

  create(): void {
    const failed = this.registry.get('load-error') as string | undefined;
    if (failed || !this.cache.text.exists(CacheKey.story)) {
      this.scene.start(SceneKey.Error, {
        message: `${failed ?? 'The story did not load.'} Check your connection and reload the page.`,
      });
      return;
    }
    this.scene.start(SceneKey.Title);
  }
}
