// Replaying a run: the same seed and choices on a story reach the same beat. On an edited story the
// replay checks each choice by its text (when the run's trail is known, as in a save): a choice that
// moved is followed to its new place; a choice that is gone stops the replay at that choice point,
// and the divergence says where and why.
import { chapterLine } from '../chapter-label.ts';
import type { ExternalTable } from '../externals.ts';
import { choiceHash, type Run } from '../run/run.ts';
import type { ChoiceOption } from '../story-engine.ts';
import { Playthrough } from './playthrough.ts';

export interface ReplayOptions {
  externals?: ExternalTable;
  /** The texts of the choices taken, one per choice of the run (a save's choiceTexts). */
  expected?: readonly string[];
  /** Beats to show after the last choice (a save's beatsThisTurn); default 1, the beat the choice led to. */
  beats?: number;
}

export type DivergenceReason = 'choice-gone' | 'choice-changed' | 'no-such-option' | 'story-ended';

export interface Divergence {
  /** 1-based number of the choice that could not be made. */
  choice: number;
  reason: DivergenceReason;
  /** The text the run chose there, when known. */
  text: string | null;
  /** The option index the run chose there. */
  index: number;
  /** Where the replay stopped (knot or knot.stitch). */
  node: string | null;
  /** 'choice-changed': what the option at that index reads now (a run link's hash no longer matches it). */
  now?: string;
}

export interface ReplayOutcome {
  playthrough: Playthrough;
  /** Choices replayed before the end of the run or the divergence. */
  replayed: number;
  total: number;
  divergence: Divergence | null;
  /** Choices found at another position on the new story: [choice number, old index, new index]. */
  moved: [number, number, number][];
  /** False when the run was made on another version of the story. */
  sameStory: boolean;
}

function pick(options: readonly ChoiceOption[], index: number, expected: string | undefined, hash?: number): number | null {
  if (expected === undefined && hash !== undefined) {
    const at = options[index];
    if (at && choiceHash(at.text) === hash) return index;
    return options.find((o) => choiceHash(o.text) === hash)?.index ?? null;
  }
  if (expected === undefined) return index < options.length ? index : null;
  if (options[index]?.text === expected) return index;
  const found = options.find((o) => o.text === expected);
  return found ? found.index : null;
}

/** Replays a run from the start. Throws StoryError only for an ink error in the story itself. */
export function replayRun(json: string, run: Run, options: ReplayOptions = {}): ReplayOutcome {
  const p = Playthrough.start(json, { seed: run.seed, ...(options.externals ? { externals: options.externals } : {}) });
  const moved: [number, number, number][] = [];
  let divergence: Divergence | null = null;
  let replayed = 0;
  for (const [k, index] of run.choices.entries()) {
    while (p.current?.kind !== 'choices' && p.current?.kind !== 'end') p.next();
    const expected = options.expected?.[k];
    const text = expected ?? null;
    const beat = p.current;
    if (beat.kind === 'end') {
      divergence = { choice: k + 1, reason: 'story-ended', text, index, node: p.history.at(-1)?.node ?? null };
      break;
    }
    // A run link's hashes, when it has them and no texts are known (a save has its texts).
    const hash = expected === undefined ? run.choiceHashes?.[k] : undefined;
    const chosen = pick(beat.choices, index, expected, hash);
    if (chosen === null) {
      const node = p.choicePoints.at(-1)?.node ?? null;
      const now = beat.choices[index]?.text;
      if (hash !== undefined && now !== undefined)
        divergence = { choice: k + 1, reason: 'choice-changed', text, index, node, now };
      else divergence = { choice: k + 1, reason: expected === undefined ? 'no-such-option' : 'choice-gone', text, index, node };
      break;
    }
    if (chosen !== index) moved.push([k + 1, index, chosen]);
    p.choose(chosen);
    replayed++;
  }
  if (!divergence) {
    for (let i = 0; i < (options.beats ?? 1) && p.current?.kind !== 'choices' && p.current?.kind !== 'end'; i++) p.next();
  }
  return { playthrough: p, replayed, total: run.choices.length, divergence, moved, sameStory: run.storyHash === p.storyHash };
}

/**
 * One line for the player: what changed and where the replay stopped. A player is told the chapter
 * ("in Chapter 3: Smuggling"); an author (hot reload) asks for the ink node ("at ch3.night"), which the
 * chapter follows when the story has no chapter tags.
 */
export function describeReplay(outcome: ReplayOutcome, place: 'chapter' | 'node' = 'chapter'): string {
  const { replayed, total, divergence, moved } = outcome;
  const head = outcome.sameStory ? 'replayed' : 'the story changed: replayed';
  if (!divergence) {
    const shifted = moved.length > 0 ? `; ${moved.length} moved to a new place in the list` : '';
    return `${head} all ${total} choices${shifted}`;
  }
  const what = divergence.text === null ? `(option ${divergence.index + 1})` : `'${divergence.text}'`;
  const chapter = outcome.playthrough.presentation.chapter;
  const where =
    place === 'chapter' && chapter ? `in ${chapterLine(chapter.number, chapter.title)}` : `at ${divergence.node ?? 'the start'}`;
  const n = divergence.choice;
  const why =
    divergence.reason === 'story-ended'
      ? `the story ${outcome.sameStory ? '' : 'now '}ends before choice ${n} ${what}`
      : divergence.reason === 'choice-gone'
        ? `choice ${n} ${what} no longer exists ${where}`
        : divergence.reason === 'choice-changed'
          ? `choice ${n} ${what} ${where} now reads '${divergence.now}', and none of the options there is the one chosen`
          : `choice ${n} ${what} is not on offer ${where}`;
  return `${head} ${replayed} of ${total} choices; ${why}`;
}
