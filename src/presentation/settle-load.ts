// After a quick load the story screen draws the saved moment from the saved state; the history and
// rewind points are rebuilt (Playthrough.settle: a replay of the run, ~70 ms for a whole run) once
// the first frames are out, before the player can act. If the replay does not reach the saved
// state exactly, the story screen is redrawn from the replay and says so.

import { mismatchReport } from '../persistence/save-codec.ts';
import Phaser from './phaser.ts';
import type { StorySession } from './session.ts';

/** Frames drawn before the history is rebuilt: the story screen's first frame is out by then. */
const FRAMES_FIRST = 2;

export function settleAfterFirstFrame(
  scene: Phaser.Scene,
  session: StorySession,
  redraw: (session: StorySession, notice: string) => void,
): void {
  const p = session.playthrough;
  if (p.settled) return;
  p.events.on('history/settled', ({ exact, outcome }) => {
    if (!exact) redraw(session, `This save was rebuilt: ${mismatchReport(outcome).message}.`);
  });
  const events = scene.game.events;
  let frames = 0;
  const afterFrame = () => {
    if (++frames < FRAMES_FIRST) return;
    events.off(Phaser.Core.Events.POST_RENDER, afterFrame);
    try {
      p.settle();
    } catch {
      // An ink error in the replay of the saved run: play goes on from the saved state, with the
      // history as loaded (the last line and the beat on screen); there is nothing to rewind to.
    }
  };
  events.on(Phaser.Core.Events.POST_RENDER, afterFrame);
}
