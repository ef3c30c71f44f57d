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
  /** The box inside the panel, below the heading, where a screen's content goes. */
  body: { x: number; y: number; width: number; height: number };
}

export function drawPanel(scene: Phaser.Scene, layout: Layout, palette: Palette, heading: string, depth = 60): PanelRect {
  // The panel widens with larger text (up to the screen's margins), so a line holds as many words at
  // Larger as at Normal and a save's summary does not wrap into a row too tall for the list.
  const width = Math.min(layout.width - 2 * layout.margin, Math.round(1200 * Math.max(1, layout.fontScale)));
  const height = layout.height - 2 * (layout.portrait ? 120 : 70);
  const x = (layout.width - width) / 2;
  const y = (layout.height - height) / 2;
  scene.add.rectangle(0, 0, layout.width, layout.height, 0x05070d, 0.72).setOrigin(0).setDepth(depth).setInteractive();
  // Named, with its box, so the geometry test can check that every text and button lies inside it.
  const g = scene.add.graphics().setDepth(depth).setName('panel');
  g.setData('box', { x, y, width, height });
  g.fillStyle(palette.box, 0.97).fillRoundedRect(x, y, width, height, 26);
  g.lineStyle(3, palette.accent, 0.8).strokeRoundedRect(x, y, width, height, 26);
  scene.add.text(x + 60, y + 44, heading, { fontFamily: FONT, fontSize: '64px', color: css(Colour.paper) }).setDepth(depth + 1);
  const pad = layout.portrait ? 40 : 60;
  const contentY = y + 150;
  const body = { x: x + pad, y: contentY, width: width - 2 * pad, height: y + height - 30 - contentY };
  return { x, y, width, height, contentY, body };
}
