// The story engine: wraps an inkjs Story and turns its output into beats.
// No DOM, Phaser or howler here (the engine's tsconfig has no DOM lib).
import { Story } from 'inkjs';
import { splitSpeaker } from './speakers.ts';
import { type Command, parseTag } from './tags.ts';

export interface ChoiceOption {
  index: number;
  text: string;
}

export type Beat =
  | { kind: 'line'; text: string; speaker: string | null; commands: Command[] }
  | { kind: 'choices'; choices: ChoiceOption[]; commands: Command[] }
  | { kind: 'end'; commands: Command[] };

/** An error in the story itself (a bad compiled file, an ink runtime error, a bad tag). */
export class StoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryError';
  }
}

const INK_ERROR = 2; // inkjs ErrorType.Error (0 = author, 1 = warning)

/** Creates an inkjs Story from compiled JSON with a clear error for what is not a story. */
export function loadStory(json: string): Story {
  const text = json.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StoryError('The compiled story is not JSON. Rebuild it with `npm run build`.');
  }
  const version = (parsed as { inkVersion?: unknown }).inkVersion;
  if (typeof version !== 'number') {
    throw new StoryError('This file is not a compiled ink story (no inkVersion). Rebuild it with `npm run build`.');
  }
  try {
    return new Story(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new StoryError(`The compiled story (ink format ${version}) cannot be read by this game: ${reason}`);
  }
}

export class StoryEngine {
  readonly story: Story;
  private readonly runtimeErrors: string[] = [];
  readonly warnings: string[] = [];

  constructor(json: string) {
    this.story = loadStory(json);
    this.story.onError = (message, type) => {
      if (Number(type) === INK_ERROR) this.runtimeErrors.push(message);
      else this.warnings.push(message);
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

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new StoryError(`There is no choice ${index + 1} here (${count} on offer).`);
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
    try {
      raw = this.story.Continue() ?? '';
    } catch (e) {
      throw new StoryError(`The story hit an ink error: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.throwRuntimeErrors();
    return raw;
  }

  private throwRuntimeErrors(): void {
    if (this.runtimeErrors.length === 0) return;
    const message = this.runtimeErrors.splice(0).join('; ');
    throw new StoryError(`The story hit an ink error: ${message}`);
  }
}
