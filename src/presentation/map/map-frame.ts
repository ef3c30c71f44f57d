// The map screen's frame, drawn on the main camera: the panel (over a dimmed story, or on its own
// from the title), the heading, the zoom buttons, the key hint, and where the map viewport and the
// side panel go (side by side in landscape; the panel under the map in portrait).
import type Phaser from 'phaser';
import type { Layout, Rect } from '../layout.ts';
import { S } from '../strings.ts';
import { css, FONT, type Palette, UI_FONT } from '../theme.ts';
import { Button } from '../widgets/button.ts';

export interface MapFrame {
  panel: Rect;
  map: Rect;
  detail: Rect;
  headY: number;
}

export function mapFrame(width: number, height: number, portrait: boolean): MapFrame {
  const m = portrait ? 30 : 40;
  const panel = { x: m, y: m, width: width - 2 * m, height: height - 2 * m };
  const inner = portrait ? 30 : 40;
  const top = panel.y + (portrait ? 150 : 120);
  const bottom = panel.y + panel.height - inner - (portrait ? 0 : 50);
  if (portrait) {
    const mapH = Math.round((bottom - top) * 0.6);
    return {
      panel,
      headY: panel.y + 40,
      map: { x: panel.x + inner, y: top, width: panel.width - 2 * inner, height: mapH },
      // Room under the map for the one-line hint.
      detail: { x: panel.x + inner, y: top + mapH + 70, width: panel.width - 2 * inner, height: bottom - top - mapH - 70 },
    };
  }
  const detailW = 460;
  return {
    panel,
    headY: panel.y + 30,
    map: { x: panel.x + inner, y: top, width: panel.width - 3 * inner - detailW, height: bottom - top },
    detail: { x: panel.x + panel.width - inner - detailW, y: top, width: detailW, height: bottom - top },
  };
}

export interface ZoomActions {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

export function drawFrame(scene: Phaser.Scene, layout: Layout, colours: Palette, overlay: boolean, zoom: ZoomActions): MapFrame {
  const f = mapFrame(layout.width, layout.height, layout.portrait);
  // Catches clicks so nothing reaches the paused story underneath.
  scene.add
    .rectangle(0, 0, layout.width, layout.height, 0x05070d, overlay ? 0.8 : 0)
    .setOrigin(0)
    .setInteractive();
  const g = scene.add.graphics();
  g.fillStyle(colours.box, 0.97).fillRoundedRect(f.panel.x, f.panel.y, f.panel.width, f.panel.height, 26);
  g.lineStyle(3, colours.accent, 0.8).strokeRoundedRect(f.panel.x, f.panel.y, f.panel.width, f.panel.height, 26);
  g.fillStyle(0x070a12, 0.9).fillRoundedRect(f.map.x, f.map.y, f.map.width, f.map.height, 14);
  g.lineStyle(2, colours.boxEdge, 1).strokeRoundedRect(f.map.x, f.map.y, f.map.width, f.map.height, 14);
  const headSize = layout.portrait ? 64 : 60;
  scene.add.text(f.map.x, f.headY, S.map.heading, { fontFamily: FONT, fontSize: `${headSize}px`, color: css(colours.text) });
  const hintY = layout.portrait ? f.map.y + f.map.height + 10 : f.panel.y + f.panel.height - 62;
  scene.add.text(f.map.x, hintY, layout.portrait ? S.map.hintTouch : S.map.hint, {
    fontFamily: UI_FONT,
    fontSize: `${layout.portrait ? 28 : 24}px`,
    color: css(colours.muted),
    wordWrap: { width: f.map.width },
  });
  // Zoom buttons for mice and fingers, right-aligned with the map above it.
  const size = layout.uiSize;
  const w = Math.round(size * 2.4);
  const items: [string, () => void][] = [
    [S.map.zoomOut, zoom.zoomOut],
    [S.map.zoomIn, zoom.zoomIn],
    [S.map.fit, zoom.fit],
  ];
  items.forEach(([label, press], i) => {
    const x = f.map.x + f.map.width - (items.length - i) * (w + 12) + 12;
    new Button(scene, x, f.headY + 14, label, press, { width: w, fontSize: size, palette: colours, align: 'center' });
  });
  return f;
}
