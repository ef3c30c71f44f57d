// What the composition root (src/main.ts) hands to the scenes, through the game registry.
import type Phaser from 'phaser';
import type { Mirror } from '../a11y/mirror.ts';
import type { ProgressBook } from '../persistence/progress-book.ts';
import type { SaveSlots } from '../persistence/save-slots.ts';
import type { SoundStage } from '../ports/audio.ts';
import type { KeyValueStore } from '../ports/key-value-store.ts';
import type { SettingsController } from '../settings/controller.ts';
import type { StoryText } from '../story-source.ts';
import type { ArtManifest, AudioManifest, TextureLoader } from './assets.ts';
import type { ReadLines } from './read-lines.ts';

/** What the story screen needs of the sound (src/audio's AudioDirector; a silent one stands in). */
export type { SoundStage };

export const SILENT: SoundStage = { apply: () => undefined, restore: () => undefined };

/** What only the page can do (src/main.ts implements it with the DOM). */
export interface Platform {
  /** Offers text as a file download. */
  download(fileName: string, text: string): void;
  /**
   * Asks the player for a file; resolves with its text, with `refused` (why it was not read, in
   * words: too large, unreadable), or null when cancelled.
   */
  pickFile(): Promise<{ text: string } | { refused: string } | null>;
  /** A URL of this page that opens the game at a run, `beats` beats after its last choice. */
  runUrl(runCode: string, beats: number): string;
  /** Copies text to the clipboard; false when the browser refuses. */
  copy(text: string): Promise<boolean>;
  /** Fetches these files ahead, at low priority, into the browser's cache; best effort, silent. */
  prefetch(urls: readonly string[]): void;
  /** A JPEG of the next frame drawn (480x270 in landscape), for a save slot, or null. */
  thumbnail(): Promise<string | null>;
  /** Calls back when another tab or window changes stored data (the `storage` event); returns a remover. */
  onStorageChange(listener: (key: string | null) => void): () => void;
}

export interface Services {
  sound: SoundStage;
  /** Shows a sound caption on screen; the story screen adds one while it is up (main.ts calls them when captions are on). */
  soundCaptions: Set<(text: string) => void>;
  mirror: Mirror;
  settings: SettingsController;
  /** The compiled story's text, fetched as the page started (src/story-source.ts); the preloader waits for it. */
  story: Promise<StoryText>;
  /** Reloads the whole game (the error screen's "Restart"). */
  restart: () => void;
  /** A problem the player should know of once (storage off, a missing file); the game goes on. */
  warn: (message: string) => void;
  /** Filled by the preloader. */
  art: ArtManifest;
  audio: AudioManifest;
  textures: TextureLoader | null;
  platform: Platform;
  slots: SaveSlots;
  progress: ProgressBook;
  /** The storage port itself (small records such as the map's routes). */
  store: KeyValueStore;
  /** Lines already read, across runs (for "skip read text"). */
  readLines: ReadLines;
  /** The names of the voices self-voicing can use (empty where the browser has no speech). */
  voices: () => readonly string[];
  /** A run from the page's URL (`?run=CODE&at=BEATS`), consumed by the preloader. */
  startRun: { code: string; beats: number } | null;
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
