// A playthrough: one player's way through the story, with its run (seed + choices), the history of
// beats shown, a snapshot at each choice point, and the presentation state. The front end uses it so:
//
//   const p = Playthrough.start(storyJson);             // a new game (a fresh seed)
//   const beat = p.next();                              // line -> show it; choices -> offer them; end
//   p.choose(i); p.next();                              // after a choices beat
//   p.undo() / p.rewindTo(turn)                         // back to a choice point: draw the Restore
//   captureSave(p, new Date())                          // (save-envelope.ts) then encodeSave
//   decodeSave(text, storyJson)                         // (src/persistence) -> a playthrough + Restore
//   replayRun(storyJson, decodeRun(code))               // (replay.ts) a run link, to the same beat
//
// A Restore (after rewind or load) is drawn from its presentation state; its beat carries no
// commands, so nothing is replayed.
// Rewind restores a snapshot (story.state.ToJson()) taken at each choice point rather than replaying
// the run from the start. Measured by `npm run bench` on the real story and the 200-choice fixture:
// a snapshot costs 0.01-0.08 ms per choice point and 2-5 KB of memory (0.4-0.7 MB for a whole run);
// a rewind by snapshot takes ~0.1 ms, a rewind by replay to the middle of the run 15-37 ms.
import { EngineUsageError } from '../errors.ts';
import { Emitter, type EngineEvents } from '../events.ts';
import type { ExternalTable } from '../externals.ts';
import { INITIAL_PRESENTATION, type PresentationState, presentationAfterAll } from '../presentation-state.ts';
import { newSeed, type Run } from '../run/run.ts';
import { splitSpeaker } from '../speakers.ts';
import { type Beat, loadStory, StoryEngine } from '../story-engine.ts';
import { storyHash } from '../story-hash.ts';
import {
  type ChoicePointRecord,
  type ChoicePointView,
  type HistoryEntry,
  type Restore,
  type TakenChoice,
  withoutCommands,
} from './history.ts';
import { NodeLocator, nodeIdsOf } from './node-locator.ts';
import type { ReplayOutcome } from './replay.ts';
import type { SavedPlace, Settlement } from './saved-place.ts';

export interface StartOptions {
  /** The ink story seed; a fresh one when omitted. */
  seed?: number;
  externals?: ExternalTable;
}

export class Playthrough {
  readonly events = new Emitter<EngineEvents>();
  readonly storyHash: string;
  readonly seed: number;
  private readonly engine: StoryEngine;
  private readonly locator: NodeLocator;
  private readonly entries: HistoryEntry[] = [];
  private readonly points: ChoicePointRecord[] = [];
  private readonly taken: TakenChoice[] = [];
  /** The choices undone by the last rewind: choosing differently from them is a fork. */
  private undone: TakenChoice[] = [];
  private state: PresentationState = INITIAL_PRESENTATION;
  private shown: Beat | null = null;
  /**
   * After a quick load (resume): replays the run to fill in the history, the rewind points and the
   * trail, which the screen does not need to draw the saved place. Run by settle(): by the game
   * after the first frame, or by the first call that needs them. Null once done.
   */
  private pending: { replay: () => ReplayOutcome; beats: number; inkState: string } | null = null;

  private constructor(json: string, options: StartOptions) {
    this.seed = options.seed ?? newSeed();
    this.engine = new StoryEngine(json, {
      seed: this.seed,
      ...(options.externals ? { externals: options.externals } : {}),
      onIssue: (issue) => this.events.emit('story/error', issue),
    });
    this.storyHash = storyHash(json);
    this.locator = new NodeLocator(this.engine.story);
  }

  /**
   * Parses the story, and what every playthrough derives from it (its hash, its knots and stitches),
   * ahead of need: the next start, load or replay on it then costs no parse. Throws what start would.
   */
  static prepare(json: string): void {
    nodeIdsOf(loadStory(json));
    storyHash(json);
  }

  /** A new playthrough at the very start (nothing shown yet: call next()). */
  static start(json: string, options: StartOptions = {}): Playthrough {
    return new Playthrough(json, options);
  }

