// The story engine: wraps an inkjs Story and turns its output into beats.
// No DOM, Phaser or howler here (the engine's tsconfig has no DOM lib).
// This is the low level; src/engine/playthrough/playthrough.ts adds runs, history, rewind and saves.
import { Story } from 'inkjs';
import { EngineUsageError, InkRuntimeError, StoryError } from './errors.ts';
import type { InkIssue } from './events.ts';
import { bindExternals, type ExternalTable, STORY_EXTERNALS } from './externals.ts';
import { INK_WARNING, inkPathOf } from './ink-messages.ts';
import { ensureParsed, storyFor } from './parsed-story.ts';
import { splitSpeaker } from './speakers.ts';
import { type Command, parseTag } from './tags.ts';

export { StoryError } from './errors.ts';

export interface ChoiceOption {
  index: number;
  text: string;
}

export type Beat =
  | { kind: 'line'; text: string; speaker: string | null; commands: Command[] }
  | { kind: 'choices'; choices: ChoiceOption[]; commands: Command[] }
  | { kind: 'end'; commands: Command[] };

export interface StoryEngineOptions {
  /** The ink story seed: set it for a reproducible run (RANDOM, shuffles). Default: ink's own. */
  seed?: number;
  /** EXTERNAL bindings; default: the game's table. */
  externals?: ExternalTable;
  /** Every ink error and warning, with its path (errors also throw from next()). */
  onIssue?: (issue: InkIssue) => void;
}

/**
 * inkjs reports errors after Continue, when the pointer has moved on; but it names the place in the
 * message, "(Ink Pointer -> broken -- index 3)", as the compiled JSON has no line numbers.
 */
/**
 * Creates an inkjs Story from compiled JSON with a clear error for what is not a story. The story
 * parsed last is kept, so another Story for the same JSON costs no parse (parsed-story.ts).
 */
export function loadStory(json: string): Story {
  return storyFor(json, parseStory);
}

/** A string literal of the JSON, or a digit, point, digit outside one (a number with a fraction). */
const STRING_OR_FRACTION = /"(?:[^"\\]|\\.)*"|\d\.\d/g;

/** True when the JSON has a number with a fraction outside its strings (exponents count: 1.0e5 has one). */
function hasFraction(text: string): boolean {
  STRING_OR_FRACTION.lastIndex = 0;
  for (let m = STRING_OR_FRACTION.exec(text); m; m = STRING_OR_FRACTION.exec(text)) if (m[0][0] !== '"') return true;
  return false;
}

/**
 * Throws StoryError, as loadStory would, unless `json` is a story this game can read; parses it if
 * it is not the story parsed last, and otherwise costs nothing (a load checks the story this way).
 */
export function checkStory(json: string): void {
  ensureParsed(json, parseStory);
}

function parseStory(json: string): Story {
  const text = json.replace(/^\uFEFF/, '');
  try {
    // Given text, inkjs reads it with a JSON.parse reviver that keeps whole floats ("1.0") floats: 5-10
    // times slower than a plain JSON.parse of the 312 kB story. A story with no fraction outside its
    // strings has nothing for the reviver to keep, and is read plainly into the same object.
    return new Story(hasFraction(text) ? text : JSON.parse(text));
  } catch (e) {
    // Said in words only when inkjs refuses it: a JSON.parse of its own before inkjs's would read
    // the 312 kB story twice on the way to the first line.
    throw whyNotAStory(text, e);
  }
}

/** Why `text` is not a story this game can play, from what inkjs threw. */
function whyNotAStory(text: string, thrown: unknown): StoryError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return new StoryError('The compiled story is not JSON. Rebuild it with `npm run build`.');
  }
  const version = (parsed as { inkVersion?: unknown } | null)?.inkVersion;
  if (typeof version !== 'number') {
    return new StoryError('This file is not a compiled ink story (no inkVersion). Rebuild it with `npm run build`.');
  }
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return new StoryError(`The compiled story (ink format ${version}) cannot be read by this game: ${reason}`);
}

export class StoryEngine {
  readonly story: Story;
  private readonly runtimeErrors: InkIssue[] = [];
  readonly warnings: string[] = [];

  constructor(json: string, options: StoryEngineOptions = {}) {
    this.story = loadStory(json);
    // Set before the first Continue: ink derives RANDOM and shuffles from storySeed + previousRandom.
    if (options.seed !== undefined) {
      this.story.state.storySeed = options.seed;
      this.story.state.previousRandom = 0;
    }
    bindExternals(this.story, options.externals ?? STORY_EXTERNALS);
    this.story.onError = (message, type) => {
      const warning = Number(type) === INK_WARNING;
      const path = inkPathOf(message) ?? this.story.state.currentPathString;
      const issue: InkIssue = { severity: warning ? 'warning' : 'error', message, path };
      if (warning) this.warnings.push(message);
      else this.runtimeErrors.push(issue);
      options.onIssue?.(issue);
    };
  }

  /** Advances to the next thing the player sees: a line, a set of choices, or the end. */
  next(): Beat {
    const commands: Command[] = [];
    while (this.story.canContinue) {
      const raw = this.continueStory();
      for (const tag of this.story.currentTags ?? []) commands.push(this.parse(tag));
      const line = raw.trim();
      if (line === '') continue; // tag-only line: its commands travel with the next beat
      const { speaker, text } = splitSpeaker(line);
      return { kind: 'line', text, speaker, commands };
    }
    const choices = this.story.currentChoices.map((c) => ({ index: c.index, text: c.text }));
    if (choices.length > 0) return { kind: 'choices', choices, commands };
    return { kind: 'end', commands };
  }

  /**
   * After story.state.LoadJson: the beat that was on screen when the state was saved, rebuilt from
   * the state (the last line's text, or the choices), without its commands (their effects are in the
   * saved presentation state). Null when the state does not hold a beat of that kind.
   */
  beatOnScreen(kind: Beat['kind']): Beat | null {
    const choices = this.story.currentChoices.map((c) => ({ index: c.index, text: c.text }));
    if (kind === 'choices') return choices.length > 0 && !this.story.canContinue ? { kind, choices, commands: [] } : null;
    if (kind === 'end') return choices.length === 0 && !this.story.canContinue ? { kind, commands: [] } : null;
    const line = (this.story.currentText ?? '').trim();
    return line === '' ? null : { kind, ...splitSpeaker(line), commands: [] };
  }

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new EngineUsageError('no-such-choice', `There is no choice ${index + 1} here (${count} on offer).`);
    }
    this.story.ChooseChoiceIndex(index);
  }

  private parse(tag: string): Command {
    try {
      return parseTag(tag);
    } catch (e) {
      throw new StoryError(e instanceof Error ? e.message : String(e));
    }
  }

  private continueStory(): string {
    let raw: string;
    const path = this.story.state.currentPathString;
    try {
      raw = this.story.Continue() ?? '';
    } catch (e) {
      throw new InkRuntimeError([e instanceof Error ? e.message : String(e)], path);
    }
    const errors = this.runtimeErrors.splice(0);
    if (errors.length > 0)
      throw new InkRuntimeError(
        errors.map((e) => e.message),
        errors[0]?.path ?? path,
      );
    return raw;
  }
}
