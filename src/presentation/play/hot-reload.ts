// Hot reload for authors (dev only): the story was recompiled; the run is replayed on the new one.
import type Phaser from 'phaser';
import { describeReplay, replayRun } from '../../engine/index.ts';
import { placeKey } from '../../story-event.ts';
import { CacheKey } from '../keys.ts';
import { StorySession } from '../session.ts';
import { currentSession, enterStory, type Outcome } from './enter.ts';

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
      ? `Story reloaded, but your place no longer fits: ${describeReplay(outcome, 'node')}${where ? ` (${where})` : ''}.`
      : `Story reloaded: ${describeReplay(outcome, 'node')}.`;
    const next = new StorySession(outcome.playthrough);
    next.autosaveSlot = session.autosaveSlot;
    enterStory(scene, next, notice);
    return { ok: true, message: notice };
  } catch (e) {
    return { ok: false, message: `The new story could not replay your place: ${e instanceof Error ? e.message : String(e)}` };
  }
}
