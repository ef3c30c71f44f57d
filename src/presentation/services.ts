// What the composition root (src/main.ts) hands to the scenes, through the game registry.

import type Phaser from 'phaser';
import type { Mirror } from '../a11y/mirror.ts';

export interface Services {
  mirror: Mirror;
  /** URL of the compiled story. */
  storyUrl: string;
  /** Reloads the whole game (the error screen's "Restart"). */
  restart: () => void;
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
