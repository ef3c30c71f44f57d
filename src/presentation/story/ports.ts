// What the story controller drives, as small interfaces: the view (stage, text box, choices, drawn
// by Phaser in story-view.ts), the sound, the DOM mirror, a timer, the settings it reads, and the
// player's records. Unit tests hand it in-memory versions (tests/unit/story-ports.ts).
import type { Command, EndingInfo, PresentationState } from '../../engine/index.ts';
import type { SoundStage } from '../../ports/audio.ts';

export interface Item {
  label: string;
  onChoose: () => void;
}

/** What the story screen draws. Every promise resolves when its transition or reveal is done. */
export interface StoryView {
  /** Draws a presentation state at once (after a resize, a load or a rewind). */
  restore(state: PresentationState): Promise<void>;
  /** Starts loading the art a beat's commands will want (does not wait). */
  prefetch(commands: readonly Command[]): void;
  /** One stage command (background, portraits, particles, cards, effects). */
  apply(command: Command): Promise<void>;
  readonly chapterShowing: boolean;
  skipChapter(): void;
  toast(text: string): void;
  /** The pages this line takes in the text box at the current size (measured with the real font). */
  paginate(text: string): string[];
  /** Shows one page; `page`/`pages` number it (1-based). Resolves when it is fully revealed. */
  showText(text: string, speaker: string | null, charsPerSecond: number, page: number, pages: number): Promise<void>;
  readonly revealing: boolean;
  completeReveal(): void;
  /** The "read on" mark under the text. */
  setHint(visible: boolean): void;
  /** Lights this portrait and dims the others (null: all lit). */
  spotlight(who: string | null): void;
  /** The ids of the portraits on stage now. */
  portraitsShown(): readonly string[];
  showChoices(labels: readonly string[], onChoose: (index: number) => void): void;
  clearChoices(): void;
  showEnd(ending: EndingInfo | undefined, items: readonly Item[]): void;
}

/** The DOM mirror as the story screen uses it (src/a11y/mirror.ts, through mirror-offer.ts). */
export interface StoryMirror {
  line(text: string, speaker?: string | null): void;
  /** The line again where the screen was rebuilt on a new session, unless the log already ends with it. */
  repeat(text: string, speaker?: string | null): void;
  /** A chapter title, as a heading a screen-reader user can jump to. */
  heading(text: string): void;
  offer(items: Item[], label: string): void;
}

export type StorySound = SoundStage;

export interface Timer {
  /** Calls `fn` after `ms` (paused with the screen); returns a cancel function. */
  after(ms: number, fn: () => void): () => void;
}

/** The settings the story screen reads (read at each use: they may change while it runs). */
export interface StorySettings {
  textSpeed(): number;
  reducedMotion(): boolean;
  autoAdvance(): number | null;
  skipRead(): boolean;
}

/** The player's records and ways out of the screen. */
export interface StoryKeeper {
  /** True if this line was read before (in any run); marks it read. */
  markRead(node: string | null, text: string): boolean;
  /** At each choice point: the autosave and the progress book. */
  autosave(): void;
  /** A chapter starts: its checkpoint, for Chapters on the title. */
  chapterStart(chapter: number): void;
  recordProgress(): void;
  playAgain(): void;
  toTitle(): void;
  fail(error: unknown): void;
}
