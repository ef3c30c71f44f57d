// What waits for the player to see something. The first screen after the preloader is the title, a
// run link's story line or the error screen; when its first frame has been drawn, main.ts takes the
// early line away (start.ts, line-preview.ts), then starts the sound back end (howler, whose first
// Howl creates an AudioContext: 60-300 ms of main thread here) and registers the service worker
// (which then downloads the whole game, 2.7 MB, for offline play).
import type Phaser from 'phaser';
import { SceneKey } from './keys.ts';

const FIRST_SCREENS = [SceneKey.Title, SceneKey.Story, SceneKey.Error];

/** Calls `action` once, right after the first frame that draws one of the first screens (in that frame's task). */
export function onFirstScreen(game: Phaser.Game, action: () => void): void {
  const check = () => {
    if (!FIRST_SCREENS.some((key) => game.scene.isActive(key))) return;
    game.events.off('postrender', check);
    action();
  };
  game.events.on('postrender', check);
}

/** Calls `action` once, in a task of its own just after the first frame that draws one of the first screens. */
export function afterFirstScreen(game: Phaser.Game, action: () => void): void {
  onFirstScreen(game, () => setTimeout(action, 0));
}
