// The random phase, for what the exhaustive pass could not reach in its budget: whole runs from the
// start, seeded, so every finding comes with a run that replays. Two kinds alternate:
//   - random: each option equally likely; when the story uses RANDOM or shuffles, each run also takes
//     a fresh ink seed, so the dice are explored as well as the choices;
//   - guided: takes an option taken least often so far (ties broken at random), which reaches rare
//     branches and choices much sooner than chance.
import { MAX_SEED } from '../../src/engine/index.ts';
import type { Findings, Phase } from './findings.ts';
import type { Runner } from './runner.ts';
import type { StoryFacts } from './story-facts.ts';

export interface RandomLimits {
  deadline: number;
  /** Most runs (default: as many as fit before the deadline). */
  runs?: number;
  /** A run is cut after this many choices (a story may loop for ever). */
  maxChoices: number;
  /** Alternate with coverage-guided runs (default true); false: every run random, so counts are chance's. */
  guided?: boolean;
}

export interface RandomStats {
  runs: number;
  guided: number;
  transitions: number;
  /** Runs cut at maxChoices. */
  cut: number;
  ms: number;
}

/** mulberry32: small, fast and good enough to pick options; the same seed gives the same runs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomRuns(
  runner: Runner,
  facts: StoryFacts,
  findings: Findings,
  seed: number,
  limits: RandomLimits,
): RandomStats {
  const start = performance.now();
  const random = prng(seed ^ 0x5eed);
  const stats: RandomStats = { runs: 0, guided: 0, transitions: 0, cut: 0, ms: 0 };
  while (performance.now() < limits.deadline && (limits.runs === undefined || stats.runs < limits.runs)) {
    const phase: Phase = limits.guided !== false && stats.runs % 2 === 1 ? 'guided' : 'random';
    const inkSeed = facts.usesRandom && stats.runs > 0 ? Math.floor(random() * (MAX_SEED + 1)) : seed;
    const choices: number[] = [];
    findings.phase = phase;
    runner.restart(inkSeed);
    for (;;) {
      const segment = runner.settle();
      const depth = choices.length;
      const run = () => ({ seed: inkSeed, choices: choices.slice(0, depth) });
      if (findings.record(segment, facts, { depth, phase, shortest: false, run })) break;
      if (choices.length >= limits.maxChoices) {
        stats.cut++;
        break;
      }
      const options = runner.options.map((c) => c.sourcePath);
      findings.offer(options);
      const pick = phase === 'guided' ? leastTaken(options, findings, random) : Math.floor(random() * options.length);
      findings.take(options[pick] ?? '');
      choices.push(pick);
      runner.choose(pick);
      stats.transitions++;
    }
    stats.runs++;
    if (phase === 'guided') stats.guided++;
  }
  stats.ms = performance.now() - start;
  return stats;
}

function leastTaken(options: string[], findings: Findings, random: () => number): number {
  let best: number[] = [];
  let least = Number.POSITIVE_INFINITY;
  options.forEach((path, i) => {
    const taken = findings.taken.get(path) ?? 0;
    if (taken < least) {
      least = taken;
      best = [i];
    } else if (taken === least) best.push(i);
  });
  return best[Math.floor(random() * best.length)] ?? 0;
}
