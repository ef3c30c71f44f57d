// A screen of rows in a panel, scrolling inside it, with Back: history, endings, chapters, credits,
// "go back to a choice", messages. Over the story it is an overlay; from the title a full screen.
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { SceneKey } from '../keys.ts';
import { offer } from '../mirror-offer.ts';
import { goBack, isOverlay, type Return } from '../navigation.ts';
import Phaser from '../phaser.ts';
import { openPanel } from '../screen-frame.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { FONT } from '../theme.ts';
import type { ListItem } from '../widgets/button-list.ts';
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
    const { layout, colours, panel } = openPanel(this, data.heading, { overlay: isOverlay(data.back) });
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
    services(this).mirror.announce(data.heading);
    const buttons = rows.flatMap((r) => (r.onPress ? [{ label: r.label ?? r.text, onChoose: r.onPress }] : []));
    offer(this, [...buttons, { label: S.back, onChoose: back }], data.heading, true, data.lines);
  }
}
