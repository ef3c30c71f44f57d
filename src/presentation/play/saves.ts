// Saves: into a slot (with its picture), a chapter's checkpoint, the autosave, and loading a slot or a
// save file (a save made on an older story is rebuilt and says how).
import type Phaser from 'phaser';
import { decodeSave, savePlaythrough } from '../../persistence/save-codec.ts';
import type { SlotId } from '../../persistence/save-slots.ts';
import { SceneKey } from '../keys.ts';
import { services } from '../services.ts';
import { StorySession } from '../session.ts';
import { settleAfterFirstFrame } from '../settle-load.ts';
import { storyPicture } from '../story-picture.ts';
import { S } from '../strings.ts';
import { currentSession, enterStory, type Outcome, storyJson } from './enter.ts';

/**
 * Saves the current run in a slot. `expected` is what the player was shown in that slot (its save
 * text, or null for empty): when given, a slot changed since (by another tab) is not overwritten.
 */
export async function saveToSlot(scene: Phaser.Scene, id: SlotId, expected?: string | null): Promise<Outcome> {
  const session = currentSession(scene);
  if (!session) return { ok: false, message: S.play.noStory };
  const svc = services(scene);
  // From the story itself the screen is the picture; from the Save screen, the story before the menu.
  const thumbnail = scene.scene.key === SceneKey.Story ? await svc.platform.thumbnail() : await storyPicture(scene.registry);
  const written = svc.slots.write(id, savePlaythrough(session.playthrough, new Date()), thumbnail, expected);
  if (written.ok) return { ok: true, message: S.play.saved(S.slots.name(id)) };
  if (written.error.fault === 'changed') return { ok: false, message: S.play.slotChanged(S.slots.name(id)) };
  return { ok: false, message: written.error.message };
}

/** A chapter has started: its checkpoint (for Chapters on the title) is this moment of this run. */
export function saveChapterStart(scene: Phaser.Scene, chapter: number): void {
  const session = currentSession(scene);
  if (!session) return;
  const svc = services(scene);
  const written = svc.slots.write(`chapter${chapter}`, savePlaythrough(session.playthrough, new Date()), null);
  if (!written.ok) svc.warn(written.error.message);
}

/** Loads save text into a new session; a save made on an older story is rebuilt and says how. */
export function loadSave(scene: Phaser.Scene, text: string, loaded: string = S.play.loadedFile): Outcome {
  const result = decodeSave(text, storyJson(scene), { deferCheck: true });
  if (result.kind === 'error') return { ok: false, message: S.saveProblem[result.error.problem] };
  const notice = result.kind === 'rebuilt' ? S.play.rebuilt(result.report.message) : loaded;
  const session = new StorySession(result.playthrough);
  enterStory(scene, session, notice);
  settleAfterFirstFrame(scene, session, (s, why) => enterStory(scene, s, why));
  return { ok: true, message: notice };
}

export function loadSlot(scene: Phaser.Scene, id: SlotId): Outcome {
  const read = services(scene).slots.read(id);
  if (!read.ok) return { ok: false, message: read.error.message };
  if (!read.value.save) return { ok: false, message: S.play.emptySlot };
  return loadSave(scene, read.value.save, S.play.loaded(S.slots.name(id)));
}
/** The autosave at a choice point: in the session's own slot (see StorySession.autosaveSlot). */
export function autosave(scene: Phaser.Scene): Promise<Outcome> {
  return saveToSlot(scene, currentSession(scene)?.autosaveSlot ?? 'auto');
}
