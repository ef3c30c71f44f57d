// Title: the game's name over the night sky, and its menu.
import { branchGraphOf, ENDINGS, loadStory } from '../../engine/index.ts';
import { textureKey } from '../assets.ts';
import { goTo } from '../go-to.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout, type Layout } from '../layout.ts';
import { asChoices, offer } from '../mirror-offer.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { type Outcome, storyJson } from '../play/enter.ts';
import { loadSlot } from '../play/saves.ts';
import { services } from '../services.ts';
import { sessionSlot } from '../session.ts';
import { S } from '../strings.ts';
import { Colour, css, FONT, UI_FONT } from '../theme.ts';
import { designSize, drawnPixelExact, viewOf } from '../view.ts';
import { fitScale } from '../view-size.ts';
import { ButtonList, type ListItem } from '../widgets/button-list.ts';
import type { ScrollRow } from '../widgets/scroll-list.ts';
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

export interface TitleData {
  /** Something to tell the player on arrival (a run link that could not be opened, say). */
  notice?: string;
}

export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Title);
  }

  create(data: TitleData = {}): void {
    const { mirror, settings } = services(this);
    const layout = computeLayout(...designSize(this), settings.get().fontScale);
    const { width, portrait } = layout;
    this.drawBackground(layout);
    const left = portrait ? layout.margin + 20 : 160;
    const top = portrait ? 200 : 180;
    this.add.text(left, top, S.title.name, { fontFamily: FONT, fontSize: `${layout.titleSize}px`, color: css(Colour.paper) });
    const subtitle = this.add.text(left + 6, top + layout.titleSize + 20, S.title.subtitle, {
      fontFamily: UI_FONT,
      fontSize: `${layout.uiSize}px`,
      color: css(Colour.muted),
      wordWrap: { width: width - 2 * left },
    });
    const items = this.menuItems();
    const menuWidth = portrait ? width - 2 * left : 560;
    // Under the subtitle (two lines on a phone with larger text).
    // Upright, the menu sits in the lower half, leaving the balloon (a third of the way down) in view.
    const menuTop = Math.max(
      top + layout.titleSize + 140,
      subtitle.y + subtitle.height + 60,
      layout.portrait ? Math.round(layout.height * 0.5) : 0,
    );
    const list = this.drawMenu(layout, items, left, menuTop, menuWidth);
    mirror.announce(data.notice ? `${data.notice} ${S.title.announce}` : S.title.announce);
    // Parse the story while the title is idle: Continue, Load and New game then start without it.
    // A story that cannot be read is reported when play starts (the error screen), not here.
    this.time.delayedCall(300, () => {
      try {
        loadStory(storyJson(this));
      } catch {}
    });
    if (data.notice) {
      // Beside the menu in landscape, under it upright: never over a button.
      const x = portrait ? left : left + menuWidth + 80;
      const y = portrait ? list.bottom + 40 : top + layout.titleSize + 128;
      this.drawNotice(layout, data.notice, x, y);
    }
    offer(this, asChoices(items), S.title.menuLabel);
  }

  private drawBackground(layout: Layout): void {
    const { width, height, portrait } = layout;
    const key = textureKey.image('title');
    if (!this.textures.exists(key)) {
      this.add.graphics().fillGradientStyle(0x0b1020, 0x0b1020, 0x2b2745, 0x3a2f45, 1).fillRect(0, 0, width, height);
      return;
    }
    const bg = this.add.image(width / 2, height / 2, key);
    const { zoom } = viewOf(this);
    bg.setScale(Math.max(fitScale(width, bg.width, zoom), fitScale(height, bg.height, zoom)));
    drawnPixelExact(bg, zoom);
    // Held upright, the painting is cropped to its balloon (at 67% of its width), not its middle.
    if (portrait)
      bg.setX(Math.min(bg.displayWidth / 2, Math.max(width - bg.displayWidth / 2, width * 0.55 - 0.17 * bg.displayWidth)));
  }

  private menuItems(): ListItem[] {
    const items: ListItem[] = [];
    const session = sessionSlot.get(this.registry);
    const auto = services(this).slots.read('auto');
    if (session?.current && session.current.kind !== 'end') {
      items.push({ label: S.title.continue, onPress: () => goTo(this, SceneKey.Story, {}) });
    } else if (auto.ok && auto.value.save && !auto.value.problem) {
      items.push({ label: S.title.continue, onPress: () => this.report(loadSlot(this, 'auto')) });
    }
    items.push(
      { label: S.title.newGame, onPress: () => goTo(this, SceneKey.ContentNote) },
      { label: S.title.load, onPress: () => goTo(this, SceneKey.Slots, { mode: 'load', back: 'title' }) },
      { label: S.title.chapters, onPress: () => this.chapters() },
      { label: S.title.endings, onPress: () => this.info(S.endings.heading, this.endingLines()) },
      { label: S.title.settings, onPress: () => goTo(this, SceneKey.Settings, { back: 'title' }) },
      { label: S.title.credits, onPress: () => this.info(S.credits.heading, [...S.credits.lines]) },
    );
    return items;
  }

  private drawMenu(layout: Layout, items: ListItem[], left: number, top: number, width: number): ButtonList {
    // Larger text: the buttons shrink (never below the normal size) so the whole menu stays on screen.
    const room = (layout.height - 40 - top) / items.length - 16 - 24;
    const fontSize = Math.min(layout.uiSize + 4, Math.max(34, Math.floor(room / 1.2)));
    // The first item has the focus from the start: Enter works without an arrow key first.
    return new ButtonList(this, left, top, items, {
      width,
      fontSize,
      minHeight: layout.touchTarget,
      gap: 16,
      palette: palette(this),
      focus: 0,
    });
  }

  private drawNotice(layout: Layout, notice: string, x: number, y: number): void {
    this.add
      .text(x, y, notice, {
        fontFamily: UI_FONT,
        fontSize: `${Math.round(layout.uiSize * 0.8)}px`,
        color: css(Colour.yellow),
        backgroundColor: 'rgba(5,7,13,0.85)',
        padding: { x: 20, y: 12 },
        wordWrap: { width: layout.width - x - layout.margin - 40 },
      })
      .setDepth(10);
  }

  private info(heading: string, lines: string[], rows?: ScrollRow[]): void {
    const data: InfoData = { heading, lines, back: 'title', ...(rows ? { rows } : {}) };
    goTo(this, SceneKey.Info, data);
  }

  private report(outcome: Outcome): void {
    if (!outcome.ok) this.info(S.title.name, [outcome.message]);
  }

  /** Reached chapters can be replayed from their start (the checkpoint saved when the chapter began). */
  private chapters(): void {
    const { slots } = services(this);
    const rows: ScrollRow[] = [{ text: S.chapters.note, tone: 'muted' }];
    const lines: string[] = [S.chapters.note];
    CHAPTERS.forEach((name, n) => {
      const read = slots.read(`chapter${n}`);
      const reached = read.ok && read.value.save !== null && !read.value.problem;
      const text = reached ? `${S.chapters.replay} ${name}` : S.chapters.lockedRow(name);
      rows.push(reached ? { text, onPress: () => this.report(loadSlot(this, `chapter${n}`)) } : { text, tone: 'muted' });
      if (!reached) lines.push(text);
    });
    this.info(S.chapters.heading, lines, rows);
  }

  private endingLines(): string[] {
    const progress = services(this).progress.load();
    const found = progress.ok ? progress.value.endingsFound : {};
    const taken = progress.ok ? progress.value.choicesTaken : {};
    const graph = branchGraphOf(storyJson(this));
    const options = graph.choicePoints.flatMap((c) => c.options.filter((o) => !o.fallback));
    const unseen = options.filter((o) => !taken[o.path]).length;
    const lines = ENDINGS.map((e, i) =>
      found[e.id] ? `${i + 1}. ${e.title}: ${e.summary}` : `${i + 1}. ${S.endings.locked}: ${S.endings.lockedHint}`,
    );
    return [...lines, '', S.endings.unseen(unseen, options.length), S.endings.progressNote];
  }
}
