import { describe, expect, test } from 'vitest';
import {
  choiceHash,
  decodeRun,
  describeReplay,
  EngineUsageError,
  encodeRun,
  Playthrough,
  RunDecodeError,
  replayRun,
  storyHash,
} from '../../src/engine/index.ts';
import { toBase64Url } from '../../src/engine/run/base64url.ts';
import { compileFixture } from './ink.ts';
import { lineTexts, play, showBeats } from './play.ts';

const seeded = compileFixture('tests/fixtures/engine/seeded.ink');
const long = compileFixture('tests/fixtures/engine/long.ink');
const HASH = storyHash(seeded);

describe('story hash', () => {
  test('is 14 hex digits, stable, ignores a BOM, and changes with the story', () => {
    expect(HASH).toMatch(/^[0-9a-f]{14}$/);
    expect(storyHash(seeded)).toBe(HASH);
    expect(storyHash(`\uFEFF${seeded}`)).toBe(HASH);
    expect(storyHash(seeded.replace('Snow falls.', 'Snow fell.'))).not.toBe(HASH);
  });
});

describe('deterministic runs', () => {
  test('the same seed and choices give the same beats and ink state, RANDOM and shuffles included', () => {
    const a = Playthrough.start(seeded, { seed: 99 });
    const b = Playthrough.start(seeded, { seed: 99 });
    expect(lineTexts(play(a, [1, 0, 1, 0, 1, 0, 1]))).toEqual(lineTexts(play(b, [1, 0, 1, 0, 1, 0, 1])));
    expect(a.inkState()).toBe(b.inkState());
  });

  test('different seeds give different lines (the seed really reaches ink)', () => {
    const texts = new Set<string>();
    for (let seed = 0; seed < 8; seed++) texts.add(lineTexts(play(Playthrough.start(seeded, { seed }), [1, 1, 1])).join('\n'));
    expect(texts.size).toBeGreaterThan(4);
  });

  test('replaying a run reaches the same beat with the same state', () => {
    const p = Playthrough.start(long, { seed: 5 });
    play(
      p,
      Array.from({ length: 40 }, (_, i) => i * 7),
    );
    showBeats(p, 2);
    expect(p.beatsThisTurn).toBe(2);
    const outcome = replayRun(long, decodeRun(encodeRun(p.run)), { beats: p.beatsThisTurn });
    expect(outcome).toMatchObject({ replayed: 40, total: 40, divergence: null, sameStory: true });
    expect(outcome.playthrough.current).toEqual(p.current);
    expect(outcome.playthrough.inkState()).toBe(p.inkState());
    expect(lineTexts(outcome.playthrough.history.map((e) => e.beat))).toEqual(lineTexts(p.history.map((e) => e.beat)));
  });

  test('a run link without a beat count replays to the beat the last choice led to', () => {
    const p = Playthrough.start(seeded, { seed: 5 });
    play(p, [1]);
    const first = p.next();
    const outcome = replayRun(seeded, p.run);
    expect(outcome.playthrough.current).toEqual(first);
  });

  test('a run whose index is not on offer stops there and says so', () => {
    const outcome = replayRun(seeded, { storyHash: HASH, seed: 1, choices: [0, 7] });
    expect(outcome.divergence).toMatchObject({ choice: 2, reason: 'no-such-option', index: 7, node: 'market' });
    expect(outcome.playthrough.current?.kind).toBe('choices');
  });
});

describe('run codes', () => {
  test('encode -> decode is identity, and the code is URL-safe', () => {
    const runs = [
      { storyHash: HASH, seed: 0, choices: [] },
      { storyHash: HASH, seed: 2_147_483_646, choices: [0] },
      { storyHash: '00000000000000', seed: 42, choices: [0, 1, 2, 3, 1, 0] },
      { storyHash: HASH, seed: 7, choices: [65_535, 0, 12] },
    ];
    for (const run of runs) {
      const code = encodeRun(run);
      expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeRun(code)).toEqual(run);
    }
  });

  test('is compact: 200 choices among 4 options take under 90 characters', () => {
    const code = encodeRun({ storyHash: HASH, seed: 123_456_789, choices: Array.from({ length: 200 }, (_, i) => i % 4) });
    expect(code.length).toBeLessThan(90);
  });

  test('refuses to encode a malformed run', () => {
    expect(() => encodeRun({ storyHash: 'xyz', seed: 1, choices: [] })).toThrow(EngineUsageError);
    expect(() => encodeRun({ storyHash: HASH, seed: -1, choices: [] })).toThrow(/seed -1/);
    expect(() => encodeRun({ storyHash: HASH, seed: 1, choices: [0, 1.5] })).toThrow(/choice 2/);
  });

  const good = encodeRun({ storyHash: HASH, seed: 300, choices: [1, 2, 0, 1, 3] });
  const bytes = (...b: number[]) => toBase64Url(Uint8Array.from(b));
  const hash7 = [1, 2, 3, 4, 5, 6, 7];
  test.each([
    ['empty', '', /empty/],
    ['empty', '   ', /empty/],
    ['bad-character', 'abc$def', /"\$" at position 4/],
    ['bad-length', 'abcde', /wrong length/],
    ['unknown-version', bytes(3, ...hash7, 0, 0), /format 3.*newer version/],
    ['truncated', bytes(2, ...hash7, 0, 2, 2, 0b0110_0000, 0x11, 0x22, 0x33), /cut short/],
    ['trailing-data', bytes(2, ...hash7, 0, 1, 1, 0b1000_0000, 0x11, 0x22, 0x33), /extra characters/],
    ['trailing-data', bytes(2, ...hash7, 0, 0), /hashes but no choices/],
    ['unknown-version', bytes(0, ...hash7, 0, 0), /not a run code/],
    ['truncated', good.slice(0, 8), /cut short/],
    ['truncated', bytes(1, ...hash7, 0, 5, 2), /cut short/],
    ['bad-length', good.slice(0, 7), /wrong length/],
    ['bad-seed', bytes(1, ...hash7, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), /seed/],
    ['bad-seed', bytes(1, ...hash7, 0xff, 0xff, 0xff, 0xff, 0x0f, 0), /seed/],
    ['too-many-choices', bytes(1, ...hash7, 0, 0xff, 0xff, 0x7f, 1), /more than 100000/],
    ['bad-width', bytes(1, ...hash7, 0, 1, 0), /0 bits/],
    ['bad-width', bytes(1, ...hash7, 0, 1, 17, 0, 0, 0), /17 bits/],
    ['trailing-data', bytes(1, ...hash7, 0, 0, 0), /extra characters/],
    ['trailing-data', bytes(1, ...hash7, 0, 1, 2, 0b0100_0001), /extra bits/],
    ['too-long', 'A'.repeat(300_001), /too long/],
  ])('a bad code fails with %s (case %#)', (problem, code, message) => {
    let error: unknown;
    try {
      decodeRun(code);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunDecodeError);
    expect(error).toMatchObject({ problem });
    expect((error as Error).message).toMatch(message);
  });
});

