// What one step of a run comes to, for the balance tool: how a segment ends the story (an ending id)
// and what the story's variables are, read through inkjs's public API so that it works on any story.
import type { Runner, Segment } from '../explore/runner.ts';
import type { SourceMap } from '../explore/source-map.ts';

/** A variable's value as the report shows it: numbers, booleans and strings as they are, a LIST as its items. */
export type Shown = number | boolean | string | string[];

export function readVariable(runner: Runner, name: string): Shown {
  const value = (runner.story.variablesState as unknown as Record<string, unknown>)[name];
  if (value instanceof Map) {
    // An InkList: its keys are JSON like {"originName":"Exhibits","itemName":"brick"}.
    return [...(value as Map<string, unknown>).keys()].map((k) => String(JSON.parse(k).itemName)).sort();
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

export function globalNames(runner: Runner): string[] {
  return Object.keys(runner.story.variablesState as unknown as Record<string, unknown>);
}

/**
 * The named place an ink path lies in: its knot, stitch and labels, without the compiler's numbered
 * containers (`ch6.verdict.0.c-2.14` -> `ch6.verdict`), so it stays the same when lines are added.
 */
export function namedPlace(inkPath: string | null): string {
  if (!inkPath) return '(start)';
  const named: string[] = [];
  for (const part of inkPath.split('.')) {
    if (/^\d+$/.test(part) || /^[cg]-\d+$/.test(part) || part === 's' || part === 'b') break;
    named.push(part);
  }
  return named.join('.') || '(root)';
}

/** How a segment that offers no choice ends a run: an `# ending:` tag, else where the story stopped. */
export function endingOf(segment: Segment, sources: SourceMap): string | null {
  if (segment.failed) {
    const issue = segment.issues.find((i) => i.severity === 'error');
    return `runtime error at ${sources.describe(issue?.path ?? segment.endPath)}`;
  }
  if (segment.choices > 0) return null;
  if (segment.outOfContent) return `dead end (ran out of content) in ${namedPlace(segment.endPath)}`;
  if (segment.endingTag) return segment.endingTag;
  return `END in ${namedPlace(segment.endPath)}`;
}

const WORD = /[\p{L}\p{N}]/u;

/** Words a player reads in a segment: whitespace-separated tokens with a letter or digit in them. */
export function wordsIn(segment: Segment): number {
  let words = 0;
  for (const line of segment.lines) for (const token of line.text.split(/\s+/)) if (WORD.test(token)) words++;
  return words;
}
