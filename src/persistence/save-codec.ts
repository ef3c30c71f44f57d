// Saves as text: encodeSave writes the envelope; decodeSave validates it and gives back a playthrough
// at the saved beat. A save made on another version of the story is rebuilt by replaying its run, and
// the report says how far it got. Every way a save can be wrong is a SaveError with a message that
// says what to do: never a crash, never a silent mis-load.
// A load on the same story restores the saved ink and presentation state (under a millisecond) and
// replays the run to rebuild the history and the rewind snapshots, checking that the replay reaches
// exactly the saved state (engine/playthrough/saved-place.ts). The replay costs ~30 ms for 200
// choices of the bench fixture, ~70 ms for a whole run of the real story (`npm run bench`): with
// `deferCheck` the game draws the saved moment first and the replay runs after the first frame
// (Playthrough.settle), a mismatch then reported by the 'history/settled' event. A save made on another
// story version, or before saves recorded the beat on screen, is rebuilt by a replay, as before.
import * as v from 'valibot';
import {
  captureSave,
  checkStory,
  type Divergence,
  decodeRun,
  describeReplay,
  type ExternalTable,
  type Playthrough,
  type ReplayOutcome,
  type Restore,
  RunDecodeError,
  replayRun,
  resumeRun,
  SAVE_FORMAT,
  type SaveEnvelope,
  StoryError,
  storyHash,
} from '../engine/index.ts';
import { describeIssues, SaveSchema } from './save-schema.ts';

export type SaveProblem =
  | 'not-json'
  | 'not-a-save'
  | 'newer-format'
  | 'unknown-format'
  | 'invalid'
  | 'bad-run'
  | 'inconsistent'
  | 'story-unreadable'
  | 'replay-failed';

