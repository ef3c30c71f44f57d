// What a playthrough remembers: every beat shown, the choices taken, and at each choice point a
// snapshot of the ink state, so that a rewind is one LoadJson instead of a replay from the start.
import type { PresentationState } from '../presentation-state.ts';
import type { Beat, ChoiceOption } from '../story-engine.ts';

/** A choice the player made. `text` and `at` let a save be rebuilt on an edited story. */
export interface TakenChoice {
  index: number;
  text: string;
  /** The ink path of the choice (inkjs Choice.sourcePath); the map keys "choices taken" by it. */
  at: string;
  /** The knot or knot.stitch of the choice point. */
  node: string | null;
}

export interface HistoryEntry {
  beat: Beat;
  /** How many choices had been made when this beat was shown. */
  turn: number;
  /** The knot or knot.stitch the beat came from (null for the story's opening root flow). */
  node: string | null;
  /** The choice that led to this beat's turn (null before the first choice). */
  after: TakenChoice | null;
}

/** One choice point reached, kept so a rewind can restore it exactly. */
export interface ChoicePointRecord {
  turn: number;
  /** Index of its choices beat in the history. */
  historyIndex: number;
  choices: readonly ChoiceOption[];
  node: string | null;
  /** story.state.ToJson() while the choices were on offer. */
  inkState: string;
  presentation: PresentationState;
}

/** A public view of a choice point, for a "go back to" list. */
export interface ChoicePointView {
  turn: number;
  choices: readonly ChoiceOption[];
  node: string | null;
  /** The index taken there in the current run, or null for the choice point on offer now. */
  chosen: number | null;
}

/** What the screen shows after a start, rewind or load: draw the state; run no beat commands. */
export interface Restore {
  /** The beat to show, with its commands removed: their effects are already in `presentation`. */
  beat: Beat | null;
  presentation: PresentationState;
}

export function withoutCommands(beat: Beat): Beat {
  return { ...beat, commands: [] };
}
