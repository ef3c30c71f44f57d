// Looking ahead: which backgrounds the story shows next from a given ink state, down each option of
// a choice point, so the screen can fetch that art before the player gets there. A second story
// instance does the looking (the player's is never touched, RANDOM included: the state carries
// its own seed); anything that goes wrong there only means nothing is fetched ahead.
import { StoryEngine } from './story-engine.ts';

/** How far ahead to look down each option, in lines: a scene change comes within a few. */
const LINES_AHEAD = 6;

export class Lookahead {
  private engine: StoryEngine | null = null;

  constructor(private readonly json: string) {}

  /**
   * The backgrounds shown next from this ink state (Playthrough.inkState()): after each option when
   * the state is at a choice point, else straight on. At most one per option, in option order.
   */
  nextBackgrounds(inkState: string): string[] {
    try {
      this.engine ??= new StoryEngine(this.json);
      const { story } = this.engine;
      story.state.LoadJson(inkState);
      const options = story.currentChoices.length;
      if (options === 0) return this.firstBackground(inkState, null);
      const found = new Set<string>();
      for (let i = 0; i < options; i++) for (const id of this.firstBackground(inkState, i)) found.add(id);
      return [...found];
    } catch {
      return [];
    }
  }

  private firstBackground(inkState: string, option: number | null): string[] {
    const engine = this.engine;
    if (!engine) return [];
    engine.story.state.LoadJson(inkState);
    if (option !== null) engine.choose(option);
    for (let lines = 0; lines < LINES_AHEAD; lines++) {
      const beat = engine.next();
      for (const command of beat.commands) if (command.kind === 'scene') return [command.background];
      if (beat.kind !== 'line') break;
    }
    return [];
  }
}
