// The playthrough the story screen shows, kept in the game registry outside the scene, so a resize
// (which rebuilds the scene) or a menu never loses the player's place. The engine's Playthrough
// holds the run, the history, the rewind points and the presentation state.
import { type Beat, Playthrough, type PresentationState, type StartOptions } from '../engine/index.ts';

export interface LogLine {
  speaker: string | null;
  text: string;
  /** A choice the player took (shown as "› text"). */
  choice?: boolean;
  /** The choice point just before this line, where History's "jump back here" goes (-1: the story's start). */
  turn: number;
}

export class StorySession {
  /** The page of the current line the text box shows (a rebuilt screen shows the same one). */
  page = 1;
  /**
   * Where this run autosaves at each choice: the player's own autosave, or, for a run opened from a
   * shared link while the player has an autosave, a slot of its own, so a link never replaces it.
   */
  autosaveSlot: 'auto' | 'link' = 'auto';
  /** The last beat whose line the mirror was told (a screen rebuilt mid-transition has not told it yet). */
  told: Beat | null = null;

  constructor(readonly playthrough: Playthrough) {}

  static start(json: string, options: StartOptions = {}): StorySession {
    return new StorySession(Playthrough.start(json, options));
  }

  /** What is on screen and playing now (the engine's presentation state; the Stage view draws it). */
  get presentation(): PresentationState {
    return this.playthrough.presentation;
  }

  get current(): Beat | null {
    return this.playthrough.current;
  }

  /** This run's lines and the choices taken, in order (the History screen). */
  get log(): LogLine[] {
    const lines: LogLine[] = [];
    let marked = 0;
    for (const entry of this.playthrough.history) {
      // The choice taken comes once, before the first line of the turn it led to.
      if (entry.after && entry.turn > marked) {
        marked = entry.turn;
        lines.push({ speaker: null, text: entry.after.text, choice: true, turn: entry.turn - 1 });
      }
      if (entry.beat.kind === 'line') lines.push({ speaker: entry.beat.speaker, text: entry.beat.text, turn: entry.turn - 1 });
    }
    return lines;
  }

  advance(): Beat {
    return this.playthrough.next();
  }

  choose(index: number): void {
    this.playthrough.choose(index);
  }
}

const KEY = 'room7-session';

interface Registry {
  get(key: string): unknown;
  set(key: string, value: unknown): unknown;
  remove(key: string): unknown;
}

export const sessionSlot = {
  get: (registry: Registry) => registry.get(KEY) as StorySession | undefined,
  set: (registry: Registry, session: StorySession) => registry.set(KEY, session),
  clear: (registry: Registry) => registry.remove(KEY),
};
