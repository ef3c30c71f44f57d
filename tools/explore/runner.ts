// One inkjs Story driven the way the game drives it (same seed rule, the game's EXTERNAL bindings),
// advanced a segment at a time: from a choice (or the start) to the next choice point or the end.
// It records what a report needs from each segment: lines and tags, an `# ending:` tag, ink errors and
// warnings with their ink path, and whether the story ran out of content.
// Unlike the game, EXTERNAL functions without a binding fall back to their ink function when there is
// one, so the tools can run any story.
import { Story } from 'inkjs';
import {
  bindExternals,
  type ExternalTable,
  INK_WARNING,
  inkPathOf,
  parseInkMessage,
  STORY_EXTERNALS,
} from '../../src/engine/index.ts';
import { fork, type InkState, install, onCommands, onVisit, probeInternals, type VisitedContainer } from './ink-internals.ts';

export interface InkIssue {
  severity: 'error' | 'warning';
  /** ink's message without its "RUNTIME ERROR: (pointer):" prefix. */
  message: string;
  /** A problem the explorer sees in the output (NaN, Infinity) that ink itself does not stop on. */
  inOutput?: boolean;
  /** ink's own message as inklecate prints it ("RUNTIME ERROR: 'main.ink' line 3: ..."), when ink reported it. */
  raw?: string;
  /** The ink path where it happened, when known. */
  path: string | null;
}

export interface Line {
  /** The text as Continue() returned it (with its newline). */
  text: string;
  tags: string[];
  /** Issues ink reported while producing this line (indices into the segment's issues). */
  issues?: number[];
}

export interface Segment {
  lines: Line[];
  /** The value of the last `# ending:` tag in this segment. */
  endingTag: string | null;
  issues: InkIssue[];
  /** ink's "ran out of content" (or tunnel/function end) message when the story stopped so. */
  outOfContent: string | null;
  /** An ink error stopped the story. */
  failed: boolean;
  /** Options on offer at the end of the segment (0: the story ended). */
  choices: number;
  /** Where the segment ended: the END or DONE that ended it, else the last ink path run. */
  endPath: string | null;
  /** The END or DONE command that ended the story (its ink path), when one did. */
  stopPath: string | null;
}

const OUT_OF_CONTENT = /ran out of content|unexpectedly reached end of content/;
const ENDING = /^\s*ending:/;
/** A segment longer than this is taken for an endless loop (one with no text at all still hangs inkjs). */
const MAX_LINES = 20_000;

export interface RunnerOptions {
  externals?: ExternalTable;
  /** Called with each container the story enters (for coverage). */
  onVisit?: (container: VisitedContainer) => void;
  /** Clone states as JSON even when forking works (the naive walk of the bench, and tests). */
  jsonClones?: boolean;
}

export class Runner {
  readonly story: Story;
  /** True when states are forked in memory; false when cloned through JSON. */
  readonly forks: boolean;
  private issues: InkIssue[] = [];
  /** The container entered last: where the story was when END or an error cleared its pointer. */
  private lastContainer: VisitedContainer | null = null;
  /** The last END or DONE run in this segment. */
  private lastStop: string | null = null;

  constructor(json: string, options: RunnerOptions = {}) {
    this.story = new Story(json);
    this.story.allowExternalFunctionFallbacks = true;
    bindExternals(this.story, options.externals ?? STORY_EXTERNALS);
    this.story.onError = (message, type) => this.issues.push(toIssue(message, Number(type) === INK_WARNING));
    const probed = probeInternals(this.story);
    this.forks = probed && !options.jsonClones;
    if (probed) {
      const forward = options.onVisit;
      onVisit(this.story, (container) => {
        this.lastContainer = container;
        forward?.(container);
      });
      onCommands(this.story, {
        stop: (path) => {
          this.lastStop = path;
        },
        badNumber: (value, path) => {
          const message = `the text shows "${value}" (a division by zero or a bad number?): inklecate stops here with an error`;
          this.issues.push({ severity: 'error', message, path, inOutput: true });
        },
      });
    }
  }

  /** Back to the start with this seed (set before the first Continue, as the game does). */
  restart(seed: number): void {
    this.story.ResetState();
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
  }

  /**
   * Takes the current state out as a value to keep (between segments only). In memory it is the state
   * object itself: the next load() replaces it in the story, so nothing changes it after.
   */
  detach(): InkState | string {
    return this.forks ? this.story.state : this.story.state.ToJson();
  }

  /** Makes a kept state current: a copy when it will be needed again (`keep`), else the value itself. */
  load(saved: InkState | string, keep: boolean): void {
    if (typeof saved === 'string') this.story.state.LoadJson(saved);
    else install(this.story, keep ? fork(saved) : saved);
  }

  get state(): InkState {
    return this.story.state;
  }

  /**
   * The options on offer, as the runtime offers them: a fallback choice (`* -> target`) is not one of
   * them; ink takes it by itself when nothing else is left.
   */
  get options(): Story['currentChoices'] {
    return this.story.currentChoices;
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  /** Runs to the next choice point or the end. Never throws for the story's own faults. */
  settle(): Segment {
    this.issues = [];
    this.lastStop = null;
    const lines: Line[] = [];
    let endingTag: string | null = null;
    let failed = false;
    try {
      while (this.story.canContinue) {
        const before = this.issues.length;
        const text = this.story.Continue() ?? '';
        const tags = this.story.currentTags ?? [];
        for (const tag of tags) if (ENDING.test(tag)) endingTag = tag.replace(ENDING, '').trim();
        const line: Line = { text, tags };
        if (this.issues.length > before) line.issues = this.issues.map((_, i) => i).slice(before);
        lines.push(line);
        if (this.issues.some((i) => i.severity === 'error' && !i.inOutput)) break;
        if (lines.length >= MAX_LINES) {
          const message = `${MAX_LINES} lines without a choice or an end: an endless loop?`;
          this.issues.push({ severity: 'error', message, path: this.story.state.currentPathString });
          break;
        }
      }
    } catch (e) {
      // inkjs throws (rather than calling onError) for e.g. an EXTERNAL with neither binding nor fallback.
      const message = e instanceof Error ? e.message : String(e);
      const path = this.story.state.currentPathString ?? this.story.state.previousPathString;
      this.issues.push({ severity: 'error', message: message.trim(), path });
    }
    let outOfContent: string | null = null;
    for (const issue of this.issues) {
      if (issue.severity !== 'error' || issue.inOutput) continue;
      if (OUT_OF_CONTENT.test(issue.message)) outOfContent = issue.message;
      else failed = true;
    }
    const choices = failed ? 0 : this.story.currentChoices.length;
    // Where it stopped matters only for an ending, a dead end or an issue; finding it allocates.
    const stopPath = choices === 0 && !failed && !outOfContent ? this.lastStop : null;
    const endPath =
      choices === 0 || this.issues.length > 0
        ? (stopPath ?? this.story.state.previousPathString ?? this.lastContainer?.path.toString() ?? null)
        : null;
    for (const issue of this.issues) issue.path ??= endPath;
    return { lines, endingTag, issues: this.issues, outOfContent, failed, choices, endPath, stopPath };
  }
}

function toIssue(raw: string, warning: boolean): InkIssue {
  const parsed = parseInkMessage(raw);
  const message = parsed?.kind.startsWith('RUNTIME') ? parsed.text.trim() : raw.trim();
  return {
    severity: warning ? 'warning' : 'error',
    message,
    path: inkPathOf(raw),
    raw: raw.trim(),
  };
}