export class SaveError extends Error {
  constructor(
    readonly problem: SaveProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

export interface RebuildReport {
  /** 'story-changed': made on another version; 'state-mismatch': same story, but the saved state did not replay exactly. */
  reason: 'story-changed' | 'state-mismatch';
  replayed: number;
  total: number;
  divergence: Divergence | null;
  /** For the player, e.g. "the story changed: replayed 12 of 15 choices; choice 13 'X' no longer exists at ch3.night". */
  message: string;
}

export type LoadResult =
  | { kind: 'loaded'; playthrough: Playthrough; restore: Restore; envelope: SaveEnvelope }
  | { kind: 'rebuilt'; playthrough: Playthrough; restore: Restore; envelope: SaveEnvelope; report: RebuildReport }
  | { kind: 'error'; error: SaveError };

export function encodeSave(envelope: SaveEnvelope): string {
  return JSON.stringify(envelope);
}

/** captureSave + encodeSave: the text to put in a save slot. */
export function savePlaythrough(p: Playthrough, now: Date): string {
  return encodeSave(captureSave(p, now));
}

const DELETE = 'Delete this save or load another.';

/** Reads and checks the envelope only (no story needed): for a load screen's slot list. */
export function readEnvelope(text: string): SaveEnvelope | SaveError {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return new SaveError('not-json', `This save is damaged: it is not readable data. ${DELETE}`);
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || format === undefined) {
    return new SaveError('not-a-save', `This is not a Room 7 save (it has no format number). ${DELETE}`);
  }
  if (typeof format === 'number' && Number.isInteger(format) && format > SAVE_FORMAT) {
    return new SaveError(
      'newer-format',
      `This save was made by a newer version of the game (save format ${format}). Update the game to load it.`,
    );
  }
  if (format !== SAVE_FORMAT) {
    return new SaveError('unknown-format', `This save has an unknown format (${JSON.stringify(format)}). ${DELETE}`);
  }
  const parsed = v.safeParse(SaveSchema, data);
  if (!parsed.success) return new SaveError('invalid', `This save is damaged (${describeIssues(parsed.issues)}). ${DELETE}`);
  return parsed.output;
}

export interface DecodeOptions {
  externals?: ExternalTable;
  /**
   * Return as soon as the saved state is restored; the replay that rebuilds the history and checks
   * the state runs at the playthrough's settle() (the caller reports a mismatch: mismatchReport).
   */
  deferCheck?: boolean;
}

export function decodeSave(text: string, storyJson: string, options: DecodeOptions = {}): LoadResult {
  try {
    return decode(text, storyJson, options);
  } catch (e) {
    // Only the story itself can fail past validation: an ink error while replaying, or a broken story file.
    const error = e instanceof SaveError ? e : replayError(e);
    return { kind: 'error', error };
  }
}

function replayError(e: unknown): SaveError {
  const reason = e instanceof Error ? e.message : String(e);
  if (e instanceof StoryError)
    return new SaveError('replay-failed', `This save could not be replayed on the current story: ${reason}`);
  return new SaveError('replay-failed', `This save could not be loaded because of an unexpected fault: ${reason}`);
}

function decode(text: string, storyJson: string, { externals, deferCheck }: DecodeOptions): LoadResult {
  const envelope = readEnvelope(text);
  if (envelope instanceof SaveError) return { kind: 'error', error: envelope };
  let run: ReturnType<typeof decodeRun>;
  try {
    run = decodeRun(envelope.run);
  } catch (e) {
    const reason = e instanceof RunDecodeError ? e.message : String(e);
    return { kind: 'error', error: new SaveError('bad-run', `This save's choices are damaged: ${reason} ${DELETE}`) };
  }
  const inconsistent = (why: string) => ({
    kind: 'error' as const,
    error: new SaveError('inconsistent', `This save contradicts itself: ${why}. ${DELETE}`),
  });
  if (run.storyHash !== envelope.storyHash) return inconsistent('its run belongs to another story version than the save');
  if (run.choices.length !== envelope.choiceTexts.length) {
    return inconsistent(`it lists ${envelope.choiceTexts.length} choice texts for ${run.choices.length} choices`);
  }
  try {
    checkStory(storyJson);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      kind: 'error',
      error: new SaveError('story-unreadable', `The game's story cannot be read, so no save can load: ${reason}`),
    };
  }
  const sameStory = storyHash(storyJson) === envelope.storyHash;
  if (sameStory && envelope.shown !== undefined) {
    const place = {
      ...envelope,
      seed: run.seed,
      choices: run.choices,
      beats: envelope.beat,
      shown: envelope.shown,
      lastLine: envelope.summary,
    };
    const p = resumeRun(storyJson, run, place, externals ? { externals } : {});
    if (p && deferCheck) return { kind: 'loaded', playthrough: p, restore: p.restore, envelope };
    const settled = p?.settle();
    if (p && settled?.exact) return { kind: 'loaded', playthrough: p, restore: p.restore, envelope };
    if (p && settled) {
      return { kind: 'rebuilt', playthrough: p, restore: p.restore, envelope, report: report(settled.outcome, true) };
    }
  }
  const outcome = replayRun(storyJson, run, {
    expected: envelope.choiceTexts,
    beats: envelope.beat,
    ...(externals ? { externals } : {}),
  });
  const p = outcome.playthrough;
  if (sameStory && !outcome.divergence && p.inkState() === envelope.inkState) {
    return { kind: 'loaded', playthrough: p, restore: p.restore, envelope };
  }
  return { kind: 'rebuilt', playthrough: p, restore: p.restore, envelope, report: report(outcome, sameStory) };
}

/** The report of a quick load whose replay did not reach the saved state (a 'history/settled' event, not exact). */
export function mismatchReport(outcome: ReplayOutcome): RebuildReport {
  return report(outcome, true);
}

function report(outcome: ReplayOutcome, sameStory: boolean): RebuildReport {
  const { replayed, total, divergence } = outcome;
  const described = describeReplay(outcome);
  const message = sameStory ? `the saved state did not replay exactly; rebuilt from its choices: ${described}` : described;
  return { reason: sameStory ? 'state-mismatch' : 'story-changed', replayed, total, divergence, message };
}