  /**
   * A playthrough at a saved place, drawn from the saved ink and presentation state alone (no
   * replay): see saved-place.ts. Null when the saved state cannot be restored on this story.
   */
  static resume(json: string, place: SavedPlace, replay: () => ReplayOutcome, options: StartOptions = {}): Playthrough | null {
    const p = new Playthrough(json, { ...options, seed: place.seed });
    try {
      p.engine.story.state.LoadJson(place.inkState);
    } catch {
      return null;
    }
    const beat = place.shown === null ? null : p.engine.beatOnScreen(place.shown);
    if ((place.shown === null) !== (place.beats === 0) || (place.shown !== null && beat === null)) return null;
    p.taken.push(...place.choices.map((index, k) => ({ index, text: place.choiceTexts[k] ?? '', at: '', node: null })));
    p.state = place.presentation;
    p.shown = beat;
    // Until settled, the history holds what the screen shows: the last line, and the beat on screen.
    const turn = place.choices.length;
    // The choice that led to this turn goes with the turn's first entry, as in a full history, so the
    // History and the mirror read the last line after it, not the choice.
    let after = p.taken[turn - 1] ?? null;
    if (beat?.kind !== 'line' && place.lastLine !== '') {
      const line: Beat = { kind: 'line', ...splitSpeaker(place.lastLine), commands: [] };
      const lineTurn = place.beats > 1 ? turn : Math.max(0, turn - 1);
      p.entries.push({ beat: line, turn: lineTurn, node: null, after: lineTurn === turn ? after : null });
      if (lineTurn === turn) after = null;
    }
    if (beat) p.entries.push({ beat, turn, node: p.locator.nodeOf(beat), after });
    p.pending = { replay, beats: place.beats, inkState: place.inkState };
    return p;
  }

  /** False after a quick load until settle() has rebuilt the history. */
  get settled(): boolean {
    return this.pending === null;
  }

  /**
   * Rebuilds the history, rewind points and trail of a quick load by replaying its run, and checks
   * that the replay reaches the saved state exactly (the ink state and the beat on screen). If it
   * does not, the playthrough takes the replay's state, and `exact` is false: the caller reports it.
   * Null when there was nothing to settle. Throws StoryError only for an ink error in the replay.
   */
  settle(): Settlement | null {
    const pending = this.pending;
    if (!pending) return null;
    this.pending = null;
    const outcome = pending.replay();
    const r = outcome.playthrough;
    // Against the saved text: a state loaded and written again need not be the same string.
    const exact = outcome.sameStory && !outcome.divergence && r.inkState() === pending.inkState && sameBeat(r.shown, this.shown);
    this.entries.splice(0, this.entries.length, ...r.entries);
    this.points.splice(0, this.points.length, ...r.points);
    this.taken.splice(0, this.taken.length, ...r.taken);
    if (!exact) {
      this.engine.story.state.LoadJson(r.inkState());
      this.state = r.state;
      this.shown = r.shown;
    }
    const settlement = { exact, outcome };
    this.events.emit('history/settled', settlement);
    return settlement;
  }

