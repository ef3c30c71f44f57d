// What the composition root (src/main.ts) hands to the scenes, through the game registry.
import type Phaser from 'phaser';
import type { Mirror } from '../a11y/mirror.ts';
import type { SoundStage } from '../ports/audio.ts';
import type { SettingsController } from '../settings/controller.ts';
import type { ArtManifest, AudioManifest, TextureLoader } from './assets.ts';

/** What the story screen needs of the sound (src/audio's AudioDirector; a silent one stands in). */
export type { SoundStage };

export const SILENT: SoundStage = { apply: () => undefined, restore: () => undefined };

export interface Services {
  sound: SoundStage;
  /** Shows a sound caption on screen; the story screen adds one while it is up (main.ts calls them when captions are on). */
  soundCaptions: Set<(text: string) => void>;
  mirror: Mirror;
  settings: SettingsController;
  /** URL of the compiled story. */
  storyUrl: string;
  /** Reloads the whole game (the error screen's "Restart"). */
  restart: () => void;
  /** A problem the player should know of once (storage off, a missing file); the game goes on. */
  warn: (message: string) => void;
  /** Filled by the preloader. */
  art: ArtManifest;
  audio: AudioManifest;
  textures: TextureLoader | null;
}

const KEY = 'room7-services';

export function provideServices(game: Phaser.Game, services: Services): void {
  game.registry.set(KEY, services);
}

export function services(scene: Phaser.Scene): Services {
  const found = scene.registry.get(KEY) as Services | undefined;
  if (!found) throw new Error('Room 7 services are missing: the game must be started from src/main.ts.');
  return found;
}

export function textures(scene: Phaser.Scene): TextureLoader {
  const loader = services(scene).textures;
  if (!loader) throw new Error('Textures are not ready: the preloader has not run.');
  return loader;
}
