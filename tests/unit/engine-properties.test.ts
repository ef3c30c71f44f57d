// Property tests (fast-check): random runs on real compiled fixtures.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeRun, encodeRun, MAX_SEED, Playthrough, RunDecodeError, replayRun } from '../../src/engine/index.ts';
import { toBase64Url } from '../../src/engine/run/base64url.ts';
import { decodeSave, savePlaythrough } from '../../src/persistence/save-codec.ts';
import { compileFixture } from './ink.ts';
import { play, showBeats } from './play.ts';

const seeded = compileFixture('tests/fixtures/engine/seeded.ink');
const long = compileFixture('tests/fixtures/engine/long.ink');
const stories = { seeded, long };

const seed = fc.integer({ min: 0, max: MAX_SEED });
const picks = (max: number) => fc.array(fc.nat(5), { maxLength: max });
const story = fc.constantFrom<keyof typeof stories>('seeded', 'long');
const NOW = new Date('2024-05-01T00:00:00.000Z');

const beatsOf = (p: Playthrough) => p.history.map((e) => e.beat);

describe('properties of runs', () => {
  test('encode -> decode of a run is identity', () => {
    const run = fc.record({
      storyHash: fc.stringMatching(/^[0-9a-f]{14}$/),
      seed,
      choices: fc.array(fc.oneof(fc.nat(3), fc.nat(0xffff)), { maxLength: 300 }),
    });
    fc.assert(
      fc.property(run, (r) => {
        expect(decodeRun(encodeRun(r))).toEqual(r);
      }),
    );
  });

  test('decodeRun of any text or any bytes returns a valid run or throws RunDecodeError, nothing else', () => {
    const input = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 120 }).map((b) => toBase64Url(b)),
      fc.uint8Array({ maxLength: 60 }).map((b) => toBase64Url(Uint8Array.from([1, ...b]))),
    );
    fc.assert(
      fc.property(input, (text) => {
        try {
          const run = decodeRun(text);
          expect(() => encodeRun(run)).not.toThrow();
        } catch (e) {
          expect(e).toBeInstanceOf(RunDecodeError);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('replaying a random run reproduces the same beats, presentation and ink state', () => {
    fc.assert(
      fc.property(story, seed, picks(40), fc.nat(3), (name, s, ps, extra) => {
        const json = stories[name];
        const p = Playthrough.start(json, { seed: s });
        play(p, ps);
        showBeats(p, extra);
        const outcome = replayRun(json, decodeRun(encodeRun(p.run)), { beats: p.beatsThisTurn });
        expect(outcome.divergence).toBeNull();
        const q = outcome.playthrough;
        expect(beatsOf(q)).toEqual(beatsOf(p));
        expect(q.presentation).toEqual(p.presentation);
        expect(q.inkState()).toBe(p.inkState());
      }),
      { numRuns: 60 },
    );
  });

  test('save -> load -> continue equals continue', () => {
    fc.assert(
      fc.property(story, seed, picks(30), fc.nat(3), picks(10), (name, s, before, extra, after) => {
        const json = stories[name];
        const p = Playthrough.start(json, { seed: s });
        play(p, before);
        showBeats(p, extra);
        const loaded = decodeSave(savePlaythrough(p, NOW), json);
        expect(loaded.kind).toBe('loaded');
        if (loaded.kind !== 'loaded') return;
        const q = loaded.playthrough;
        expect(play(q, after)).toEqual(play(p, after));
        expect(q.inkState()).toBe(p.inkState());
        expect(q.presentation).toEqual(p.presentation);
      }),
      { numRuns: 60 },
    );
  });

  test('rewinding to any choice point equals a fresh run played to it, and continues the same', () => {
    fc.assert(
      fc.property(seed, picks(30), fc.nat(), picks(8), (s, ps, at, after) => {
        const p = Playthrough.start(long, { seed: s });
        play(p, ps);
        showBeats(p, 5);
        const turn = at % p.choicePoints.length;
        p.rewindTo(turn);
        const fresh = Playthrough.start(long, { seed: s });
        play(fresh, ps.slice(0, turn));
        showBeats(fresh, 10);
        expect(p.inkState()).toBe(fresh.inkState());
        expect(p.presentation).toEqual(fresh.presentation);
        expect(beatsOf(p)).toEqual(beatsOf(fresh));
        expect(play(p, after)).toEqual(play(fresh, after));
      }),
      { numRuns: 40 },
    );
  });
});
