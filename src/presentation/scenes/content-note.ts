// The content note, before the first scene of a new game.

import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { goTo } from '../go-to.ts';
import { SceneKey } from '../keys.ts';
import { asChoices, offer } from '../mirror-offer.ts';
import Phaser from '../phaser.ts';
import { openPanel } from '../screen-frame.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { FONT } from '../theme.ts';
import type { ListItem } from '../widgets/button-list.ts';
import { ScrollList } from '../widgets/scroll-list.ts';

export class ContentNoteScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.ContentNote);
  }

  create(): void {
    const { layout, colours, panel } = openPanel(this, S.contentNote.heading, { overlay: false });
    const back = () => goTo(this, SceneKey.Title);
    const items: ListItem[] = [
      { label: S.contentNote.go, onPress: () => goTo(this, SceneKey.Story, { fresh: true }) },
      { label: S.contentNote.back, onPress: back },
    ];
    // Begin has the focus from the start: Enter begins, Esc goes back.
    new ScrollList(
      this,
      panel.body,
      S.contentNote.body.map((text) => ({ text })),
      {
        palette: colours,
        font: FONT,
        fontSize: Math.round(layout.textSize * 0.9),
        footer: items,
        footerFontSize: layout.uiSize,
        gap: 24,
        digits: true,
      },
    );
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (!keyBelongsToFocus(event) && event.key === 'Escape') back();
    });
    const { mirror } = services(this);
    mirror.clearLog();
    mirror.announce(S.contentNote.heading);
    offer(this, asChoices(items), S.contentNote.heading, true, S.contentNote.body);
  }
}
