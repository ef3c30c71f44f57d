// story:check (tools/check) fails on each kind of problem, with the file and line of each, and passes
// a story that has none. The fixtures all INCLUDE one small story that reaches the game's four endings.
import { describe, expect, test } from 'vitest';
import { ENDINGS } from '../../src/engine/index.ts';
import { type CheckResult, checkStory } from '../../tools/check/check.ts';
import { parseCheckConfig, readCheckConfig } from '../../tools/check/config.ts';
import type { CheckProblem } from '../../tools/check/problem.ts';
import { lintStory } from '../../tools/ink/lint.ts';

const DIR = 'tests/fixtures/tools/check';

function check(name: string): CheckResult {
  return checkStory({ root: `${DIR}/${name}.ink`, explore: { budgetMs: 60_000 } });
}

const errors = (result: CheckResult) => result.problems.filter((p) => p.severity === 'error');
const brief = (p: CheckProblem) => ({ kind: p.kind, file: p.file, line: p.line });

describe('story:check', () => {
  test('passes a story that compiles, lints, binds its EXTERNALs and reaches every ending and knot', () => {
    const result = check('clean');
    expect(result.problems).toEqual([]);
    expect(result.report?.endings.map((e) => e.id).sort()).toEqual([
      'acquittal',
      'reinvestigation',
      'the_gift',
      'verdict_stands',
    ]);
  });

  test('fails on a compile error, with its file and line', () => {
    const result = check('compile-error');
    expect(errors(result).map(brief)).toEqual([{ kind: 'compile', file: `${DIR}/compile-error.ink`, line: 3 }]);
    expect(errors(result)[0]?.message).toContain('market_square');
    expect(result.report).toBeNull();
  });

  test('fails on a tag whose key is not in the grammar', () => {
    const result = check('unknown-tag');
    expect(errors(result).map(brief)).toEqual([{ kind: 'lint', file: `${DIR}/unknown-tag.ink`, line: 3 }]);
    expect(errors(result)[0]?.message).toContain('unknown key "weather"');
  });

  test('fails on an asset id that no manifest has', () => {
    const result = check('missing-asset');
    expect(errors(result).map(brief)).toEqual([{ kind: 'lint', file: `${DIR}/missing-asset.ink`, line: 3 }]);
    expect(errors(result)[0]?.message).toContain('background "moon_base" is not in the asset manifest');
  });

  test('fails on an EXTERNAL with neither binding nor fallback, and does not explore', () => {
    const result = check('unbound-external');
    expect(errors(result).map(brief)).toContainEqual({ kind: 'lint', file: `${DIR}/unbound-external.ink`, line: 3 });
    expect(errors(result).some((p) => p.kind === 'external' && p.message.includes('not explored'))).toBe(true);
    expect(result.report).toBeNull();
  });

  test('fails on a dead end, with a run string that replays it', () => {
    const result = check('dead-end');
    // The line of the `-> END` that stopped it without a tag.
    expect(errors(result).map(brief)).toEqual([{ kind: 'dead-end', file: `${DIR}/dead-end.ink`, line: 11 }]);
    expect(errors(result)[0]?.message).toMatch(/without an `# ending:` tag\. replay: npm run play -- \S+ --run [\w-]+$/);
  });

  test('fails on a knot that is never reached', () => {
    const result = check('unreachable-knot');
    expect(errors(result).map(brief)).toEqual([{ kind: 'unreached', file: `${DIR}/unreachable-knot.ink`, line: 5 }]);
    expect(errors(result)[0]?.message).toContain('"attic" is never reached');
  });

  test('fails on an ink runtime error, at its line', () => {
    const result = check('runtime-error');
    expect(errors(result).map(brief)).toEqual([{ kind: 'runtime-error', file: `${DIR}/runtime-error.ink`, line: 8 }]);
    expect(errors(result)[0]?.message).toContain('RANDOM was called with minimum as 6 and maximum as 1');
  });

  test('fails when an ending the config requires is never reached', () => {
    const result = checkStory({ root: `${DIR}/clean.ink`, endings: ['acquittal', 'pardon'], explore: { budgetMs: 60_000 } });
    expect(errors(result).map((p) => p.message)).toEqual([
      'no "# ending: pardon" in the story, but the check config requires it.',
    ]);
  });

  test("our story's check.json requires the endings the game knows (src/engine/endings.ts)", () => {
    const ours = readCheckConfig('story/check.json');
    expect([...(ours.endings ?? [])].sort()).toEqual(ENDINGS.map((e) => e.id).sort());
    expect(ours.failOnUnreached).toBe(true);
  });

  test('without a config nothing is required: a knot never reached is a warning', () => {
    const result = checkStory({ root: `${DIR}/unreachable-knot.ink`, config: {}, explore: { budgetMs: 60_000 } });
    expect(errors(result)).toEqual([]);
    expect(result.problems.filter((p) => p.kind === 'unreached').map((p) => p.severity)).toEqual(['warning']);
  });

  test('a wrong config is refused with the field named', () => {
    expect(() => parseCheckConfig({ endings: 'good' }, 'x.json')).toThrow(
      /x\.json is not a valid story:check config:\n {2}endings:/,
    );
    expect(() => parseCheckConfig({ plan: { states: -1 } }, 'x.json')).toThrow(/plan\.states/);
  });
});

describe('story:lint', () => {
  test('a switch case (`- Me: ~ ...`) is not a speaker line; a real unknown speaker still is', () => {
    const issues = lintStory('tests/fixtures/tools/lint/switch.ink');
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [10, '"Stranger:" starts the line like a speaker, but "Stranger" is not one (see story/README.md, Speakers).'],
    ]);
  });
});

describe('story:check on stories nobody here wrote', () => {
  test('a story with a fallback choice and no config: clean', () => {
    const result = checkStory({ root: 'tests/fixtures/tools/inky/fallback.ink', config: {} });
    expect(result.problems).toEqual([]);
  });

  test('a story that loops for ever is bounded by the plan, not by a timer', () => {
    const result = checkStory({
      root: 'tests/fixtures/tools/inky/loop.ink',
      config: { endings: ['END in home'], plan: { states: 200, runs: 20, maxChoicesPerRun: 40 } },
    });
    expect(result.problems).toEqual([]);
    expect(result.report?.exhaustive).toMatchObject({ stoppedBy: 'states', states: 200 });
    expect(result.report?.timeCapped).toBe(false);
  });
});