  get run(): Run {
    return { storyHash: this.storyHash, seed: this.seed, choices: this.taken.map((t) => t.index) };
  }
  get trail(): readonly TakenChoice[] {
    this.settle();
    return this.taken;
  }
  /** Every beat shown; after a quick load, until settled, only the last line and the beat on screen. */
  get history(): readonly HistoryEntry[] {
    return this.entries;
  }
  get presentation(): PresentationState {
    return this.state;
  }
  /** The beat on screen: null before the first next() and right after a choice. */
  get current(): Beat | null {
    return this.shown;
  }
  get ended(): boolean {
    return this.shown?.kind === 'end';
  }
  /** How many beats have been shown since the last choice (a save stores it to replay to the same beat). */
  get beatsThisTurn(): number {
    if (this.pending) return this.pending.beats;
    const turn = this.taken.length;
    let count = 0;
    for (let i = this.entries.length - 1; i >= 0 && this.entries[i]?.turn === turn; i--) count++;
    return count;
  }
  get choicePoints(): readonly ChoicePointView[] {
    this.settle();
    return this.points.map((p) => ({
      turn: p.turn,
      choices: p.choices,
      node: p.node,
      chosen: this.taken[p.turn]?.index ?? null,
    }));
  }
  /** What to draw now, as after a load: the current beat without its commands, and the state. */
  get restore(): Restore {
    return { beat: this.shown ? withoutCommands(this.shown) : null, presentation: this.state };
  }
  /** The last line shown ("Speaker: text"), for a save's one-line summary. */
  get lastLine(): string {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const beat = this.entries[i]?.beat;
      if (beat?.kind === 'line') return beat.speaker ? `${beat.speaker}: ${beat.text}` : beat.text;
    }
    return '';
  }
  inkState(): string {
    return this.engine.story.state.ToJson();
  }
  /** Times the knot, stitch or other container at `path` has been visited (countAllVisits). */
  visitCount(path: string): number {
    return this.engine.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /** Shows the next beat. Throws EngineUsageError while choices wait or after the end. */
  next(): Beat {
    this.settle();
    if (this.shown?.kind === 'choices') {
      throw new EngineUsageError(
        'waiting-for-choice',
        `Choose one of the ${this.shown.choices.length} choices (choose(i)) before next().`,
      );
    }
    if (this.shown?.kind === 'end') {
      throw new EngineUsageError('story-ended', 'The story has ended: rewind, load a save or start a new playthrough.');
    }
    const beat = this.engine.next();
    const turn = this.taken.length;
    this.state = presentationAfterAll(this.state, beat.commands);
    const node = this.locator.nodeOf(beat);
    this.entries.push({ beat, turn, node, after: this.taken[turn - 1] ?? null });
    this.shown = beat;
    if (beat.kind === 'choices') {
      const historyIndex = this.entries.length - 1;
      const inkState = this.engine.story.state.ToJson();
      this.points[turn] = { turn, historyIndex, choices: beat.choices, node, inkState, presentation: this.state };
    }
    return beat;
  }

  /** Takes option `index` of the choices on offer; then call next(). */
  choose(index: number): void {
    this.settle();
    if (this.shown?.kind !== 'choices') {
      throw new EngineUsageError('not-at-choice', 'No choices are on offer now: call next() until it returns a choices beat.');
    }
    const turn = this.taken.length;
    const at = this.engine.story.currentChoices[index]?.sourcePath ?? '';
    this.engine.choose(index);
    const point = this.points[turn];
    const text = point?.choices[index]?.text ?? '';
    const before = this.undone[turn];
    const fork = before !== undefined && before.index !== index;
    if (fork || before === undefined) this.undone = [];
    this.taken.push({ index, text, at, node: point?.node ?? null });
    this.shown = null;
  }

  /** Goes back to the choice point reached after `turn` choices, with its choices on offer again. */
  rewindTo(turn: number): Restore {
    this.settle();
    const point = this.points[turn];
    if (!point || !Number.isInteger(turn)) {
      const known = this.points.length === 0 ? 'none yet' : `0..${this.points.length - 1}`;
      throw new EngineUsageError('no-such-choice-point', `There is no choice point ${turn} to go back to (known: ${known}).`);
    }
    this.engine.story.state.LoadJson(point.inkState);
    if (this.taken.length > turn) this.undone = this.taken.slice();
    this.entries.length = point.historyIndex + 1;
    this.points.length = turn + 1;
    this.taken.length = turn;
    this.state = point.presentation;
    this.shown = this.entries[point.historyIndex]?.beat ?? null;
    return this.restore;
  }

  /** Takes back the last choice: its choice point is on offer again. */
  undo(): Restore {
    this.settle();
    if (this.taken.length === 0)
      throw new EngineUsageError('nothing-to-undo', 'No choice has been made yet, so there is nothing to undo.');
    return this.rewindTo(this.taken.length - 1);
  }
}

/** The same beat on screen: kind, text and speaker, or the same choices (commands aside). */
function sameBeat(a: Beat | null, b: Beat | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'line' && b.kind === 'line') return a.text === b.text && a.speaker === b.speaker;
  if (a.kind === 'choices' && b.kind === 'choices') return JSON.stringify(a.choices) === JSON.stringify(b.choices);
  return a.kind === b.kind;
}
