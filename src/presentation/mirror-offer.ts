// Offers buttons in the DOM mirror on behalf of a scene. A button pressed after its scene has gone
// (a stale button a fast screen-reader user can still reach) does nothing.
import type Phaser from 'phaser';
import type { MirrorChoice } from '../a11y/mirror.ts';
import { services } from './services.ts';
import type { ListItem } from './widgets/button-list.ts';

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

/** A screen's buttons as the mirror's buttons, in the same order. */
export function asChoices(items: readonly ListItem[]): MirrorChoice[] {
  return items.map((item) => ({ label: item.label, onChoose: item.onPress }));
}
