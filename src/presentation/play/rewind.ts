// Going back: undo the last choice, rewind to a choice point, or History's "jump back here".
import type Phaser from 'phaser';
import { replayRun } from '../../engine/index.ts';
import { StorySession } from '../session.ts';
import { S } from '../strings.ts';
import { currentSession, enterStory, type Outcome, storyJson } from './enter.ts';

export function rewind(scene: Phaser.Scene, turn?: number): Outcome {
  const session = currentSession(scene);
  if (!session || session.playthrough.trail.length === 0) return { ok: false, message: S.play.noChoiceYet };
  if (turn === undefined) session.playthrough.undo();
  else session.playthrough.rewindTo(turn);
  enterStory(scene, session);
  return { ok: true, message: S.rewound };
}

/**
 * History's "jump back here": to the choice point just before a line (`turn`), with its choices on
 * offer again; for a line before the first choice, to the start of the story (same seed).
 */
export function jumpBack(scene: Phaser.Scene, turn: number): Outcome {
  const session = currentSession(scene);
  if (!session) return { ok: false, message: S.play.noStory };
  if (turn >= 0) {
    session.playthrough.rewindTo(turn);
    enterStory(scene, session, S.play.jumped);
    return { ok: true, message: S.play.jumped };
  }
  const outcome = replayRun(storyJson(scene), { ...session.playthrough.run, choices: [] }, { beats: 1 });
  enterStory(scene, new StorySession(outcome.playthrough), S.play.restarted);
  return { ok: true, message: S.play.restarted };
}
