// The content note, before the first scene of a new game.

import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { css, FONT } from '../theme.ts';
import { ButtonList, type ListItem } from '../widgets/button-list.ts';
import { drawPanel } from '../widgets/panel.ts';

export class ContentNoteScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.ContentNote);
  }

  create(): void {
    const { mirror, settings } = services(this);
    const layout = computeLayout(this.scale.width, this.scale.height, settings.get().fontScale);
    const colours = palette(this);
    this.cameras.main.setBackgroundColor(0x0b1020);
    const panel = drawPanel(this, layout, colours, S.contentNote.heading);
    const text = this.add
      .text(panel.x + 60, panel.contentY, S.contentNote.body.join('\n\n'), {
        fontFamily: FONT,
        fontSize: `${Math.round(layout.textSize * 0.9)}px`,
        color: css(colours.text),
        lineSpacing: 10,
        wordWrap: { width: panel.width - 120 },
      })
      .setDepth(61);
    const items: ListItem[] = [
      { label: S.contentNote.go, onPress: () => this.scene.start(SceneKey.Story, { fresh: true }) },
      { label: S.contentNote.back, onPress: () => this.scene.start(SceneKey.Title) },
    ];
    const y = text.y + text.height + 50;
    new ButtonList(this, panel.x + 60, y, items, {
      width: Math.min(520, panel.width - 120),
      palette: colours,
      fontSize: layout.uiSize,
    }).setDepth(62);
    // Esc goes back, from the canvas or the text version alike (a key no focused element needs).
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !keyBelongsToFocus(event)) this.scene.start(SceneKey.Title);
    });
    mirror.clearLog();
    mirror.announce(S.contentNote.heading);
    offer(
      this,
      items.map((i) => ({ label: i.label, onChoose: i.onPress })),
      S.contentNote.heading,
      true,
      S.contentNote.body,
    );
  }
}
