// The one way into the story screen from anywhere (a load, a link, a rewind, a reload), and what every
// play action reports: an outcome in words, never a throw.
import type Phaser from 'phaser';
import { goTo } from '../go-to.ts';
import { CacheKey, SceneKey } from '../keys.ts';
import { type StorySession, sessionSlot } from '../session.ts';
import { forgetStoryPicture } from '../story-picture.ts';

export type Outcome = { ok: true; message: string } | { ok: false; message: string };

export function storyJson(scene: Phaser.Scene): string {
  return scene.cache.text.get(CacheKey.story) as string;
}

export function currentSession(scene: Phaser.Scene): StorySession | undefined {
  return sessionSlot.get(scene.registry);
}

/** Starts (or restarts) the story screen on a session, stopping overlays above it. */
export function enterStory(scene: Phaser.Scene, session: StorySession, notice?: string): void {
  sessionSlot.set(scene.registry, session);
  forgetStoryPicture(scene.registry);
  for (const key of [SceneKey.Menu, SceneKey.Info, SceneKey.Settings, SceneKey.Slots, SceneKey.Map]) {
    if (key !== scene.scene.key && scene.scene.isActive(key)) scene.scene.stop(key);
  }
  scene.scene.stop(SceneKey.Story);
  goTo(scene, SceneKey.Story, notice ? { notice } : {});
}
