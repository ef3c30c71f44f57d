// The explorer, on a counted plan so that its answer does not depend on the machine: an exhaustive
// breadth-first pass over distinct story states up to `maxStates`; when it cannot finish, two targeted
// beams (highest and lowest variables, for the endings chance rarely finds); then `randomRuns` seeded
// random and coverage-guided runs (after a complete pass only when the story uses RANDOM, whose other
// seeds the pass did not try). Time is only an upper bound (`budgetMs`): hitting it is reported, since
// the answer then depends on the machine's speed. `strategy: 'random'` plays the random runs only
// (the quick walk). See search.ts, beam.ts and random-runs.ts.
import path from 'node:path';
import { buildBranchGraph, type ExternalTable } from '../../src/engine/index.ts';
import { type BeamStats, beamSearch } from './beam.ts';
import { Findings } from './findings.ts';
import type { LoadedStory } from './load.ts';
import type { RandomStats } from './random-runs.ts';
import { randomRuns } from './random-runs.ts';
import { buildReport, type ExploreReport } from './report.ts';
import { Runner } from './runner.ts';
import { exhaustiveSearch, type SearchStats } from './search.ts';
import { readStoryFacts } from './story-facts.ts';

export interface ExploreOptions {
  /** Distinct states the exhaustive pass may keep (default 10 000). */
  maxStates?: number;
  /** Random and coverage-guided runs (default 300). */
  randomRuns?: number;
  /** Play the random runs even after a complete exhaustive pass of a story without RANDOM. */
  forceRandom?: boolean;
  /** 'full' (default): exhaustive, beams, random and guided runs; 'random': plain random runs only (how often each ending comes up by chance). */
  strategy?: 'full' | 'random';
  /** The ink seed of the exhaustive pass and of the random runs' choices (default 1). */
  seed?: number;
  /** A random run or a beam is cut after this many choices (default 500: a story may loop for ever). */
  maxChoicesPerRun?: number;
  /** An upper bound on the time, in ms (default 10 minutes); hitting it is reported. */
  budgetMs?: number;
  /** States kept per depth by the targeted beams (default 8; see beam.ts). */
  beamWidth?: number;
  /** EXTERNAL bindings (default: the game's). */
  externals?: ExternalTable;
  /** Clone states through JSON (the naive way), for comparison. */
  jsonClones?: boolean;
  /** Key states on every visit count (no pruning; see story-facts.ts), to check the pruning. */
  strictKeys?: boolean;
}

export const DEFAULT_EXPLORE_PLAN = {
  maxStates: 10_000,
  randomRuns: 300,
  seed: 1,
  maxChoicesPerRun: 500,
  budgetMs: 600_000,
  beamWidth: 8,
} as const;

const NOT_RUN: SearchStats = {
  complete: false,
  stoppedBy: 'skipped',
  states: 0,
  transitions: 0,
  depth: 0,
  frontier: 0,
  ms: 0,
};

export function exploreStory(story: LoadedStory, options: ExploreOptions = {}): ExploreReport {
  const plan = { ...DEFAULT_EXPLORE_PLAN, ...definedOnly(options) };
  const start = performance.now();
  const deadline = start + plan.budgetMs;
  const facts = readStoryFacts(story.json, { strict: options.strictKeys === true });
  const findings = new Findings();
  const runner = new Runner(story.json, {
    onVisit: findings.onVisit,
    ...(options.externals ? { externals: options.externals } : {}),
    ...(options.jsonClones ? { jsonClones: true } : {}),
  });
  const randomOnly = options.strategy === 'random';
  const exhaustive = randomOnly
    ? NOT_RUN
    : exhaustiveSearch(runner, facts, findings, plan.seed, { deadline, maxStates: plan.maxStates });
  let targeted: BeamStats = { runs: 0, transitions: 0, ms: 0, cut: false };
  if (!randomOnly && !exhaustive.complete) {
    for (const direction of [1, -1] as const) {
      const beam = beamSearch(runner, facts, findings, plan.seed, {
        deadline,
        width: plan.beamWidth,
        direction,
        maxDepth: plan.maxChoicesPerRun,
      });
      targeted = {
        runs: targeted.runs + beam.runs,
        transitions: targeted.transitions + beam.transitions,
        ms: targeted.ms + beam.ms,
        cut: targeted.cut || beam.cut,
      };
    }
  }
  let random: RandomStats = { runs: 0, guided: 0, transitions: 0, cut: 0, ms: 0 };
  if (randomOnly || !exhaustive.complete || facts.usesRandom || options.forceRandom) {
    random = randomRuns(runner, facts, findings, plan.seed, {
      deadline,
      maxChoices: plan.maxChoicesPerRun,
      runs: plan.randomRuns,
      guided: !randomOnly,
    });
  }
  const timeCapped = performance.now() > deadline;
  return buildReport({
    file: relative(story.file),
    storyHash: story.hash,
    plan: {
      strategy: randomOnly ? 'random' : 'full',
      maxStates: plan.maxStates,
      randomRuns: plan.randomRuns,
      seed: plan.seed,
      maxChoicesPerRun: plan.maxChoicesPerRun,
      beamWidth: plan.beamWidth,
    },
    timeCapped,
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

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A path as the report gives it: relative to the working folder (the repository, under npm run). */
export function relative(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)) || file;
}
