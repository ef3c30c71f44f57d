// The one error screen: what happened, and two ways on (go back, restart). Never a blank canvas.

import { DESIGN_WIDTH, SceneKey } from '../keys.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { Colour, css, FONT, UI_FONT } from '../theme.ts';
import { ButtonList, type ListItem } from '../widgets/button-list.ts';

export interface ErrorData {
  message: string;
}

export class ErrorScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Error);
  }

  create(data: ErrorData): void {
    const { mirror } = services(this);
    this.cameras.main.setBackgroundColor(Colour.ink);
    this.add.text(160, 200, 'Something went wrong', { fontFamily: FONT, fontSize: '72px', color: css(Colour.paper) });
    this.add.text(160, 320, data.message, {
      fontFamily: UI_FONT,
      fontSize: '34px',
      color: css(Colour.muted),
      wordWrap: { width: DESIGN_WIDTH - 320 },
    });
    const items: ListItem[] = [
      { label: 'Go back to the title', onPress: () => this.scene.start(SceneKey.Title) },
      { label: 'Restart the game', onPress: () => services(this).restart() },
    ];
    new ButtonList(this, 160, 620, items, { width: 560 });
    mirror.announce(`Error: ${data.message}`);
    mirror.offer(
      items.map((i) => ({ label: i.label, onChoose: i.onPress })),
      'Error',
    );
  }
}
