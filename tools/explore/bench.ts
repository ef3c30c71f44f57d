// The bench hook (bench/run.ts calls it): the explorer's throughput next to a naive walk that clones
// each state through ToJson/LoadJson, on the same story. Both run the same breadth-first search with
// the same de-duplication (the JSON key splits states as the in-memory key does), and the naive walk
// does exactly as many choices as the explorer managed in its time, so both cover the same part of the
// story and differ only in how they clone and key states. Rates use CPU time, not wall time, so that
// other processes on a shared machine do not skew the comparison. A "state" is a choice tried: it
// runs the story from one choice point to the next.
import { Findings } from './findings.ts';
import { Runner } from './runner.ts';
import { exhaustiveSearch } from './search.ts';
import { readStoryFacts } from './story-facts.ts';

export interface WalkThroughput {
  /** Choices tried, each running the story to its next choice point or end. */
  states: number;
  /** Distinct states found. */
  distinct: number;
  wallMs: number;
  cpuMs: number;
  /** states per CPU second. */
  statesPerSecond: number;
  /** True when the whole story was explored. */
  complete: boolean;
}

export interface ExplorerThroughput {
  explorer: WalkThroughput;
  naive: WalkThroughput;
  /** explorer.statesPerSecond / naive.statesPerSecond. */
  speedup: number;
}

function walk(json: string, jsonClones: boolean, seconds: number, maxTransitions?: number): WalkThroughput {
  const facts = readStoryFacts(json);
  const findings = new Findings();
  const runner = new Runner(json, { onVisit: findings.onVisit, jsonClones });
  const cpu = process.cpuUsage();
  const stats = exhaustiveSearch(runner, facts, findings, 1, {
    deadline: performance.now() + seconds * 1000,
    maxStates: Number.POSITIVE_INFINITY,
    ...(maxTransitions !== undefined ? { maxTransitions } : {}),
  });
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return {
    states: stats.transitions,
    distinct: stats.states,
    wallMs: Math.round(stats.ms),
    cpuMs: Math.round(cpuMs),
    statesPerSecond: cpuMs > 0 ? Math.round((stats.transitions * 1000) / cpuMs) : 0,
    complete: stats.complete,
  };
}

/**
 * Measures the explorer for about `seconds`, then the naive ToJson/LoadJson walk on the same number of
 * choices (it may take longer), on compiled ink JSON. Both are warmed up first (JIT compilation).
 */
export function measureExplorerThroughput(json: string, seconds = 3): ExplorerThroughput {
  const warmUp = walk(json, false, Math.min(0.5, seconds / 4));
  walk(json, true, 10 * seconds, warmUp.states);
  const explorer = walk(json, false, seconds);
  const naive = walk(json, true, 10 * seconds, explorer.states);
  const speedup = naive.statesPerSecond > 0 ? Math.round((explorer.statesPerSecond / naive.statesPerSecond) * 100) / 100 : 0;
  return { explorer, naive, speedup };
}
