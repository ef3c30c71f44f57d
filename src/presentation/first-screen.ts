// What can wait until the player sees something: main.ts starts the sound back end (howler, whose
// first Howl creates an AudioContext: 60-300 ms of main thread here) and registers the service worker
// (which then downloads the whole game, 2.7 MB, for offline play) only after the first screen after
// the preloader, the title, a run link's story line or the error screen, has been drawn.
import type Phaser from 'phaser';
import { SceneKey } from './keys.ts';

const FIRST_SCREENS = [SceneKey.Title, SceneKey.Story, SceneKey.Error];

/** Calls `action` once, in a task of its own just after the first frame that draws one of the first screens. */
export function afterFirstScreen(game: Phaser.Game, action: () => void): void {
  const check = () => {
    if (!FIRST_SCREENS.some((key) => game.scene.isActive(key))) return;
    game.events.off('postrender', check);
    setTimeout(action, 0);
  };
  game.events.on('postrender', check);
}
