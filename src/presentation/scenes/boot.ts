// Boot: nothing to load yet but the first frame; starts the gamepad and hands over to the preloader.

import { installGamepad } from '../gamepad.ts';
import { goTo } from '../go-to.ts';
import { SceneKey } from '../keys.ts';
import Phaser from '../phaser.ts';
import { Colour } from '../theme.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(Colour.night);
    installGamepad(this.game);
    goTo(this, SceneKey.Preload);
  }
}
