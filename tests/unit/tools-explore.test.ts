// The explorer (tools/explore) on small stories whose endings, dead ends and faults are known.
import { describe, expect, test } from 'vitest';
import { decodeRun, replayRun } from '../../src/engine/index.ts';
import { failures } from '../../tools/explore/failures.ts';
import {
  type ExploreReport,
  exploreStory,
  type LoadedStory,
  loadStoryFile,
  measureExplorerThroughput,
} from '../../tools/explore/index.ts';
import { reportJson } from '../../tools/explore/report.ts';
import { Runner } from '../../tools/explore/runner.ts';

const DIR = 'tests/fixtures/tools';

function load(file: string): LoadedStory {
  const result = loadStoryFile(`${DIR}/${file}`);
  if (!result.ok) throw new Error(`${file} did not compile: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.story;
}

/** What a report found, without timings: for exact comparisons. */
function findings(report: ExploreReport) {
  return {
    endings: report.endings.map((e) => ({ id: e.id, choices: e.choices, where: e.where })),
    deadEnds: report.deadEnds.map((d) => ({ reason: d.reason, choices: d.choices, where: d.where })),
    errors: report.errors.map((e) => ({ message: e.message, choices: e.choices, where: e.where })),
    unreached: report.unreached,
    neverOffered: report.choices.neverOffered.map((c) => c.text),
    coverage: [report.coverage.visited, report.coverage.total],
  };
}

describe('the explorer on a story with ending tags', () => {
  const story = load('explore/tagged.ink');
  const report = exploreStory(story, { budgetMs: 30_000 });
  const at = (line: number) => `${DIR}/explore/tagged.ink:${line}`;

  test('explores every distinct state; random runs only try other seeds (the story uses RANDOM)', () => {
    expect(report.exhaustive).toMatchObject({ complete: true, stoppedBy: 'complete', states: 5, transitions: 10 });
    expect(report.random.runs).toBe(300);
    expect(report.inMemoryForks).toBe(true);
  });

  test('reports each ending with a shortest run', () => {
    expect(findings(report).endings).toEqual([
      { id: 'left_door', choices: [0, 0], where: at(20) },
      { id: 'right_door', choices: [0, 1, 0], where: at(31) },
    ]);
    expect(report.endings.every((e) => e.shortest && e.foundBy === 'exhaustive')).toBe(true);
  });

  test('reports the END without an ending tag as a dead end, and the ink error with its line', () => {
    expect(findings(report).deadEnds).toEqual([
      { reason: 'the story stopped without an `# ending:` tag', choices: [2], where: at(35) },
    ]);
    expect(findings(report).errors).toEqual([
      {
        message: 'RANDOM was called with minimum as 5 and maximum as 1. The maximum must be larger',
        choices: [1, 2],
        where: at(23),
      },
    ]);
  });

  test('lists the knot never reached, the choice never offered and the text never shown', () => {
    expect(report.unreached).toEqual({ knots: [{ id: 'attic', where: at(37) }], stitches: [], functions: [], endings: [] });
    expect(findings(report).neverOffered).toEqual(['Bribe the guard.']);
    expect(report.coverage).toMatchObject({ visited: 6, total: 7, neverShown: [{ text: 'Dust.', where: at(38) }] });
  });

  test('each run string replays to what it reports', () => {
    for (const ending of report.endings) {
      const run = decodeRun(ending.run);
      expect(run).toEqual({ storyHash: story.hash, seed: 1, choices: ending.choices });
      const runner = new Runner(story.json);
      runner.restart(run.seed);
      let segment = runner.settle();
      for (const choice of run.choices) {
        runner.choose(choice);
        segment = runner.settle();
      }
      expect(segment).toMatchObject({ endingTag: ending.id, choices: 0 });
    }
  });
});

