// The story as it was before the menu opened, for save thumbnails. A save made from the Save screen
// must show the story, not the menu or the Save screen over it: so when the menu opens over the
// story, it hides itself for one frame and that frame is kept (the page's thumbnail, a JPEG).
import type Phaser from 'phaser';
import { services } from './services.ts';

const KEY = 'room7-story-picture';
/** Never wait longer than this for the picture: a save without one is still a save. */
const WAIT_MS = 600;

interface Registry {
  get(key: string): unknown;
  set(key: string, value: unknown): unknown;
  remove(key: string): unknown;
}

/** Takes the picture if none is kept for this visit to the menu; `scene` (the menu) stays hidden meanwhile. */
export function takeStoryPicture(scene: Phaser.Scene): void {
  if (scene.registry.get(KEY)) return;
  scene.scene.setVisible(false);
  const show = () => scene.scene.setVisible(true);
  const shot = services(scene).platform.thumbnail();
  scene.registry.set(KEY, shot);
  void shot.finally(show);
  scene.time.delayedCall(WAIT_MS, show);
}

/** The picture of the story under the menu (null when there is none). */
export async function storyPicture(registry: Registry): Promise<string | null> {
  const shot = registry.get(KEY) as Promise<string | null> | undefined;
  if (!shot) return null;
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), WAIT_MS));
  return Promise.race([shot, late]);
}

/** The story moved on (the menu closed, a load, a rewind): the next menu takes a new picture. */
export function forgetStoryPicture(registry: Registry): void {
  registry.remove(KEY);
}
