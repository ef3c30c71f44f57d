// Run links: open a run code (from the page's URL, or the map's "Replay from here") at the same screen,
// and make the link of the current moment.
import type Phaser from 'phaser';
import { choiceHash, decodeRun, describeReplay, encodeRun, RunDecodeError, replayRun } from '../../engine/index.ts';
import { markBoot } from '../boot-marks.ts';
import { services } from '../services.ts';
import { StorySession } from '../session.ts';
import { S } from '../strings.ts';
import { currentSession, enterStory, type Outcome, storyJson } from './enter.ts';

/**
 * Opens a run (from a URL or the map) at the same screen: same seed, same choices, and `beats`
 * beats into the turn (the lines read since the last choice), so a link lands on the same line.
 */
export function openRun(scene: Phaser.Scene, code: string, beats = 1): Outcome {
  return openRunWith(scene, code, beats, true);
}
/** The map's "Replay from here": the run up to that choice point, stopped on its choices. */
export function replayFromMap(scene: Phaser.Scene, code: string): Outcome {
  const outcome = openRunWith(scene, code, Number.POSITIVE_INFINITY);
  if (!outcome.ok) services(scene).warn(outcome.message);
  return outcome;
}

function openRunWith(scene: Phaser.Scene, code: string, beats: number, shared = false): Outcome {
  let run: ReturnType<typeof decodeRun>;
  try {
    run = decodeRun(code);
  } catch (e) {
    // The decoder's own words are for developers (the console); the player gets a sentence.
    console.info(`[Room 7] run link: ${e instanceof RunDecodeError ? e.message : String(e)}`);
    return { ok: false, message: S.play.linkDamaged };
  }
  try {
    const outcome = replayRun(storyJson(scene), run, { beats: Math.max(1, beats) });
    markBoot('run-replayed');
    const changed = linkNotice(outcome, run.choiceHashes !== undefined);
    const session = new StorySession(outcome.playthrough);
    const own = services(scene).slots.read('auto');
    // A shared link over a player's own autosave: autosaved apart, and the player is told.
    const apart = shared && (!own.ok || own.value.save !== null);
    if (apart) session.autosaveSlot = 'link';
    // Something is always said, so the status line never stays on "Loading Room 7…".
    const notice = [changed, apart ? S.links.keptApart : undefined].filter(Boolean).join(' ') || S.linkOpened;
    enterStory(scene, session, notice);
    return { ok: true, message: notice };
  } catch (e) {
    console.info(`[Room 7] run link: ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, message: S.play.linkFailed };
  }
}

/**
 * What the story screen says about a link: nothing when it replayed exactly; that the story changed
 * only when it did (another story version); a link on this very story that asks for choices the
 * story does not offer is a damaged link, not a changed story.
 */
function linkNotice(outcome: ReturnType<typeof replayRun>, checked: boolean): string | undefined {
  if (outcome.sameStory && !outcome.divergence) return undefined;
  // The notice says the story changed itself; the description need not say it again.
  const what = describeReplay({ ...outcome, sameStory: true });
  if (outcome.sameStory) return S.links.doesNotFit(what);
  if (outcome.divergence) return S.links.storyChanged(what);
  // Without choice hashes (an older link) the replay cannot tell an edited option from the same one.
  return checked ? S.links.storyUpdated(what) : S.links.unchecked(what);
}
export function shareUrl(scene: Phaser.Scene): string | null {
  const session = currentSession(scene);
  if (!session) return null;
  const p = session.playthrough;
  // With each choice's hash: a link opened on an edited story finds its options or says which is gone.
  const run = { ...p.run, choiceHashes: p.trail.map((c) => choiceHash(c.text)) };
  return services(scene).platform.runUrl(encodeRun(run), p.beatsThisTurn);
}
