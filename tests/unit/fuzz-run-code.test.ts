// Fuzzing the run-URL decoder (a `?run=` link is anyone's input): whatever the string, decodeRun
// returns a well-formed run or throws a RunDecodeError with one of its documented problems; nothing
// else escapes. Each case is small (at most a few hundred characters) and decodeRun reads its input
// once, so a case cannot hang; the time limit only caps the whole run on a slow machine.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeRun, encodeRun, MAX_SEED, type Run, RunDecodeError, type RunDecodeProblem } from '../../src/engine/index.ts';

// A Record, so that a problem added to or dropped from RunDecodeProblem breaks the build here.
const PROBLEMS: Record<RunDecodeProblem, true> = {
  empty: true,
  'too-long': true,
  'bad-character': true,
  'bad-length': true,
  'unknown-version': true,
  truncated: true,
  'bad-seed': true,
  'too-many-choices': true,
  'bad-width': true,
  'trailing-data': true,
};

const LIMITS = { numRuns: 3000, interruptAfterTimeLimit: 15_000 };

/** Decodes; checks that a run is well-formed and an error is a documented one. Returns what happened. */
function outcome(code: string): 'run' | RunDecodeProblem {
  let run: Run;
  try {
    run = decodeRun(code);
  } catch (e) {
    if (!(e instanceof RunDecodeError)) throw new Error(`decodeRun(${JSON.stringify(code)}) threw ${String(e)}`);
    expect(PROBLEMS[e.problem]).toBe(true);
    expect(e.message.length).toBeGreaterThan(10);
    return e.problem;
  }
  expect(run.storyHash).toMatch(/^[0-9a-f]{14}$/);
  expect(Number.isInteger(run.seed) && run.seed >= 0 && run.seed <= MAX_SEED).toBe(true);
  expect(run.choices.every((c) => Number.isInteger(c) && c >= 0 && c <= 0xffff)).toBe(true);
  return 'run';
}

const runs = fc.record({
  storyHash: fc.stringMatching(/^[0-9a-f]{14}$/),
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  choices: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }),
});

test('any string: a run or a documented RunDecodeError', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      outcome(s);
    }),
    LIMITS,
  );
});

test('strings of the code alphabet, which pass the character check', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,200}$/), (s) => {
      outcome(s);
    }),
    LIMITS,
  );
});

test('random bytes behind a valid header, which reach the seed, count, width and choice readers', () => {
  const seen = new Set<string>();
  const header = fc.tuple(
    fc.uint8Array({ minLength: 7, maxLength: 7 }), // story hash
    fc.integer({ min: 0, max: 127 }), // seed (one varint byte)
    fc.integer({ min: 0, max: 127 }), // number of choices
    fc.integer({ min: 0, max: 20 }), // bits per choice (1..16 are valid)
  );
  fc.assert(
    fc.property(fc.oneof(header, fc.constant(null)), fc.uint8Array({ maxLength: 60 }), (head, rest) => {
      const bytes = head ? [1, ...head[0], head[1], head[2], head[3], ...rest] : [1, ...rest];
      seen.add(outcome(Buffer.from(bytes).toString('base64url')));
    }),
    LIMITS,
  );
  // The generator got past the first checks to the later ones (else this test would prove little).
  expect([...seen]).toEqual(expect.arrayContaining(['run', 'truncated', 'trailing-data', 'bad-width']));
});

test('valid codes with characters changed, cut or added: a run or a documented error', () => {
  const edits = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 4 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), text: fc.constant('') }),
    fc.record({ kind: fc.constant('append' as const), at: fc.constant(0), text: fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/) }),
  );
  fc.assert(
    fc.property(runs, edits, (run, edit) => {
      const code = encodeRun(run);
      const at = edit.at % (code.length + 1);
      const changed =
        edit.kind === 'replace'
          ? code.slice(0, at) + edit.text + code.slice(at + 1)
          : edit.kind === 'cut'
            ? code.slice(0, at)
            : code + edit.text;
      outcome(changed);
    }),
    LIMITS,
  );
});

test('every run survives encode then decode unchanged', () => {
  fc.assert(
    fc.property(runs, (run) => {
      expect(decodeRun(encodeRun(run))).toEqual(run);
    }),
    LIMITS,
  );
});

test('a code longer than the limit is refused before any work', () => {
  expect(outcome('A'.repeat(400_000))).toBe('too-long');
  expect(outcome('')).toBe('empty');
});
