// What the stage shows, as plain data: enough to draw the screen again after a resize, a load or a
// rewind without replaying any transition or sound.
import type { Command, Expression, Particles, Position } from '../../engine/index.ts';

export interface StagePortrait {
  who: string;
  expression: Expression;
  position: Position;
}

export interface StageState {
  background: string | null;
  portraits: StagePortrait[];
  particles: Particles;
  chapter: { number: number; title: string } | null;
}

export const EMPTY_STAGE: StageState = { background: null, portraits: [], particles: 'none', chapter: null };

/** The stage after a command (pure). Sound commands are the audio director's business. */
export function stageAfter(state: StageState, command: Command): StageState {
  switch (command.kind) {
    case 'scene':
      return { ...state, background: command.background, portraits: [] };
    case 'show': {
      const others = state.portraits.filter((p) => p.who !== command.who);
      return {
        ...state,
        portraits: [...others, { who: command.who, expression: command.expression, position: command.position }],
      };
    }
    case 'hide':
      return { ...state, portraits: command.who === 'all' ? [] : state.portraits.filter((p) => p.who !== command.who) };
    case 'particles':
      return { ...state, particles: command.particles };
    case 'chapter':
      return { ...state, chapter: { number: command.number, title: command.title } };
    default:
      return state;
  }
}
