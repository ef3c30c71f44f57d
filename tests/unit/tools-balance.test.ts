// story:balance (tools/balance) on small stories whose numbers are known: seeds change the runs and
// repeat them exactly, each policy rule picks what it says, choice points are classified as the
// --help defines them, the marked point reads the variables where it says.
import { describe, expect, test } from 'vitest';
import { balanceStory, checkConfigAgainst } from '../../tools/balance/balance.ts';
import { type BalanceConfig, ConfigError, parseConfig } from '../../tools/balance/config.ts';
import { makePolicy, RANDOM_POLICY } from '../../tools/balance/policy.ts';
import { ChoiceProbes } from '../../tools/balance/probe.ts';
import { Simulator } from '../../tools/balance/simulate.ts';
import { type LoadedStory, loadStoryFile } from '../../tools/explore/index.ts';
import { prng } from '../../tools/explore/random-runs.ts';

const DIR = 'tests/fixtures/tools/balance';

function load(name: string): LoadedStory {
  const result = loadStoryFile(`${DIR}/${name}.ink`);
  if (!result.ok) throw new Error(`${name} did not compile: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.story;
}

const coin = load('coin');
const policies = load('policies');
const matters = load('matters');

function endingsOf(story: LoadedStory, seed: number, runs = 40): string[] {
  const simulator = new Simulator(story, new ChoiceProbes(1));
  return simulator.simulate(RANDOM_POLICY, 0, { runs, seed }).map((r) => r.ending);
}

/** The end values of a variable over runs of one policy (variables read at the end: no mark). */
function finalValues(config: BalanceConfig, variable: string, runs = 30): Record<string, number> {
  const report = balanceStory(policies, config, { runs, seed: 3 });
  const policy = report.policies[1];
  if (!policy) throw new Error('no policy measured');
  return policy.mark.variables[variable]?.values ?? {};
}

describe('story:balance: seeded random play', () => {
  test('a two-way story plays differently from one seed to another, and the same for the same seed', () => {
    const one = endingsOf(coin, 1);
    const two = endingsOf(coin, 2);
    expect(one).not.toEqual(two);
    expect(endingsOf(coin, 1)).toEqual(one);
    // Both endings come up: the choices are not all the same option.
    expect(new Set(one)).toEqual(new Set(['heads', 'tails']));
  });

  test('the same story, config, runs and seed give the same report, byte for byte', () => {
    const config = parseConfig({ policies: [{ name: 'heads', rules: [{ choose: 'heads' }] }] });
    const a = JSON.stringify(balanceStory(coin, config, { runs: 25, seed: 9 }));
    const b = JSON.stringify(balanceStory(coin, config, { runs: 25, seed: 9 }));
    expect(a).toBe(b);
    expect(JSON.stringify(balanceStory(coin, config, { runs: 25, seed: 10 }))).not.toBe(a);
  });

  test('endings are counted by their # ending: tag, or by where the story ended', () => {
    const report = balanceStory(matters, {}, { runs: 30, seed: 1 });
    const endings = report.policies[0]?.endings ?? {};
    expect(Object.keys(endings).sort()).toEqual(['END in left', 'END in right']);
    expect(Object.values(endings).reduce((a, b) => a + b, 0)).toBe(30);
  });
});

describe('story:balance: policies pick what their rules say', () => {
  test('choose: a regular expression on the option text (here only in court)', () => {
    const report = balanceStory(
      policies,
      parseConfig({ policies: [{ name: 'p', rules: [{ at: 'court', choose: 'drawing' }] }] }),
      {
        runs: 30,
        seed: 3,
      },
    );
    expect(report.policies[1]?.endings).toEqual({ acquitted: 30 });
    // Outside court the pick stays random: kindness still varies.
    expect(Object.keys(report.policies[1]?.mark.variables.kindness?.values ?? {}).length).toBeGreaterThan(1);
  });

  test('avoid: drops matching options, and the rest is a random pick', () => {
    const values = finalValues(
      parseConfig({ policies: [{ name: 'p', rules: [{ at: 'court', avoid: 'nothing|brick' }] }] }),
      'case',
    );
    expect(values).toEqual({ '2': 30 });
  });

  test('raise and lower: the option after which the named variables are highest or lowest', () => {
    expect(finalValues(parseConfig({ policies: [{ name: 'p', rules: [{ raise: ['kindness'] }] }] }), 'kindness')).toEqual({
      '2': 30,
    });
    expect(finalValues(parseConfig({ policies: [{ name: 'p', rules: [{ lower: ['kindness'] }] }] }), 'kindness')).toEqual({
      '0': 30,
    });
    // Among the options that leave kindness at 0 ("Keep the bread", "Shrug") the pick is random.
    const cold = finalValues(parseConfig({ policies: [{ name: 'p', rules: [{ lower: ['kindness'] }] }] }), 'coldness');
    expect(Object.keys(cold).length).toBeGreaterThan(1);
  });

  test('a rule that would keep nothing is skipped; rules apply in order', () => {
    const config = parseConfig({
      policies: [{ name: 'p', rules: [{ choose: 'no such option' }, { at: 'court', raise: ['case'] }] }],
    });
    expect(finalValues(config, 'case')).toEqual({ '2': 30 });
  });

  test('makePolicy only narrows where the choice point path starts with "at"', () => {
    const policy = makePolicy({ name: 'p', rules: [{ at: 'court', choose: 'b' }] });
    const options = [
      { index: 0, text: 'a' },
      { index: 1, text: 'b' },
    ];
    const noLookahead = () => ({});
    const picks = new Set<number>();
    const random = prng(5);
    for (let i = 0; i < 10; i++) picks.add(policy.pick(options, 'market.0.c-1', noLookahead, random));
    expect(picks).toEqual(new Set([0, 1]));
    for (let i = 0; i < 10; i++) expect(policy.pick(options, 'court.0.c-0', noLookahead, random)).toBe(1);
  });
});

describe('story:balance: what it measures', () => {
  const report = balanceStory(matters, parseConfig({ mark: { knot: 'trial' } }), { runs: 30, seed: 1 });

  test('choice points that matter: state, later text only, flavour', () => {
    const { choicePoints } = report;
    expect(choicePoints).toMatchObject({ total: 5, matter: 2, changeState: 1, changeLaterTextOnly: 1, singleOption: 0 });
    expect(choicePoints.flavour.map((f) => f.where)).toEqual([
      `${DIR}/matters.ink:11`,
      `${DIR}/matters.ink:27`,
      `${DIR}/matters.ink:33`,
    ]);
  });

  test('variables are read when the marked knot is first entered (not at the end)', () => {
    const atMark = report.policies[0]?.mark;
    expect(atMark?.reached).toBe(30);
    // The trial adds 1 to trust after it is entered: at the mark trust is 0 or 2, at the end 1 or 3.
    expect(Object.keys(atMark?.variables.trust?.values ?? {}).sort()).toEqual(['0', '2']);
    const atEnd = balanceStory(matters, {}, { runs: 30, seed: 1 }).policies[0]?.mark;
    expect(Object.keys(atEnd?.variables.trust?.values ?? {}).sort()).toEqual(['1', '3']);
  });

  test('words between choices: median and the longest stretch with where it leads', () => {
    const words = report.policies[0]?.words;
    // The corridor line is 13 words, before the choice point at line 27.
    expect(words?.max).toBe(13);
    expect(words?.maxWhere).toBe(`${DIR}/matters.ink:27`);
    expect(words?.segments).toBe(30 * 5);
    expect(words?.median).toBeGreaterThan(1);
    expect(words?.median).toBeLessThan(13);
  });
});

describe('story:balance: the config', () => {
  test('a rule needs exactly one action; a bad regular expression is named', () => {
    expect(() => parseConfig({ policies: [{ name: 'p', rules: [{ raise: ['a'], choose: 'x' }] }] })).toThrow(ConfigError);
    expect(() => parseConfig({ policies: [{ name: 'p', rules: [{ choose: '(' }] }] })).toThrow(/bad regular expression/);
    expect(() => parseConfig({ mark: 'ch6' })).toThrow(/mark/);
    expect(() => parseConfig({ policies: [{ name: 'random', rules: [] }] })).toThrow(/built in/);
  });

  test("names that are not in the story are refused, with the story's globals listed", () => {
    const bad = parseConfig({ variables: ['trust', 'bond'], mark: { knot: 'nowhere' } });
    expect(() => checkConfigAgainst(matters, bad, ['trust'])).toThrow(
      /"bond" is not a global variable[\s\S]*no knot or stitch "nowhere"[\s\S]*global variables: trust/,
    );
  });
});