describe('the explorer on a story without ending tags', () => {
  const report = exploreStory(load('explore/untagged.ink'), { budgetMs: 30_000 });
  const at = (line: number) => `${DIR}/explore/untagged.ink:${line}`;

  test('END or DONE is an ending named by its place, with the line of the END; running out of content is a dead end at its last line', () => {
    expect(findings(report).endings).toEqual([
      { id: 'END in morning', choices: [0], where: at(9) },
      { id: 'DONE in river', choices: [1, 0], where: at(16) },
    ]);
    expect(findings(report).deadEnds).toEqual([
      { reason: "ran out of content. Do you need a '-> DONE' or '-> END'?", choices: [1, 1], where: at(22) },
    ]);
    expect(report.errors).toEqual([]);
  });
});

describe('de-duplication of story states', () => {
  const story = load('explore/hub.ink');

  test('questions asked in any order lead to one state per set of questions', () => {
    const report = exploreStory(story, { budgetMs: 30_000 });
    // 2^3 sets of questions asked; 3! orders of asking all of them would be 6 times as many paths.
    expect(report.exhaustive).toMatchObject({ complete: true, states: 8, transitions: 20 });
    expect(findings(report).endings).toEqual([
      { id: 'stranger', choices: [3], where: `${DIR}/explore/hub.ink:31` },
      { id: 'friend', choices: [0, 1, 1], where: `${DIR}/explore/hub.ink:26` },
    ]);
  });

  test('in-memory forks, JSON clones and keys on every visit count find the same things', () => {
    for (const file of ['explore/tagged.ink', 'explore/untagged.ink', 'explore/hub.ink', 'fable/lantern-heist.ink']) {
      const s = load(file);
      const plain = exploreStory(s, { budgetMs: 30_000, randomRuns: 0 });
      const json = exploreStory(s, { budgetMs: 30_000, randomRuns: 0, jsonClones: true });
      const strict = exploreStory(s, { budgetMs: 30_000, randomRuns: 0, strictKeys: true });
      expect(json.inMemoryForks).toBe(false);
      expect(findings(json)).toEqual(findings(plain));
      expect(json.exhaustive.states).toBe(plain.exhaustive.states);
      expect(findings(strict)).toEqual(findings(plain));
      expect(strict.exhaustive.states).toBeGreaterThanOrEqual(plain.exhaustive.states);
    }
  });
});

describe('run strings in the game', () => {
  test('every ending of a story in the game’s tag grammar replays in the engine to that ending', () => {
    const story = load('check/clean.ink');
    const report = exploreStory(story, { budgetMs: 30_000 });
    expect(report.endings.map((e) => e.id).sort()).toEqual(['acquittal', 'reinvestigation', 'the_gift', 'verdict_stands']);
    for (const ending of report.endings) {
      const { playthrough, divergence } = replayRun(story.json, decodeRun(ending.run), { beats: 0 });
      expect(divergence).toBeNull();
      while (playthrough.current?.kind !== 'end') playthrough.next();
      expect(playthrough.presentation.ending).toBe(ending.id);
    }
  });
});

describe('a story in another style (loops, tunnels, threads, RANDOM, a LIST, an EXTERNAL with fallback)', () => {
  test('is explored without a crash, every knot and choice reached, with random runs over other seeds', () => {
    const report = exploreStory(load('fable/lantern-heist.ink'), { budgetMs: 30_000, randomRuns: 200 });
    expect(report.errors).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.unreached.knots).toEqual([]);
    expect(report.choices.neverOffered).toEqual([]);
    expect(report.random.runs).toBe(200);
    expect(report.endings.map((e) => e.id).sort()).toEqual(['END in caught', 'END in escape']);
  });
});

describe('the bench hook', () => {
  test('measures the explorer and the naive walk on the same work', () => {
    const result = measureExplorerThroughput(load('fable/lantern-heist.ink').json, 0.2);
    expect(result.explorer.states).toBeGreaterThan(0);
    expect(result.naive.states).toBe(result.explorer.states);
    expect(result.naive.distinct).toBe(result.explorer.distinct);
    expect(result.speedup).toBeGreaterThan(0);
  });
});

