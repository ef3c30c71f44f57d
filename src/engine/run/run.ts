// A run: the story version, the seed and the choices made. With the seed set on the ink story,
// a run is deterministic: replaying it reaches the same beat, RANDOM and shuffles included.
import { EngineUsageError } from '../errors.ts';
import { isStoryHash } from '../story-hash.ts';

export interface Run {
  /** storyHash() of the compiled story the run was made on. */
  storyHash: string;
  /** The ink story seed (`story.state.storySeed`), 0..MAX_SEED. */
  seed: number;
  /** The index of the option taken at each choice point, in order. */
  choices: readonly number[];
  /**
   * A short hash of each choice's text (choiceHash), one per choice, when known: a run link carries
   * them so that a link made before the story was edited finds its choices or says which is gone.
   */
  choiceHashes?: readonly number[];
}

/**
 * 16 bits of FNV-1a over a choice's text: tells an edited or swapped option from the same one but
 * for 1 edit in 65,536 (one byte was tried first: 1 in 256 missed too often, a real edit included).
 */
export function choiceHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return ((h >>> 16) ^ h) & 0xffff;
}

/** Seeds stay below ink's PRNG modulus (2^31 - 1), so that every seed is a distinct stream. */
export const MAX_SEED = 2_147_483_646;

/** The largest choice index a run can hold (the codec packs up to 16 bits per choice). */
export const MAX_CHOICE_INDEX = 0xffff;

/** A fresh seed. Not for security: it only has to differ between new games. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (MAX_SEED + 1));
}

export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/** Throws EngineUsageError when a run built by code is malformed (decoded runs are checked by decodeRun). */
export function assertRun(run: Run): void {
  const bad = (why: string) => new EngineUsageError('bad-run', `Not a valid run: ${why}.`);
  if (!isStoryHash(run.storyHash)) throw bad(`story hash "${run.storyHash}" is not 14 hex digits`);
  if (!isValidSeed(run.seed)) throw bad(`seed ${run.seed} is not an integer in 0..${MAX_SEED}`);
  const wrong = run.choices.findIndex((c) => !Number.isInteger(c) || c < 0 || c > MAX_CHOICE_INDEX);
  if (wrong >= 0) throw bad(`choice ${wrong + 1} is ${run.choices[wrong]}, not an index in 0..${MAX_CHOICE_INDEX}`);
  const hashes = run.choiceHashes;
  if (hashes && (hashes.length !== run.choices.length || hashes.some((h) => !Number.isInteger(h) || h < 0 || h > 0xffff)))
    throw bad('its choice hashes are not one 16-bit hash per choice');
}
