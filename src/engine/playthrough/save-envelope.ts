// The save envelope: everything a save holds, as plain data. src/persistence/save-codec.ts
// validates it on load and rebuilds it when the story changed.
import type { ChapterMark, PresentationState } from '../presentation-state.ts';
import { encodeRun } from '../run/run-codec.ts';
import type { Beat } from '../story-engine.ts';
import type { Playthrough } from './playthrough.ts';

export const SAVE_FORMAT = 1;

export interface SaveEnvelope {
  format: typeof SAVE_FORMAT;
  /** storyHash() of the story the save was made on. */
  storyHash: string;
  /** story.state.ToJson() at the moment of saving. */
  inkState: string;
  /** The run as a run code (encodeRun): seed and choices. */
  run: string;
  /**
   * The text of each choice of the run, in order: on an edited story a choice is found again by its
   * text, so a removed option before it cannot shift the run onto the wrong one. (Texts only: paths
   * would double the size of a long save and the rebuild does not need them.)
   */
  choiceTexts: string[];
  /** Beats shown since the last choice, so a replay stops at the same beat. */
  beat: number;
  /**
   * The kind of beat on screen (null: none yet). With it a load draws the saved moment from the ink
   * state alone (saved-place.ts); saves made before it was added load by a replay, as before.
   */
  shown?: Beat['kind'] | null;
  presentation: PresentationState;
  chapter: ChapterMark | null;
  /** ISO 8601 time of saving. */
  savedAt: string;
  /** One line for the load screen: the last line shown. */
  summary: string;
}

export function captureSave(p: Playthrough, now: Date): SaveEnvelope {
  return {
    format: SAVE_FORMAT,
    storyHash: p.storyHash,
    inkState: p.inkState(),
    run: encodeRun(p.run),
    choiceTexts: p.trail.map((t) => t.text),
    beat: p.beatsThisTurn,
    shown: p.current?.kind ?? null,
    presentation: p.presentation,
    chapter: p.presentation.chapter,
    savedAt: now.toISOString(),
    summary: p.lastLine,
  };
}
