// One playthrough in the terminal, shared by the plain transcript mode and the interactive screen:
// the story runs as the game runs it (same seed rule, the game's EXTERNAL bindings) through the
// explorer's Runner, which also lets an unbound EXTERNAL fall back to its ink function. It keeps the
// run (seed and choices) so that the run string can be copied out, and a snapshot per choice point
// for undo.
import { buildBranchGraph, decodeRun, encodeRun, type Run, RunDecodeError } from '../../src/engine/index.ts';
import type { LoadedStory } from '../explore/load.ts';
import { type InkIssue, type Line, Runner, type Segment } from '../explore/runner.ts';

export interface ChoiceView {
  text: string;
  tags: string[];
}

export interface Turn {
  lines: Line[];
  /** What ink reported in this turn; each line's `issues` index into it. */
  issues: InkIssue[];
  choices: ChoiceView[];
  /** The story reached its end (or stopped on an error). */
  ended: boolean;
  /**
   * Set when an error stopped the story (an ink runtime error, running out of content, an EXTERNAL
   * without binding): where and what, ready to print.
   */
  error: string | null;
  warnings: string[];
}

const MISSING_EXTERNALS = /Missing function binding for externals?: (.*?),? and no fallback ink function found/;

export class PlaySession {
  private readonly runner: Runner;
  private readonly taken: number[] = [];
  private readonly snapshots: { state: string; turn: Turn }[] = [];
  private current: Turn | null = null;

  constructor(
    readonly story: LoadedStory,
    readonly seed: number,
    /** A knot or knot.stitch to start at (`--from`); checked with startPlaces(). */
    readonly from: string | null = null,
  ) {
    this.runner = new Runner(story.json);
    this.runner.restart(seed);
    if (from) this.runner.story.ChoosePathString(from);
  }

  /** The first turn: everything up to the first choice point. */
  start(): Turn {
    return this.advance();
  }

  get turn(): Turn | null {
    return this.current;
  }

  get run(): Run {
    return { storyHash: this.story.hash, seed: this.seed, choices: [...this.taken] };
  }

  get runString(): string {
    return encodeRun(this.run);
  }

  /** Takes option `index` (0-based) and runs to the next choice point; null when it is not on offer. */
  choose(index: number): Turn | null {
    const turn = this.current;
    if (!turn || !Number.isInteger(index) || index < 0 || index >= turn.choices.length) return null;
    this.snapshots.push({ state: this.runner.state.ToJson(), turn });
    this.runner.choose(index);
    this.taken.push(index);
    return this.advance();
  }

  /** Back to the previous choice point; null at the first one. */
  undo(): Turn | null {
    const last = this.snapshots.pop();
    if (!last) return null;
    this.runner.state.LoadJson(last.state);
    this.taken.pop();
    this.current = last.turn;
    return last.turn;
  }

  /** The story's global variables as text (LISTs as their item names). */
  variables(): [string, string][] {
    const state = this.runner.story.variablesState as unknown as Record<string, unknown>;
    return Object.keys(state).map((name) => [name, String(state[name] ?? '')]);
  }

  private advance(): Turn {
    const segment = this.runner.settle();
    const choices = this.runner.story.currentChoices.map((c) => ({ text: c.text, tags: c.tags ?? [] }));
    const error = segment.failed
      ? this.describeError(segment)
      : segment.outOfContent
        ? [segment.endPath ? this.story.sources.describeLast(segment.endPath) : '', segment.outOfContent]
            .filter(Boolean)
            .join(': ')
        : null;
    const warnings = segment.issues
      .filter((i) => i.severity === 'warning' || i.inOutput)
      .map((i) => `${this.story.sources.describe(i.path)}: warning: ${i.message}`);
    this.current = {
      lines: segment.lines,
      issues: segment.issues,
      choices: error ? [] : choices,
      ended: error !== null || choices.length === 0,
      error,
      warnings,
    };
    return this.current;
  }

  private describeError(segment: Segment): string {
    const issue = segment.issues.find((i) => i.severity === 'error' && i.message !== segment.outOfContent);
    if (!issue) return 'the story stopped on an ink error.';
    const missing = MISSING_EXTERNALS.exec(issue.message);
    if (missing) {
      const names = (missing[1] ?? '').replace(/'/g, '').trim();
      return (
        `EXTERNAL ${names}: no binding in the game (src/engine/externals.ts) and no ink fallback function. ` +
        `Give the story a fallback ("=== function name(args) ===" with the same name) or bind it in the game.`
      );
    }
    return `${this.story.sources.describe(issue.path)}: runtime error: ${issue.message}`;
  }
}

/** Reads a run string for `story`: its choices, its seed, and a warning when it was made on another version. */
export function readRunString(code: string, story: LoadedStory): { run: Run; warning: string | null } | { error: string } {
  try {
    const run = decodeRun(code);
    const warning =
      run.storyHash === story.hash
        ? null
        : `the run was made on another version of the story (${run.storyHash}; this one is ${story.hash}): its choices may not fit.`;
    return { run, warning };
  } catch (e) {
    if (e instanceof RunDecodeError) return { error: e.message };
    throw e;
  }
}

/** The knots and stitches a story can start at (`--from`). */
export function startPlaces(story: LoadedStory): string[] {
  return buildBranchGraph(story.json)
    .nodes.filter((n) => n.kind !== 'function')
    .map((n) => n.id);
}
