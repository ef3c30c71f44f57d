// The scroll list's footer: buttons under the rows that never scroll (Back, a screen's other actions),
// sharing lines as many per line as fit, each as wide as its label needs.
import type Phaser from 'phaser';
import { type Palette, UI_FONT } from '../theme.ts';
import { Button } from './button.ts';
import type { ListItem } from './button-list.ts';
import { footerLines } from './list-window.ts';
import type { Box } from './scroll-list-options.ts';

const GAP = 16;

/** Draws the footer at the bottom of box; returns its buttons and the height it takes from the box. */
export function buildFooter(
  scene: Phaser.Scene,
  box: Box,
  items: ListItem[],
  fontSize: number,
  palette: Palette,
): { buttons: Button[]; height: number } {
  if (items.length === 0) return { buttons: [], height: 0 };
  const probe = scene.add.text(0, 0, '', { fontFamily: UI_FONT, fontSize: `${fontSize}px` }).setVisible(false);
  const widths = items.map((item) => Math.min(box.width, Math.max(200, probe.setText(item.label).width + 64)));
  const lineHeight = probe.setText('Ag').height + 24;
  probe.destroy();
  const lines = footerLines(widths, box.width, GAP);
  const height = lines.length * (lineHeight + 12);
  const buttons: Button[] = [];
  lines.forEach((line, row) => {
    let x = box.x;
    const y = box.y + box.height - height + row * (lineHeight + 12) + 12;
    for (const i of line) {
      const item = items[i] as ListItem;
      const width = widths[i] as number;
      const button = new Button(scene, x, y, item.label, item.onPress, { width, fontSize, align: 'center', palette });
      button.setDepth(62);
      buttons.push(button);
      x += width + GAP;
    }
  });
  return { buttons, height: height + GAP };
}
