// The playthrough the story screen shows. It lives outside the scene, so a resize (which rebuilds the
// scene) or a menu never loses the player's place.
import { type Beat, StoryEngine } from '../engine/index.ts';
import { EMPTY_STAGE, type StageState, stageAfter } from './stage/stage-state.ts';

export interface LogLine {
  speaker: string | null;
  text: string;
}

export class StorySession {
  readonly engine: StoryEngine;
  stage: StageState = EMPTY_STAGE;
  /** The beat on screen: a line, the choices, or the end. */
  current: Beat | null = null;
  readonly log: LogLine[] = [];

  constructor(json: string) {
    this.engine = new StoryEngine(json);
  }

  advance(): Beat {
    const beat = this.engine.next();
    for (const command of beat.commands) this.stage = stageAfter(this.stage, command);
    this.current = beat;
    if (beat.kind === 'line') this.log.push({ speaker: beat.speaker, text: beat.text });
    return beat;
  }

  choose(index: number): void {
    const beat = this.current;
    if (beat?.kind === 'choices') {
      const choice = beat.choices.find((c) => c.index === index);
      if (choice) this.log.push({ speaker: null, text: `› ${choice.text}` });
    }
    this.engine.choose(index);
    this.current = null;
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
