// What the player can do with a playthrough from any screen: save, load, continue, rewind, replay a
// run, share the moment, and record progress. Each action reports in words; none throws.
import type Phaser from 'phaser';
import {
  branchGraphOf,
  choiceHash,
  decodeRun,
  describeReplay,
  encodeRun,
  progressOf,
  RunDecodeError,
  replayRun,
} from '../engine/index.ts';
import { decodeSave, savePlaythrough } from '../persistence/save-codec.ts';
import type { SlotId } from '../persistence/save-slots.ts';
import type { KeyValueStore } from '../ports/key-value-store.ts';
import { placeKey } from '../story-event.ts';
import { goTo } from './go-to.ts';
import { CacheKey, SceneKey } from './keys.ts';
import { NO_ROUTES, type Routes, recordRoute } from './map/map-routes.ts';
import { services } from './services.ts';
import { StorySession, sessionSlot } from './session.ts';
import { settleAfterFirstFrame } from './settle-load.ts';
import { forgetStoryPicture, storyPicture } from './story-picture.ts';
import { S } from './strings.ts';

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

/**
 * Opens a run (from a URL or the map) at the same screen: same seed, same choices, and `beats`
 * beats into the turn (the lines read since the last choice), so a link lands on the same line.
 */
export function openRun(scene: Phaser.Scene, code: string, beats = 1): Outcome {
  return openRunWith(scene, code, beats, true);
}

/** The autosave at a choice point: in the session's own slot (see StorySession.autosaveSlot). */
export function autosave(scene: Phaser.Scene): Promise<Outcome> {
  return saveToSlot(scene, currentSession(scene)?.autosaveSlot ?? 'auto');
}

/** The map's "Replay from here": the run up to that choice point, stopped on its choices. */
export function replayFromMap(scene: Phaser.Scene, code: string): Outcome {
  const outcome = openRunWith(scene, code, Number.POSITIVE_INFINITY);
  if (!outcome.ok) services(scene).warn(outcome.message);
  return outcome;
}

