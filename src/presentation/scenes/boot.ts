// Boot: nothing to load yet but the first frame; hands over to the preloader at once.

import { SceneKey } from '../keys.ts';
import Phaser from '../phaser.ts';
import { Colour } from '../theme.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(Colour.night);
    this.scene.start(SceneKey.Preload);
  }
}
