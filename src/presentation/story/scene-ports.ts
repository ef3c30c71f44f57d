// The story controller's ports as a Phaser scene provides them: the game's services (mirror, sound,
// settings, read marks, saves), the scene's clock (paused with the scene), and its ways out.

import type Phaser from 'phaser';
import { StoryError } from '../../engine/index.ts';
import { goTo } from '../go-to.ts';
import { SceneKey } from '../keys.ts';
import { offer } from '../mirror-offer.ts';
import { recordProgress } from '../play/progress.ts';
import { autosave, saveChapterStart } from '../play/saves.ts';
import { prefetchNextScenes } from '../prefetch.ts';
import { ReadLines } from '../read-lines.ts';
import { services } from '../services.ts';
import { sessionSlot } from '../session.ts';
import type { StoryPorts } from './controller.ts';
import type { StoryView } from './ports.ts';

export function scenePorts(scene: Phaser.Scene, view: StoryView): StoryPorts {
  const svc = services(scene);
  return {
    view,
    sound: svc.sound,
    mirror: {
      line: (text, speaker) => svc.mirror.line(text, speaker ?? null),
      heading: (text) => svc.mirror.heading(text),
      repeat: (text, speaker) => svc.mirror.repeat(text, speaker ?? null),
      offer: (items, label) => offer(scene, items, label),
    },
    timer: {
      after(ms, fn) {
        const event = scene.time.delayedCall(ms, fn);
        return () => event.remove(false);
      },
    },
    settings: {
      textSpeed: () => svc.settings.get().textSpeed,
      reducedMotion: () => svc.settings.reducedMotion(),
      autoAdvance: () => (svc.settings.get().autoAdvance ? svc.settings.get().autoDelay : null),
      skipRead: () => svc.settings.get().skipRead,
    },
    keeper: {
      markRead(node, text) {
        const key = ReadLines.key(node, text);
        const read = svc.readLines.has(key);
        svc.readLines.add(key);
        return read;
      },
      // At each choice point: the autosave, and the art of the scenes down each option fetched ahead.
      autosave: () => {
        void autosave(scene);
        prefetchNextScenes(scene);
      },
      chapterStart: (chapter) => saveChapterStart(scene, chapter),
      recordProgress: () => recordProgress(scene),
      playAgain: () => goTo(scene, SceneKey.ContentNote),
      toTitle: () => {
        sessionSlot.clear(scene.registry);
        goTo(scene, SceneKey.Title);
      },
      fail: (e) => failTo(scene, e),
    },
  };
}

/** Anything the story throws lands on the error screen, in words. */
export function failTo(scene: Phaser.Scene, e: unknown): void {
  const message = e instanceof StoryError ? e.message : `Unexpected error: ${e instanceof Error ? e.message : String(e)}`;
  goTo(scene, SceneKey.Error, { message });
}