function openRunWith(scene: Phaser.Scene, code: string, beats: number, shared = false): Outcome {
  let run: ReturnType<typeof decodeRun>;
  try {
    run = decodeRun(code);
  } catch (e) {
    // The decoder's own words are for developers (the console); the player gets a sentence.
    console.info(`[Room 7] run link: ${e instanceof RunDecodeError ? e.message : String(e)}`);
    return { ok: false, message: S.play.linkDamaged };
  }
  try {
    const outcome = replayRun(storyJson(scene), run, { beats: Math.max(1, beats) });
    const changed = linkNotice(outcome, run.choiceHashes !== undefined);
    const session = new StorySession(outcome.playthrough);
    const own = services(scene).slots.read('auto');
    // A shared link over a player's own autosave: autosaved apart, and the player is told.
    const apart = shared && (!own.ok || own.value.save !== null);
    if (apart) session.autosaveSlot = 'link';
    const notice = [changed, apart ? S.links.keptApart : undefined].filter(Boolean).join(' ') || undefined;
    enterStory(scene, session, notice);
    return { ok: true, message: notice ?? 'Opened.' };
  } catch (e) {
    console.info(`[Room 7] run link: ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, message: S.play.linkFailed };
  }
}

/**
 * What the story screen says about a link: nothing when it replayed exactly; that the story changed
 * only when it did (another story version); a link on this very story that asks for choices the
 * story does not offer is a damaged link, not a changed story.
 */
function linkNotice(outcome: ReturnType<typeof replayRun>, checked: boolean): string | undefined {
  if (outcome.sameStory && !outcome.divergence) return undefined;
  // The notice says the story changed itself; the description need not say it again.
  const what = describeReplay({ ...outcome, sameStory: true });
  if (outcome.sameStory) return S.links.doesNotFit(what);
  if (outcome.divergence) return S.links.storyChanged(what);
  // Without choice hashes (an older link) the replay cannot tell an edited option from the same one.
  return checked ? S.links.storyUpdated(what) : S.links.unchecked(what);
}

export function rewind(scene: Phaser.Scene, turn?: number): Outcome {
  const session = currentSession(scene);
  if (!session || session.playthrough.trail.length === 0) return { ok: false, message: S.play.noChoiceYet };
  if (turn === undefined) session.playthrough.undo();
  else session.playthrough.rewindTo(turn);
  enterStory(scene, session);
  return { ok: true, message: S.rewound };
}

/**
 * History's "jump back here": to the choice point just before a line (`turn`), with its choices on
 * offer again; for a line before the first choice, to the start of the story (same seed).
 */
export function jumpBack(scene: Phaser.Scene, turn: number): Outcome {
  const session = currentSession(scene);
  if (!session) return { ok: false, message: S.play.noStory };
  if (turn >= 0) {
    session.playthrough.rewindTo(turn);
    enterStory(scene, session, S.play.jumped);
    return { ok: true, message: S.play.jumped };
  }
  const outcome = replayRun(storyJson(scene), { ...session.playthrough.run, choices: [] }, { beats: 1 });
  enterStory(scene, new StorySession(outcome.playthrough), S.play.restarted);
  return { ok: true, message: S.play.restarted };
}

export function shareUrl(scene: Phaser.Scene): string | null {
  const session = currentSession(scene);
  if (!session) return null;
  const p = session.playthrough;
  // With each choice's hash: a link opened on an edited story finds its options or says which is gone.
  const run = { ...p.run, choiceHashes: p.trail.map((c) => choiceHash(c.text)) };
  return services(scene).platform.runUrl(encodeRun(run), p.beatsThisTurn);
}

/** Records what this playthrough has seen into the progress book (idempotent). */
export function recordProgress(scene: Phaser.Scene): void {
  const session = currentSession(scene);
  if (!session) return;
  const nodeIds = branchGraphOf(storyJson(scene)).nodes.map((n) => n.id);
  const svc = services(scene);
  const result = svc.progress.record(progressOf(session.playthrough, nodeIds, new Date()));
  if (!result.ok) svc.warn(result.error.message);
  // The map's "Replay from here": the shortest run known to each option taken.
  const before = readRoutes(svc.store);
  const after = recordRoute(before, session.playthrough);
  if (after !== before) svc.store.set(ROUTES_KEY, JSON.stringify(after));
}

const ROUTES_KEY = 'map-routes';

/** Stored routes, or none when the record is missing or unreadable (it is rebuilt as the player plays). */
export function readRoutes(store: KeyValueStore): Routes {
  const got = store.get(ROUTES_KEY);
  if (!got.ok || !got.value) return NO_ROUTES;
  try {
    const parsed = JSON.parse(got.value) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return NO_ROUTES;
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return NO_ROUTES;
  }
}

/**
 * Hot reload for authors (dev only): the story was recompiled. The current run is replayed on the
 * new story, matching each choice by its text; where it no longer fits, play stops at the last valid
 * choice and the story screen says where the versions diverged (with `places`, knot -> file:line).
 */
export function reloadStory(scene: Phaser.Scene, json: string, places: Readonly<Record<string, string>> = {}): Outcome {
  scene.cache.text.remove(CacheKey.story);
  scene.cache.text.add(CacheKey.story, json);
  const session = currentSession(scene);
  if (!session) return { ok: true, message: 'Story reloaded.' };
  const p = session.playthrough;
  try {
    const outcome = replayRun(json, p.run, { expected: p.trail.map((c) => c.text), beats: Math.max(1, p.beatsThisTurn) });
    // The dev server knows each knot's and option's file and line (tools/vite-plugin-ink.ts): the
    // author can go straight to the edit. The choice point on offer where the replay stopped, else its knot.
    const node = outcome.divergence?.node ?? null;
    const offered = outcome.divergence ? outcome.playthrough.choicePoints.at(-1) : undefined;
    const first = offered?.chosen === null ? offered.choices[0]?.text : undefined;
    const where = (first !== undefined ? places[placeKey(node, first)] : undefined) ?? (node ? places[node] : undefined);
    const notice = outcome.divergence
      ? `Story reloaded, but your place no longer fits: ${describeReplay(outcome)}${where ? ` (${where})` : ''}.`
      : `Story reloaded: ${describeReplay(outcome)}.`;
    const next = new StorySession(outcome.playthrough);
    next.autosaveSlot = session.autosaveSlot;
    enterStory(scene, next, notice);
    return { ok: true, message: notice };
  } catch (e) {
    return { ok: false, message: `The new story could not replay your place: ${e instanceof Error ? e.message : String(e)}` };
  }
}
