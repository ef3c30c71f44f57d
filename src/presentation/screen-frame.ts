// What every menu-like screen starts with: a layout for this window at the player's text size, the
// palette they chose, and the backdrop. With a heading, the panel too (widgets/panel.ts).
import type Phaser from 'phaser';
import { computeLayout, type Layout } from './layout.ts';
import { palette } from './palette.ts';
import { services } from './services.ts';
import { Colour, type Palette } from './theme.ts';
import { designSize } from './view.ts';
import { drawPanel, type PanelRect } from './widgets/panel.ts';

export interface ScreenFrame {
  layout: Layout;
  colours: Palette;
}

export interface PanelFrame extends ScreenFrame {
  panel: PanelRect;
}

/** A full screen gets the night backdrop; an overlay none, so the paused story shows through. */
export function openScreen(scene: Phaser.Scene, where: { overlay: boolean }): ScreenFrame {
  const layout = computeLayout(...designSize(scene), services(scene).settings.get().fontScale);
  if (!where.overlay) scene.cameras.main.setBackgroundColor(Colour.night);
  return { layout, colours: palette(scene) };
}

export function openPanel(scene: Phaser.Scene, heading: string, where: { overlay: boolean }): PanelFrame {
  const frame = openScreen(scene, where);
  return { ...frame, panel: drawPanel(scene, frame.layout, frame.colours, heading) };
}
