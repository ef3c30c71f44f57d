// The palette the player chose (normal or high contrast).
import type Phaser from 'phaser';
import { services } from './services.ts';
import { HIGH_CONTRAST, NORMAL, type Palette } from './theme.ts';

export function palette(scene: Phaser.Scene): Palette {
  return services(scene).settings.get().highContrast ? HIGH_CONTRAST : NORMAL;
}
