// What one step of a run comes to, for the balance tool: how a segment ends the story (an ending id)
// and what the story's variables are, read through inkjs's public API so that it works on any story.

import { terminalOf } from '../explore/findings.ts';
import type { Runner, Segment } from '../explore/runner.ts';
import type { SourceMap } from '../explore/source-map.ts';
import { namedPlace, type StoryFacts } from '../explore/story-facts.ts';

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
 * How a segment that offers no choice ends a run, named as the explorer names it (tools/explore/
 * findings.ts): an `# ending:` tag, else the END or DONE by its place; a dead end or an ink error by
 * where it happened. Null while the story offers choices.
 */
export function endingOf(segment: Segment, facts: StoryFacts, sources: SourceMap): string | null {
  const terminal = terminalOf(segment, facts);
  if (!terminal) return null;
  if (terminal.kind === 'ending') return terminal.id;
  const issue = segment.issues.find((i) => i.severity === 'error' && !i.inOutput);
  if (terminal.kind === 'failed') return `runtime error at ${sources.describe(issue?.path ?? segment.endPath)}`;
  return `dead end in ${namedPlace(segment.endPath)} (${terminal.reason})`;
}

const WORD = /[\p{L}\p{N}]/u;

/** Words a player reads in a segment: whitespace-separated tokens with a letter or digit in them. */
export function wordsIn(segment: Segment): number {
  let words = 0;
  for (const line of segment.lines) for (const token of line.text.split(/\s+/)) if (WORD.test(token)) words++;
  return words;
}
