// A panel over a dimmed screen: the look shared by menus, settings, history and the error screen.
import type Phaser from 'phaser';
import type { Layout } from '../layout.ts';
import { Colour, css, FONT, type Palette } from '../theme.ts';

export interface PanelRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where content starts below the heading. */
  contentY: number;
}

export function drawPanel(scene: Phaser.Scene, layout: Layout, palette: Palette, heading: string, depth = 60): PanelRect {
  const width = Math.min(layout.width - 2 * layout.margin, 1200);
  const height = layout.height - 2 * (layout.portrait ? 120 : 70);
  const x = (layout.width - width) / 2;
  const y = (layout.height - height) / 2;
  scene.add.rectangle(0, 0, layout.width, layout.height, 0x05070d, 0.72).setOrigin(0).setDepth(depth).setInteractive();
  const g = scene.add.graphics().setDepth(depth);
  g.fillStyle(palette.box, 0.97).fillRoundedRect(x, y, width, height, 26);
  g.lineStyle(3, palette.accent, 0.8).strokeRoundedRect(x, y, width, height, 26);
  scene.add.text(x + 60, y + 44, heading, { fontFamily: FONT, fontSize: '64px', color: css(Colour.paper) }).setDepth(depth + 1);
  return { x, y, width, height, contentY: y + 150 };
}
