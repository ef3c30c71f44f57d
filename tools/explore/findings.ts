// What the explorer has found so far, over all its phases: endings and dead ends with the shortest run
// to each, ink errors and warnings, the choices offered and taken, the containers entered. A run is
// built only when a finding is new or shorter than the one held (building it walks the search tree).
import type { VisitedContainer } from './ink-internals.ts';
import type { InkIssue, Segment } from './runner.ts';
import type { StoryFacts } from './story-facts.ts';

/**
 * How a finding was first reached: the breadth-first search, a targeted beam (beam.ts), a random run,
 * a coverage-guided run.
 */
export type Phase = 'exhaustive' | 'targeted' | 'random' | 'guided';

export interface RunRef {
  seed: number;
  choices: number[];
}

export interface Found {
  run: RunRef;
  /** The run is proven shortest (found breadth-first, with the search's seed). */
  shortest: boolean;
  phase: Phase;
  /** Times reached (each distinct state once in the search; each time in random runs). */
  count: number;
}

export interface EndingFound extends Found {
  id: string;
  path: string | null;
  lastLine: string;
}

export interface DeadEndFound extends Found {
  reason: string;
  /** ink ran out of content (rather than an END without an ending tag). */
  outOfContent: boolean;
  path: string | null;
  lastLine: string;
}

export interface IssueFound extends Found {
  issue: InkIssue;
}

/** Where a segment came from: its length in choices and how to build its run. */
export interface Origin {
  depth: number;
  phase: Phase;
  shortest: boolean;
  run: () => RunRef;
}

export type Terminal =
  | { kind: 'ending'; id: string; lastLine: string }
  | { kind: 'dead-end'; reason: string; lastLine: string }
  | { kind: 'failed' };

export const NO_ENDING_TAG = 'the story stopped without an `# ending:` tag';

/** What a segment that offers no choices means. Null when it offers some. */
export function terminalOf(segment: Segment, facts: StoryFacts): Terminal | null {
  if (segment.failed) return { kind: 'failed' };
  if (segment.choices > 0) return null;
  const lastLine = lastText(segment);
  if (segment.outOfContent) return { kind: 'dead-end', reason: segment.outOfContent, lastLine };
  if (facts.hasEndingTags) {
    return segment.endingTag
      ? { kind: 'ending', id: segment.endingTag, lastLine }
      : { kind: 'dead-end', reason: NO_ENDING_TAG, lastLine };
  }
  // A story without ending tags: reaching END or DONE is an ending, named by where it is (the same
  // END is one ending, whatever text led to it).
  const named = segment.stopPath ? facts.stops.get(segment.stopPath) : undefined;
  const id = named ?? (lastLine ? clip(lastLine, 80) : `(no text) at ${segment.endPath ?? 'the start'}`);
  return { kind: 'ending', id, lastLine };
}

function lastText(segment: Segment): string {
  for (let i = segment.lines.length - 1; i >= 0; i--) {
    const text = segment.lines[i]?.text.trim();
    if (text) return text;
  }
  return '';
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export class Findings {
  readonly endings = new Map<string, EndingFound>();
  readonly deadEnds = new Map<string, DeadEndFound>();
  readonly errors = new Map<string, IssueFound>();
  readonly warnings = new Map<string, IssueFound>();
  /** Choice.sourcePath of every option ever offered. */
  readonly offered = new Set<string>();
  /** Choice.sourcePath -> times taken (coverage-guided runs prefer the least taken). */
  readonly taken = new Map<string, number>();
  /** Each container entered, with the phase that entered it first. */
  readonly visited = new Map<VisitedContainer, Phase>();
  phase: Phase = 'exhaustive';

  readonly onVisit = (container: VisitedContainer): void => {
    if (!this.visited.has(container)) this.visited.set(container, this.phase);
  };

  offer(sourcePaths: Iterable<string>): void {
    for (const path of sourcePaths) this.offered.add(path);
  }

  take(sourcePath: string): void {
    this.taken.set(sourcePath, (this.taken.get(sourcePath) ?? 0) + 1);
  }

  /** Records a segment's issues and, when it ends the story, its ending or dead end. */
  record(segment: Segment, facts: StoryFacts, origin: Origin): Terminal | null {
    for (const issue of segment.issues) {
      if (issue.severity === 'error' && issue.message === segment.outOfContent) continue; // a dead end, below
      const map = issue.severity === 'error' ? this.errors : this.warnings;
      keep(map, `${issue.message}\u0000${issue.path}`, origin, () => ({ issue }));
    }
    const terminal = terminalOf(segment, facts);
    if (terminal?.kind === 'ending') {
      const { id, lastLine } = terminal;
      keep(this.endings, id, origin, () => ({ id, path: segment.endPath, lastLine }));
    } else if (terminal?.kind === 'dead-end') {
      const { reason, lastLine } = terminal;
      const where = segment.endPath ?? '';
      keep(this.deadEnds, `${reason}\u0000${where}`, origin, () => ({
        reason,
        outOfContent: segment.outOfContent !== null,
        path: segment.endPath,
        lastLine,
      }));
    }
    return terminal;
  }
}

/** Adds a finding, or counts it again and keeps the shorter run. */
function keep<T extends Found, D extends Omit<T, keyof Found>>(
  map: Map<string, T>,
  key: string,
  origin: Origin,
  details: () => D,
): void {
  const known = map.get(key);
  if (known) {
    known.count++;
    if (origin.depth < known.run.choices.length) {
      known.run = origin.run();
      known.shortest = origin.shortest;
    }
    return;
  }
  const found = { run: origin.run(), shortest: origin.shortest, phase: origin.phase, count: 1, ...details() };
  map.set(key, found as unknown as T);
}
