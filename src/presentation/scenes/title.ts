// Title: the game's name and its menu.

import { DESIGN_HEIGHT, DESIGN_WIDTH, SceneKey } from '../keys.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { Colour, css, FONT, UI_FONT } from '../theme.ts';
import { ButtonList, type ListItem } from '../widgets/button-list.ts';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    const { mirror } = services(this);
    const sky = this.add.graphics();
    sky.fillGradientStyle(0x0b1020, 0x0b1020, 0x2b2745, 0x3a2f45, 1);
    sky.fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
    this.add.text(160, 220, 'Room 7', { fontFamily: FONT, fontSize: '128px', color: css(Colour.paper) });
    this.add.text(166, 380, 'a story after Miracle in Cell No. 7', {
      fontFamily: UI_FONT,
      fontSize: '34px',
      color: css(Colour.muted),
    });
    const items: ListItem[] = [{ label: 'New game', onPress: () => this.newGame() }];
    new ButtonList(this, 160, 520, items, { width: 460, fontSize: 38 });
    mirror.clearLog();
    mirror.announce('Title screen. Room 7.');
    mirror.offer(
      items.map((i) => ({ label: i.label, onChoose: i.onPress })),
      'Title menu',
    );
  }

  private newGame(): void {
    this.scene.start(SceneKey.Story);
  }
}
