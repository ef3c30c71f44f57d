// Typed scene navigation: each scene key with the data its create() takes, so a wrong or missing
// payload is a type error. The scene types are imported as types only (no import cycle at run time).
import type Phaser from 'phaser';
import type { SceneKeyName as Key } from './keys.ts';
import type { ErrorData } from './scenes/error.ts';
import type { InfoData } from './scenes/info.ts';
import type { MapData } from './scenes/map.ts';
import type { SettingsData } from './scenes/settings.ts';
import type { SlotsData } from './scenes/slots.ts';
import type { StoryData } from './scenes/story.ts';
import type { TitleData } from './scenes/title.ts';

/** The data each scene starts with (undefined: the scene takes none). */
export interface SceneDataOf {
  Boot: undefined;
  Preload: undefined;
  Title: TitleData | undefined;
  ContentNote: undefined;
  Story: StoryData | undefined;
  Menu: undefined;
  Info: InfoData;
  Settings: SettingsData;
  Map: MapData;
  Slots: SlotsData;
  Error: ErrorData;
}

// Every key has an entry, and every entry is a key.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _keysMatch: Exact<Key, keyof SceneDataOf> = true;
void _keysMatch;

type DataArgs<K extends Key> = undefined extends SceneDataOf[K] ? [data?: SceneDataOf[K]] : [data: SceneDataOf[K]];

/** Anything that can start a scene: a scene's own plugin (`scene.scene`) or the game's manager (`game.scene`). */
interface Starter {
  scene: { start(key: string, data?: object): unknown };
}

/** Starts a scene (stopping the caller's own scene when called from a scene). */
export function goTo<K extends Key>(from: Starter, key: K, ...data: DataArgs<K>): void {
  from.scene.start(key, data[0]);
}

/** Runs a scene beside the caller's (an overlay above the paused story). */
export function launch<K extends Key>(from: Phaser.Scene, key: K, ...data: DataArgs<K>): void {
  from.scene.launch(key, data[0]);
}
