// A screen of rows in a panel, scrolling inside it, with Back: history, endings, chapters, credits,
// "go back to a choice", messages. Over the story it is an overlay; from the title a full screen.
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import { goBack, isOverlay, type Return } from '../navigation.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { FONT } from '../theme.ts';
import { designSize } from '../view.ts';
import type { ListItem } from '../widgets/button-list.ts';
import { drawPanel } from '../widgets/panel.ts';
import { ScrollList, type ScrollRow } from '../widgets/scroll-list.ts';

export interface InfoData {
  heading: string;
  /** Paragraphs of text (also the DOM mirror's text). */
  lines: string[];
  /** Rows to show instead of `lines` (History's speakers and jumps, chapters to replay). */
  rows?: ScrollRow[];
  back: Return;
  /** Start scrolled to the end (history). */
  atEnd?: boolean;
  /** Buttons in the list after the text (choice points to go back to). */
  actions?: ListItem[];
}

export class InfoScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Info);
  }

  create(data: InfoData): void {
    const { mirror, settings } = services(this);
    const layout = computeLayout(...designSize(this), settings.get().fontScale);
    const colours = palette(this);
    if (!isOverlay(data.back)) this.cameras.main.setBackgroundColor(0x0b1020);
    const panel = drawPanel(this, layout, colours, data.heading);
    const actions = data.actions ?? [];
    const rows: ScrollRow[] = [
      ...(data.rows ?? data.lines.map((text) => ({ text }))),
      ...actions.map((a) => ({ text: a.label, onPress: a.onPress })),
    ];
    const back = () => goBack(this, data.back);
    new ScrollList(this, panel.body, rows, {
      palette: colours,
      font: FONT,
      fontSize: Math.round(layout.textSize * 0.85),
      footerFontSize: Math.round(layout.uiSize * 0.85),
      footer: [{ label: S.back, onPress: back }],
      atEnd: data.atEnd ?? false,
      speakerColumn: layout.portrait ? 0 : 240,
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (keyBelongsToFocus(event)) return;
      if (event.key === 'Escape' || event.key === 'Backspace') back();
    });
    mirror.announce(data.heading);
    const buttons = rows.flatMap((r) => (r.onPress ? [{ label: r.label ?? r.text, onChoose: r.onPress }] : []));
    offer(this, [...buttons, { label: S.back, onChoose: back }], data.heading, true, data.lines);
  }
}
