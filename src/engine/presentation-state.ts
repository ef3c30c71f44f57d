// What is on screen and playing, derived from the commands shown so far: background, portraits,
// particles, chapter, music, ambience, ending. A load or a rewind sets the screen and the sound from
// this state directly, so no transition, sound effect or card is replayed.
// One-off commands (sfx, fx, card, exhibit, memory) leave no state behind.
import type { Command, Expression, Particles, Position } from './tags.ts';

export interface Portrait {
  who: string;
  expression: Expression;
  position: Position;
}

export interface ChapterMark {
  number: number;
  title: string;
}

export interface PresentationState {
  background: string | null;
  /** In the order they entered; the last one is drawn in front. */
  portraits: Portrait[];
  particles: Particles;
  chapter: ChapterMark | null;
  music: string | null;
  ambience: string | null;
  ending: string | null;
}

export const INITIAL_PRESENTATION: PresentationState = Object.freeze({
  background: null,
  portraits: [],
  particles: 'none',
  chapter: null,
  music: null,
  ambience: null,
  ending: null,
}) as PresentationState;

/** The state after one command (pure: the input is never changed). */
export function presentationAfter(state: PresentationState, command: Command): PresentationState {
  switch (command.kind) {
    case 'scene':
      // story/README.md: a scene change clears the portraits and the particles (no snow indoors).
      return { ...state, background: command.background, portraits: [], particles: 'none' };
    case 'show': {
      const others = state.portraits.filter((p) => p.who !== command.who);
      const portrait = { who: command.who, expression: command.expression, position: command.position };
      return { ...state, portraits: [...others, portrait] };
    }
    case 'hide':
      return { ...state, portraits: command.who === 'all' ? [] : state.portraits.filter((p) => p.who !== command.who) };
    case 'particles':
      return { ...state, particles: command.particles };
    case 'chapter':
      return { ...state, chapter: { number: command.number, title: command.title } };
    case 'music':
      return { ...state, music: command.track };
    case 'ambience':
      return { ...state, ambience: command.loop };
    case 'ending':
      return { ...state, ending: command.id };
    default:
      return state;
  }
}

export function presentationAfterAll(state: PresentationState, commands: readonly Command[]): PresentationState {
  return commands.reduce(presentationAfter, state);
}
