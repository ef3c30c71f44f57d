// A quick load: a save holds the ink state and the presentation state at the moment of saving, which
// is all the screen needs to draw that moment; restoring them costs well under a millisecond. The
// history, the rewind points and the trail (what a replay of the run rebuilds: about 70 ms for a
// whole run of the real story on a quiet machine) follow after the first frame, or on first use,
// through Playthrough.settle(), which also checks that the replay reaches the saved state exactly.
import type { ExternalTable } from '../externals.ts';
import type { PresentationState } from '../presentation-state.ts';
import type { Run } from '../run/run.ts';
import type { Beat } from '../story-engine.ts';
import { Playthrough } from './playthrough.ts';
import { type ReplayOutcome, replayRun } from './replay.ts';

export interface SavedPlace {
  seed: number;
  choices: readonly number[];
  /** The text of each choice taken (a save's choiceTexts). */
  choiceTexts: readonly string[];
  /** story.state.ToJson() at the saved moment. */
  inkState: string;
  presentation: PresentationState;
  /** Beats shown since the last choice. */
  beats: number;
  /** The kind of beat on screen (null when none is yet, right after a choice). */
  shown: Beat['kind'] | null;
  /** The last line shown, "Speaker: text" (a save's summary). */
  lastLine: string;
}

export interface Settlement {
  /** True when the replay reached the saved ink state and the same beat on screen. */
  exact: boolean;
  outcome: ReplayOutcome;
}

/** A playthrough at `place` on this story, its history to be settled; null if the state does not restore. */
export function resumeRun(
  json: string,
  run: Run,
  place: SavedPlace,
  options: { externals?: ExternalTable } = {},
): Playthrough | null {
  const externals = options.externals ? { externals: options.externals } : {};
  const replay = () => replayRun(json, run, { expected: place.choiceTexts, beats: place.beats, ...externals });
  return Playthrough.resume(json, place, replay, externals);
}
