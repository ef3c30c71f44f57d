// Where a screen returns to: the title (a full screen), or the story menu over the paused story.
import type Phaser from 'phaser';
import { goTo } from './go-to.ts';
import { SceneKey } from './keys.ts';

export type Return = 'title' | 'menu';

/** Overlays sit above the paused story; full screens replace the title. */
export function isOverlay(back: Return): boolean {
  return back === 'menu';
}

export function goBack(scene: Phaser.Scene, back: Return): void {
  if (back === 'menu') goTo(scene, SceneKey.Menu);
  else goTo(scene, SceneKey.Title);
}
