// The explorer: an exhaustive breadth-first pass over distinct story states for part of the time
// budget; when it cannot finish, two targeted beams (highest and lowest variables, for the endings
// chance rarely finds), then seeded random and coverage-guided runs for the rest of the budget
// (skipped when the exhaustive pass finished, unless runs are asked for). See search.ts, beam.ts and
// random-runs.ts.
import { buildBranchGraph, type ExternalTable } from '../../src/engine/index.ts';
import { type BeamStats, beamSearch } from './beam.ts';
import { Findings } from './findings.ts';
import type { LoadedStory } from './load.ts';
import type { RandomStats } from './random-runs.ts';
import { randomRuns } from './random-runs.ts';
import { buildReport, type ExploreReport } from './report.ts';
import { Runner } from './runner.ts';
import { exhaustiveSearch } from './search.ts';
import { readStoryFacts } from './story-facts.ts';

/** Random runs after a complete exhaustive pass, for stories that use RANDOM (other seeds). */
const SEED_RUNS = 300;

export interface ExploreOptions {
  /** Total time to spend, in ms (default 10 s). */
  budgetMs?: number;
  /** The ink seed of the exhaustive pass and of the random runs' choices (default 1). */
  seed?: number;
  /** Share of the budget for the exhaustive pass when it does not finish (default 0.5). */
  exhaustiveShare?: number;
  /** Most distinct states the exhaustive pass keeps (default 250 000). */
  maxStates?: number;
  /** States kept per depth by the targeted beams (default 8; see beam.ts). */
  beamWidth?: number;
  /**
   * Most random runs (default: as many as fit the budget; 300 after a complete exhaustive pass). They
   * run when the exhaustive pass did not finish, or the story uses RANDOM (the pass explores one
   * seed), or always with `forceRandom`.
   */
  randomRuns?: number;
  forceRandom?: boolean;
  /** A random run is cut after this many choices (default 5000). */
  maxChoicesPerRun?: number;
  /** EXTERNAL bindings (default: the game's). */
  externals?: ExternalTable;
  /** Clone states through JSON (the naive way), for comparison. */
  jsonClones?: boolean;
  /** Key states on every visit count (no pruning; see story-facts.ts), to check the pruning. */
  strictKeys?: boolean;
}

export function exploreStory(story: LoadedStory, options: ExploreOptions = {}): ExploreReport {
  const start = performance.now();
  const budget = options.budgetMs ?? 10_000;
  const seed = options.seed ?? 1;
  const facts = readStoryFacts(story.json, { strict: options.strictKeys === true });
  const findings = new Findings();
  const runner = new Runner(story.json, {
    onVisit: findings.onVisit,
    ...(options.externals ? { externals: options.externals } : {}),
    ...(options.jsonClones ? { jsonClones: true } : {}),
  });
  const exhaustive = exhaustiveSearch(runner, facts, findings, seed, {
    deadline: start + budget * (options.exhaustiveShare ?? 0.5),
    maxStates: options.maxStates ?? 250_000,
  });
  let targeted: BeamStats = { runs: 0, transitions: 0, ms: 0 };
  if (!exhaustive.complete) {
    // A beam is bounded by its width times the story's depth, so it is part of the counted plan: only
    // the overall budget (a guard against a looping story) caps it. A per-beam share of the budget made
    // the answer depend on the machine's load (a cut beam misses the ending it is there to find).
    for (const direction of [1, -1] as const) {
      const beam = beamSearch(runner, facts, findings, seed, {
        deadline: start + budget,
        width: options.beamWidth ?? 8,
        direction,
      });
      targeted = {
        runs: targeted.runs + beam.runs,
        transitions: targeted.transitions + beam.transitions,
        ms: targeted.ms + beam.ms,
      };
    }
  }
  let random: RandomStats = { runs: 0, guided: 0, transitions: 0, cut: 0, ms: 0 };
  if (!exhaustive.complete || facts.usesRandom || options.forceRandom) {
    random = randomRuns(runner, facts, findings, seed, {
      deadline: start + budget,
      maxChoices: options.maxChoicesPerRun ?? 5000,
      // After a complete pass only the dice are left to explore: a few hundred seeds are plenty.
      ...(options.randomRuns !== undefined || exhaustive.complete ? { runs: options.randomRuns ?? SEED_RUNS } : {}),
    });
  }
  return buildReport({
    file: story.file,
    storyHash: story.hash,
    seed,
    findings,
    facts,
    graph: buildBranchGraph(story.json),
    sources: story.sources,
    exhaustive,
    targeted,
    random,
    inMemoryForks: runner.forks,
  });
}
