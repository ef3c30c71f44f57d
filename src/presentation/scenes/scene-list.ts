// Every scene the game registers, in drawing order (later ones draw above earlier ones). The first
// screens (the title, a run link's story, the error screen) and the two before them are in the game's
// own chunk; the rest are lazy (lazy-scene.ts): their code is in chunks of its own, fetched when the
// scene first opens or, sooner, just after the first screen is drawn (warmLazyScenes, main.ts), so it
// is neither downloaded nor compiled before the first frame.
import type PhaserNamespace from 'phaser';
import { SceneKey } from '../keys.ts';
import { BootScene } from './boot.ts';
import { ErrorScene } from './error.ts';
import { lazyScene } from './lazy-scene.ts';
import { PreloadScene } from './preload.ts';
import { StoryScene } from './story.ts';
import { TitleScene } from './title.ts';

type SceneClass = new () => PhaserNamespace.Scene;

/** The lazy scenes' code, each a chunk of its own (a second call returns the same module). */
const LAZY = {
  [SceneKey.ContentNote]: () => import('./content-note.ts').then((m) => m.ContentNoteScene),
  [SceneKey.Menu]: () => import('./menu.ts').then((m) => m.MenuScene),
  [SceneKey.Info]: () => import('./info.ts').then((m) => m.InfoScene),
  [SceneKey.Settings]: () => import('./settings.ts').then((m) => m.SettingsScene),
  [SceneKey.Slots]: () => import('./slots.ts').then((m) => m.SlotsScene),
  [SceneKey.Map]: () => import('./map.ts').then((m) => m.MapScene),
} satisfies Record<string, () => Promise<SceneClass>>;

const lazy = (key: keyof typeof LAZY) => lazyScene(key, LAZY[key], SceneKey.Error);

export function gameScenes(): SceneClass[] {
  return [
    BootScene,
    PreloadScene,
    TitleScene,
    lazy(SceneKey.ContentNote),
    StoryScene,
    lazy(SceneKey.Menu),
    lazy(SceneKey.Info),
    lazy(SceneKey.Settings),
    lazy(SceneKey.Slots),
    lazy(SceneKey.Map),
    ErrorScene,
  ];
}

/** Fetches the lazy scenes' code now (after the first screen): opening one then waits for nothing. */
export function warmLazyScenes(): void {
  for (const load of Object.values(LAZY)) load().catch(() => undefined);
}
