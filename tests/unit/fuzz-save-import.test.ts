// Fuzzing the save import (a save file is anyone's input: an old version, a hand edit, a broken
// download): readEnvelope and decodeSave never throw, whatever the text; they load, rebuild, or
// return a SaveError with one of the documented problems. Cases are small (short saves of the real
// story, short strings), so none can run long; the time limits only cap each run on a slow machine.
import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import { encodeRun, MAX_SEED, Playthrough } from '../../src/engine/index.ts';
import { decodeSave, readEnvelope, SaveError, type SaveProblem, savePlaythrough } from '../../src/persistence/save-codec.ts';
import { compileFixture } from './ink.ts';
import { play } from './play.ts';

// A Record, so that a problem added to or dropped from SaveProblem breaks the build here.
const PROBLEMS: Record<SaveProblem, true> = {
  'not-json': true,
  'not-a-save': true,
  'newer-format': true,
  'unknown-format': true,
  invalid: true,
  'bad-run': true,
  inconsistent: true,
  'story-unreadable': true,
  'replay-failed': true,
};

let story: string;
let saves: string[];
beforeAll(() => {
  story = compileFixture('story/main.ink');
  // Short saves: at the first choices, and one and three choices in, at the line after.
  saves = [[], [1], [0, 2, 1]].map((picks) => {
    const p = Playthrough.start(story, { seed: 99 });
    play(p, picks);
    if (p.current === null) p.next(); // the line the last choice led to
    return savePlaythrough(p, new Date('2024-05-01T10:00:00.000Z'));
  });
});

function checkError(error: unknown): void {
  expect(error).toBeInstanceOf(SaveError);
  const e = error as SaveError;
  expect(PROBLEMS[e.problem]).toBe(true);
  expect(e.message.length).toBeGreaterThan(10);
}

/** readEnvelope: an envelope or a SaveError, never a throw. */
function envelopeOf(text: string): void {
  const result = readEnvelope(text);
  if (result instanceof Error) checkError(result);
  else expect(result.format).toBe(1);
}

/** decodeSave: loaded, rebuilt, or a documented SaveError, never a throw. */
function decoded(text: string): string {
  const result = decodeSave(text, story);
  if (result.kind === 'error') {
    checkError(result.error);
    return result.error.problem;
  }
  expect(['loaded', 'rebuilt']).toContain(result.kind);
  expect(result.playthrough.storyHash).toMatch(/^[0-9a-f]{14}$/);
  return result.kind;
}

test('any string, or any JSON: readEnvelope gives an envelope or a SaveError', () => {
  fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 3 })), envelopeOf), {
    numRuns: 3000,
    interruptAfterTimeLimit: 8_000,
  });
});

test('valid saves with characters changed: decodeSave loads, rebuilds or explains', () => {
  fc.assert(
    fc.property(fc.nat(2), fc.nat(), fc.nat(30), fc.string({ maxLength: 12 }), (which, at, cut, text) => {
      const save = saves[which] ?? '';
      const from = at % save.length;
      decoded(save.slice(0, from) + text + save.slice(from + cut));
    }),
    { numRuns: 120, interruptAfterTimeLimit: 8_000 },
  );
});

const FIELDS = [
  'format',
  'storyHash',
  'inkState',
  'run',
  'choiceTexts',
  'beat',
  'presentation',
  'chapter',
  'savedAt',
  'summary',
  'presentation.background',
  'presentation.portraits',
  'presentation.particles',
  'presentation.chapter',
  'presentation.music',
  'presentation.ending',
];

test('valid saves with a field deleted or replaced by any JSON value: decodeSave loads, rebuilds or explains', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(
      fc.nat(2),
      fc.constantFrom(...FIELDS),
      fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
      (which, field, value) => {
        const data = JSON.parse(saves[which] ?? '{}') as Record<string, any>;
        const [head, tail] = field.split('.') as [string, string | undefined];
        const owner = tail ? data[head] : data;
        const key = tail ?? head;
        if (value === undefined) delete owner[key];
        else owner[key] = value;
        seen.add(decoded(JSON.stringify(data)));
      },
    ),
    { numRuns: 300, interruptAfterTimeLimit: 20_000 },
  );
  expect(seen.has('invalid')).toBe(true);
});

test('well-formed saves whose run, choice texts and beat are random: decodeSave replays, rebuilds or explains', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(
      fc.nat(2),
      fc.integer({ min: 0, max: MAX_SEED }),
      fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 12 }),
      fc.nat(5000),
      fc.boolean(),
      (which, seed, choices, beat, sameTexts) => {
        const data = JSON.parse(saves[which] ?? '{}') as Record<string, any>;
        data.run = encodeRun({ storyHash: data.storyHash, seed, choices });
        data.choiceTexts = sameTexts ? choices.map(() => 'Look at the window.') : choices.map((c) => `option ${c}`);
        data.beat = beat;
        seen.add(decoded(JSON.stringify(data)));
      },
    ),
    { numRuns: 80, interruptAfterTimeLimit: 10_000 },
  );
  // The replay path was reached (not only validation errors).
  expect(seen.has('rebuilt')).toBe(true);
});
