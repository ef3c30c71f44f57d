// A playthrough: one player's way through the story, with its run (seed + choices), the history of
// beats shown, a snapshot at each choice point, and the presentation state. The front end uses it so:
//
//   const p = Playthrough.start(storyJson);             // a new game (a fresh seed)
//   p.events.on('story/beat', ...);                     // or just use what next() returns
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
import { type Beat, StoryEngine } from '../story-engine.ts';
import { storyHash } from '../story-hash.ts';
import {
  type ChoicePointRecord,
  type ChoicePointView,
  type HistoryEntry,
  type Restore,
  type TakenChoice,
  withoutCommands,
} from './history.ts';
import { NodeLocator } from './node-locator.ts';

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

  private constructor(json: string, options: StartOptions) {
    this.seed = options.seed ?? newSeed();
    this.engine = new StoryEngine(json, {
      seed: this.seed,
      ...(options.externals ? { externals: options.externals } : {}),
      onIssue: (issue) => this.events.emit('story/error', issue),
    });
    this.storyHash = storyHash(json);
    this.locator = new NodeLocator(this.engine.story, json);
  }

  /** A new playthrough at the very start (nothing shown yet: call next()). */
  static start(json: string, options: StartOptions = {}): Playthrough {
    return new Playthrough(json, options);
  }

  get run(): Run {
    return { storyHash: this.storyHash, seed: this.seed, choices: this.taken.map((t) => t.index) };
  }
  get trail(): readonly TakenChoice[] {
    return this.taken;
  }
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
    const turn = this.taken.length;
    let count = 0;
    for (let i = this.entries.length - 1; i >= 0 && this.entries[i]?.turn === turn; i--) count++;
    return count;
  }
  get choicePoints(): readonly ChoicePointView[] {
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
    this.events.emit('story/beat', { beat, turn });
    if (beat.kind === 'choices') this.events.emit('story/choices', { choices: beat.choices, turn });
    if (beat.kind === 'end') this.events.emit('story/end', { ending: this.state.ending });
    return beat;
  }

  /** Takes option `index` of the choices on offer; then call next(). */
  choose(index: number): void {
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
    this.events.emit('run/changed', { run: this.run, reason: fork ? 'fork' : 'choice' });
  }

  /** Goes back to the choice point reached after `turn` choices, with its choices on offer again. */
  rewindTo(turn: number): Restore {
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
    this.events.emit('run/changed', { run: this.run, reason: 'rewind' });
    return this.restore;
  }

  /** Takes back the last choice: its choice point is on offer again. */
  undo(): Restore {
    if (this.taken.length === 0)
      throw new EngineUsageError('nothing-to-undo', 'No choice has been made yet, so there is nothing to undo.');
    return this.rewindTo(this.taken.length - 1);
  }
}
