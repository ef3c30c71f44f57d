// Title: the game's name over the night sky, and its menu.
import { ENDINGS } from '../../engine/endings.ts';
import { textureKey } from '../assets.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { sessionSlot } from '../session.ts';
import { S } from '../strings.ts';
import { Colour, css, FONT, UI_FONT } from '../theme.ts';
import { ButtonList, type ListItem } from '../widgets/button-list.ts';
import type { InfoData } from './info.ts';

const CHAPTERS = [
  'Prologue: The Training Court',
  'Chapter 1: The Yellow Backpack',
  'Chapter 2: Room 7',
  'Chapter 3: Smuggling Ye-sung In',
  'Chapter 4: The Rehearsal and the Confession',
  'Chapter 5: The Balloon',
  'Chapter 6: The Mock Trial',
];

function chapterLines(): string[] {
  return [...CHAPTERS, '', S.chapters.note];
}

function endingLines(): string[] {
  return [...ENDINGS.map((_e, i) => `${i + 1}. ${S.endings.locked}: ${S.endings.lockedHint}`), '', S.endings.progressNote];
}

export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    const { mirror, settings } = services(this);
    const layout = computeLayout(this.scale.width, this.scale.height, settings.get().fontScale);
    const { width, height, portrait } = layout;
    const key = textureKey.image('title');
    if (this.textures.exists(key)) {
      const bg = this.add.image(width / 2, height / 2, key);
      bg.setScale(Math.max(width / bg.width, height / bg.height));
    } else {
      this.add.graphics().fillGradientStyle(0x0b1020, 0x0b1020, 0x2b2745, 0x3a2f45, 1).fillRect(0, 0, width, height);
    }
    const left = portrait ? layout.margin + 20 : 160;
    const top = portrait ? 200 : 180;
    this.add.text(left, top, S.title.name, { fontFamily: FONT, fontSize: `${layout.titleSize}px`, color: css(Colour.paper) });
    this.add.text(left + 6, top + layout.titleSize + 20, S.title.subtitle, {
      fontFamily: UI_FONT,
      fontSize: `${layout.uiSize}px`,
      color: css(Colour.muted),
    });
    const items: ListItem[] = [];
    const session = sessionSlot.get(this.registry);
    if (session?.current && session.current.kind !== 'end') {
      items.push({ label: S.title.continue, onPress: () => this.scene.start(SceneKey.Story, {}) });
    }
    items.push(
      { label: S.title.newGame, onPress: () => this.scene.start(SceneKey.ContentNote) },
      { label: S.title.chapters, onPress: () => this.info(S.chapters.heading, chapterLines()) },
      { label: S.title.endings, onPress: () => this.info(S.endings.heading, endingLines()) },
      { label: S.title.settings, onPress: () => this.scene.start(SceneKey.Settings, { back: 'title' }) },
      { label: S.title.credits, onPress: () => this.info(S.credits.heading, [...S.credits.lines]) },
    );
    const menuWidth = portrait ? width - 2 * left : 480;
    new ButtonList(this, left, top + layout.titleSize + 140, items, {
      width: menuWidth,
      fontSize: layout.uiSize + 4,
      gap: 16,
      palette: palette(this),
    });
    mirror.announce(S.title.announce);
    offer(
      this,
      items.map((i) => ({ label: i.label, onChoose: i.onPress })),
      S.title.menuLabel,
    );
  }

  private info(heading: string, lines: string[]): void {
    const data: InfoData = { heading, lines, back: 'title' };
    this.scene.start(SceneKey.Info, data);
  }
}