describe('run links with choice hashes (issue 18)', () => {
  // The seeded fixture with its first two options swapped, and with one option reworded.
  const swapped = seeded.replace('Buy bread.', '@@').replace('Look around.', 'Buy bread.').replace('@@', 'Look around.');
  const reworded = seeded.replace('Look around.', 'Look about.');
  const linkOf = (choices: number[]) => {
    const p = Playthrough.start(seeded, { seed: 3 });
    play(p, choices);
    return { p, code: encodeRun({ ...p.run, choiceHashes: p.trail.map((c) => choiceHash(c.text)) }) };
  };

  test('round-trips the hashes; a run without them still encodes and decodes as format 1', () => {
    const run = { storyHash: HASH, seed: 9, choices: [1, 0, 3], choiceHashes: [0, 65_535, 4660] };
    expect(decodeRun(encodeRun(run))).toEqual(run);
    const plain = { storyHash: HASH, seed: 9, choices: [1, 0, 3] };
    const code = encodeRun(plain);
    expect(decodeRun(code)).toEqual(plain);
    // A link made before this change (format 1, byte for byte) is still read.
    expect(decodeRun(toBase64Url(Uint8Array.from([1, ...[1, 2, 3, 4, 5, 6, 7], 9, 3, 2, 0b0100_1100])))).toEqual({
      storyHash: '01020304050607',
      seed: 9,
      choices: [1, 0, 3],
    });
    expect(() => encodeRun({ ...plain, choiceHashes: [1] })).toThrow(/one 16-bit hash per choice/);
  });

  test('an edit that swapped two options: the hashed link follows its option; a plain one takes the other branch', () => {
    const { p, code } = linkOf([1, 0, 1]);
    const hashed = replayRun(swapped, decodeRun(code));
    expect(hashed.divergence).toBeNull();
    expect(hashed.sameStory).toBe(false);
    expect(hashed.moved.length).toBeGreaterThan(0);
    expect(hashed.playthrough.trail.map((c) => c.text)).toEqual(p.trail.map((c) => c.text));
    const plain = replayRun(swapped, decodeRun(encodeRun(p.run)));
    expect(plain.playthrough.trail.map((c) => c.text)).not.toEqual(p.trail.map((c) => c.text));
    expect(describeReplay(hashed)).toMatch(/replayed all 3 choices; \d moved to a new place/);
  });

  test('an option reworded: the replay stops there and says what it reads now', () => {
    const { code } = linkOf([0, 1, 0]);
    const outcome = replayRun(reworded, decodeRun(code));
    expect(outcome.divergence).toMatchObject({
      choice: 2,
      reason: 'choice-changed',
      index: 1,
      now: 'Look about.',
      node: 'market',
    });
    // The player is told the chapter; the author (hot reload) the ink node.
    expect(describeReplay(outcome)).toBe(
      "the story changed: replayed 1 of 3 choices; choice 2 (option 2) in Chapter 1: The Market now reads 'Look about.', and none of the options there is the one chosen",
    );
    expect(describeReplay(outcome, 'node')).toBe(
      "the story changed: replayed 1 of 3 choices; choice 2 (option 2) at market now reads 'Look about.', and none of the options there is the one chosen",
    );
  });

  test('a link with choices past the end, on the same story, does not say the story changed', () => {
    const p = Playthrough.start(seeded, { seed: 1 });
    for (let beat = p.next(); beat.kind !== 'end'; beat = p.next()) if (beat.kind === 'choices') p.choose(0);
    const n = p.run.choices.length;
    const outcome = replayRun(seeded, { ...p.run, choices: [...p.run.choices, 0, 0] });
    expect(outcome.sameStory).toBe(true);
    expect(outcome.divergence?.reason).toBe('story-ended');
    expect(describeReplay(outcome)).toMatch(
      new RegExp(`^replayed ${n} of ${n + 2} choices; the story ends before choice ${n + 1}`),
    );
  });
});
