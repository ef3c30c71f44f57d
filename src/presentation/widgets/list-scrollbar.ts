// The scroll list's scrollbar: a track the height of the rows' box, a thumb as long as the share of
// rows shown and placed where the shown rows are.
import type Phaser from 'phaser';
import type { Palette } from '../theme.ts';
import type { Box } from './scroll-list-options.ts';

/** The scrollbar's width; the rows leave room for it. */
export const BAR = 14;

export function drawScrollbar(
  scene: Phaser.Scene,
  body: Box,
  palette: Palette,
  window: { count: number; total: number; top: number; maxTop: number },
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setDepth(62).setName('scrollbar');
  const x = body.x + body.width - BAR;
  const thumb = Math.max(40, (body.height * window.count) / window.total);
  const at = ((body.height - thumb) * window.top) / Math.max(1, window.maxTop);
  g.fillStyle(palette.boxEdge, 0.9).fillRoundedRect(x, body.y, BAR, body.height, BAR / 2);
  g.fillStyle(palette.accent, 1).fillRoundedRect(x, body.y + at, BAR, thumb, BAR / 2);
  return g;
}
