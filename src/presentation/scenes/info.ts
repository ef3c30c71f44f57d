// A screen of text lines in a panel, scrollable, with Back: history, endings, chapters, credits and
// features not built yet. Over the story it is an overlay; from the title it is a full screen.
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import { goBack, isOverlay, type Return } from '../navigation.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { css, FONT } from '../theme.ts';
import { ButtonList, type ListItem } from '../widgets/button-list.ts';
import { drawPanel } from '../widgets/panel.ts';

export interface InfoData {
  heading: string;
  lines: string[];
  back: Return;
  /** Start scrolled to the end (history). */
  atEnd?: boolean;
  /** Buttons above Back (e.g. choice points to go back to, chapters to replay). */
  actions?: ListItem[];
}

export class InfoScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Info);
  }

  create(data: InfoData): void {
    const { mirror, settings } = services(this);
    const layout = computeLayout(this.scale.width, this.scale.height, settings.get().fontScale);
    const colours = palette(this);
    if (!isOverlay(data.back)) this.cameras.main.setBackgroundColor(0x0b1020);
    const panel = drawPanel(this, layout, colours, data.heading);
    const actions = data.actions ?? [];
    const actionHeight = Math.min(actions.length, 6) * (layout.uiSize * 0.8 + 30);
    const bottom = panel.y + panel.height - 130 - actionHeight;
    const body = this.add
      .text(panel.x + 60, panel.contentY, '', {
        fontFamily: FONT,
        fontSize: `${Math.round(layout.textSize * 0.85)}px`,
        color: css(colours.text),
        lineSpacing: 8,
        wordWrap: { width: panel.width - 120 },
      })
      .setDepth(61);
    // Wrap once, then show the window of wrapped lines that fits; scrolling moves the window.
    const wrapped = data.lines.flatMap((line) => [...body.getWrappedText(line), '']);
    body.setText('Ag');
    const perLine = body.height + 8;
    const visible = Math.max(3, Math.floor((bottom - panel.contentY) / perLine));
    let top = data.atEnd ? Math.max(0, wrapped.length - visible) : 0;
    const render = () => body.setText(wrapped.slice(top, top + visible).join('\n'));
    const scroll = (by: number) => {
      top = Math.min(Math.max(0, top + by), Math.max(0, wrapped.length - visible));
      render();
    };
    render();
    this.input.on('wheel', (_p: unknown, _o: unknown, _dx: number, dy: number) => scroll(Math.sign(dy) * 3));
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (keyBelongsToFocus(event)) return;
      if (event.key === 'PageDown') scroll(visible - 1);
      else if (event.key === 'PageUp') scroll(1 - visible);
      else if (event.key === 'ArrowDown') scroll(1);
      else if (event.key === 'ArrowUp') scroll(-1);
      else if (event.key === 'Escape' || event.key === 'Backspace') goBack(this, data.back);
    });
    const back = [{ label: S.back, onPress: () => goBack(this, data.back) }];
    // The last six actions fit above Back (the most recent choice points, the latest chapters).
    const shown = actions.slice(-6);
    if (shown.length > 0) {
      new ButtonList(this, panel.x + 60, bottom + 10, shown, {
        width: panel.width - 120,
        palette: colours,
        fontSize: Math.round(layout.uiSize * 0.8),
        gap: 6,
        numbered: true,
      }).setDepth(62);
    }
    new ButtonList(this, panel.x + 60, panel.y + panel.height - 110, back, {
      width: 320,
      palette: colours,
      keys: shown.length === 0,
    }).setDepth(62);
    mirror.announce(data.heading);
    offer(
      this,
      [...actions, ...back].map((b) => ({ label: b.label, onChoose: b.onPress })),
      data.heading,
      true,
      data.lines,
    );
  }
}
