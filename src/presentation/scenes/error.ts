// The one error screen: what happened, and two ways on (go back, restart). Never a blank canvas.

import { goTo } from '../go-to.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { asChoices, offer } from '../mirror-offer.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { Colour, css, FONT, NORMAL, UI_FONT } from '../theme.ts';
import { designSize } from '../view.ts';
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
    const layout = computeLayout(...designSize(this));
    const left = layout.portrait ? layout.margin : 160;
    this.cameras.main.setBackgroundColor(Colour.ink);
    this.add.text(left, 180, S.error.heading, { fontFamily: FONT, fontSize: '72px', color: css(Colour.paper) });
    const message = this.add.text(left, 300, data.message, {
      fontFamily: UI_FONT,
      fontSize: `${layout.uiSize}px`,
      color: css(Colour.muted),
      wordWrap: { width: layout.width - 2 * left },
    });
    const items: ListItem[] = [
      { label: S.error.back, onPress: () => goTo(this, SceneKey.Title) },
      { label: S.error.restart, onPress: () => services(this).restart() },
    ];
    new ButtonList(this, left, message.y + message.height + 80, items, {
      width: Math.min(560, layout.width - 2 * left),
      palette: NORMAL,
    });
    mirror.announce(`Error: ${data.message}`);
    offer(this, asChoices(items), 'Error', true, [data.message]);
  }
}
