// Offers buttons in the DOM mirror on behalf of a scene. A button pressed after its scene has gone
// (a stale button a fast screen-reader user can still reach) does nothing.
import type Phaser from 'phaser';
import type { MirrorChoice } from '../a11y/mirror.ts';
import { services } from './services.ts';

export function offer(
  scene: Phaser.Scene,
  items: MirrorChoice[],
  label: string,
  dialog = false,
  body: readonly string[] = [],
): void {
  const guarded = items.map((item) => ({
    label: item.label,
    onChoose: () => {
      if (scene.sys.isActive()) item.onChoose();
    },
  }));
  services(scene).mirror.offer(guarded, label, dialog, body);
}