describe('Inky-style stories nobody here wrote', () => {
  const inky = (name: string) => load(`inky/${name}.ink`);

  test('a fallback choice (`* -> target`) beside visible ones: explored without a crash, taken when nothing is left', () => {
    const report = exploreStory(inky('fallback'), { randomRuns: 50 });
    expect(report.errors).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    // Visit the baker and the smith (either order), then the fallback leads to the evening.
    expect(report.endings.map((e) => ({ id: e.id, choices: e.choices }))).toEqual([{ id: 'END in evening', choices: [0, 0] }]);
    expect(report.unreached.knots).toEqual([]);
  });

  test('the same plan gives byte-identical JSON, also on a story that loops for ever', () => {
    const plan = { maxStates: 300, randomRuns: 40, maxChoicesPerRun: 60 };
    const a = reportJson(exploreStory(inky('loop'), plan));
    const b = reportJson(exploreStory(inky('loop'), plan));
    expect(a).toBe(b);
    const report = JSON.parse(a) as ExploreReport;
    expect(report.schemaVersion).toBe(1);
    expect(report.file).toBe(`${DIR}/inky/loop.ink`);
    // The loop is bounded by the plan, not by a timer.
    expect(report.exhaustive).toMatchObject({ stoppedBy: 'states', states: 300 });
    expect(report.targeted.cut).toBe(true);
    expect(report.timeCapped).toBe(false);
    expect(a).not.toMatch(/"ms"|statesPerSecond/);
  });

  test('a story that runs out of content: a dead end at its last line', () => {
    const report = exploreStory(inky('out-of-content'));
    expect(report.deadEnds.map((d) => ({ where: d.where, choices: d.choices }))).toEqual([
      { where: `${DIR}/inky/out-of-content.ink:14`, choices: [1] },
    ]);
    expect(report.endings.map((e) => e.id)).toEqual(['END in left']);
  });

  test('a division by zero that prints Infinity is reported as an error (the word in prose is not)', () => {
    const report = exploreStory(inky('divzero'));
    expect(report.errors.map((e) => ({ message: e.message, choices: e.choices, where: e.where }))).toEqual([
      { message: expect.stringContaining('"Infinity"'), choices: [0], where: `${DIR}/inky/divzero.ink:9` },
    ]);
    expect(failures(report, [], false)).toEqual(['1 runtime error(s)']);
  });

  test('one END is one ending, whatever text led to it; two ENDs in one knot are numbered', () => {
    const report = exploreStory(inky('divzero'));
    expect(report.endings.map((e) => [e.id, e.where])).toEqual([
      ['END in share #1', `${DIR}/inky/divzero.ink:10`],
      ['END in share #2', `${DIR}/inky/divzero.ink:14`],
    ]);
  });

  test('--require-endings and --fail-on-unreached turn into failures', () => {
    const report = exploreStory(load('explore/tagged.ink'));
    expect(failures(report, ['left_door', 'trapdoor'], true)).toEqual(
      expect.arrayContaining(['required ending "trapdoor" not reached', '1 knot(s) or stitch(es) never reached']),
    );
  });

  test('random play only (story:walk): plain random runs whose counts differ from one seed to another', () => {
    const counts = (seed: number) =>
      exploreStory(load('balance/coin.ink'), { strategy: 'random', randomRuns: 60, seed })
        .endings.map((e) => `${e.id}:${e.count}`)
        .sort();
    const one = counts(1);
    expect(one.map((c) => c.split(':')[0])).toEqual(['heads', 'tails']);
    expect(counts(2)).not.toEqual(one);
    expect(counts(1)).toEqual(one);
    const report = exploreStory(load('balance/coin.ink'), { strategy: 'random', randomRuns: 60 });
    expect(report.random).toMatchObject({ runs: 60, guided: 0 });
    expect(report.exhaustive.stoppedBy).toBe('skipped');
  });

  test('a compiled JSON of an older ink is refused with a message, not a stack trace', () => {
    const result = loadStoryFile(`${DIR}/inky/old-format.json`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/older ink \(format 17\).*Compile the \.ink again/);
  });
});
