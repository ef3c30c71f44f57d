// EXTERNAL functions: the story may call into the game (`EXTERNAL name(args)` in ink). Every EXTERNAL
// the story declares must have a binding in a declared table; the lint uses `unboundExternals`.
// A binding says whether it is lookahead-safe: inkjs runs ahead of the text shown to glue lines
// together, so a function with a side effect (a sound, a counter) may run twice unless marked unsafe,
// which makes inkjs stop its lookahead before the call.
// Bindings must be pure functions of their arguments: runs are replayed (saves, rewind, run links),
// and a binding that read the clock or a random source would replay differently.
import type { Story } from 'inkjs';
import { isRecordItem, parseInkJson, walkItems } from './graph/ink-json.ts';

export type InkValue = string | number | boolean;

export interface ExternalBinding {
  /** What the function does and why the story needs it (for the tag reference and reviewers). */
  readonly why: string;
  /** True when calling it twice, or ahead of time, changes nothing. */
  readonly lookaheadSafe: boolean;
  readonly fn: (...args: InkValue[]) => InkValue | undefined;
}

export type ExternalTable = Readonly<Record<string, ExternalBinding>>;

/** The game's table. The story declares no EXTERNAL yet; add each here with its reason. */
export const STORY_EXTERNALS: ExternalTable = {};

export interface ExternalCall {
  name: string;
  /** How many arguments the story passes. */
  args: number;
  /** Where the first call is, as an ink path. */
  path: string;
}

/** Every EXTERNAL function the compiled story calls, once each, in story order. */
export function externalsInStory(json: string): ExternalCall[] {
  const found = new Map<string, ExternalCall>();
  walkItems(parseInkJson(json).root, '', (item, path) => {
    if (!isRecordItem(item) || typeof item['x()'] !== 'string') return;
    const name = item['x()'];
    if (!found.has(name)) found.set(name, { name, args: Number(item.exArgs ?? 0), path });
  });
  return [...found.values()];
}

/** The EXTERNAL functions the story calls that the table does not bind: each is a lint error. */
export function unboundExternals(json: string, table: ExternalTable = STORY_EXTERNALS): ExternalCall[] {
  return externalsInStory(json).filter((call) => !Object.hasOwn(table, call.name));
}

export function bindExternals(story: Story, table: ExternalTable): void {
  for (const [name, binding] of Object.entries(table)) {
    story.BindExternalFunction(name, (...args: InkValue[]) => binding.fn(...args), binding.lookaheadSafe);
  }
}
