// The bench hook (bench/run.ts calls it): the explorer's throughput next to a naive walk that clones
// each state through ToJson/LoadJson, on the same story, for the same time. Both run the same
// breadth-first search with the same de-duplication (the JSON key splits states as the in-memory key
// does), so the difference is the cost of cloning and keying states. "States" are choices tried: each
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
  ms: number;
  statesPerSecond: number;
  /** True when the whole story was explored before the time ran out. */
  complete: boolean;
}

export interface ExplorerThroughput {
  explorer: WalkThroughput;
  naive: WalkThroughput;
  /** explorer.statesPerSecond / naive.statesPerSecond. */
  speedup: number;
}

function walk(json: string, seconds: number, jsonClones: boolean): WalkThroughput {
  const facts = readStoryFacts(json);
  const findings = new Findings();
  const runner = new Runner(json, { onVisit: findings.onVisit, jsonClones });
  const stats = exhaustiveSearch(runner, facts, findings, 1, {
    deadline: performance.now() + seconds * 1000,
    maxStates: Number.POSITIVE_INFINITY,
  });
  const statesPerSecond = stats.ms > 0 ? Math.round((stats.transitions * 1000) / stats.ms) : 0;
  return { states: stats.transitions, distinct: stats.states, ms: Math.round(stats.ms), statesPerSecond, complete: stats.complete };
}

/**
 * Measures states per second of the explorer and of a naive ToJson/LoadJson walk, `seconds` each, on
 * compiled ink JSON. A short warm-up of each comes first, so that neither pays for JIT compilation.
 */
export function measureExplorerThroughput(json: string, seconds = 3): ExplorerThroughput {
  walk(json, Math.min(0.5, seconds / 4), false);
  walk(json, Math.min(0.5, seconds / 4), true);
  const explorer = walk(json, seconds, false);
  const naive = walk(json, seconds, true);
  const speedup = naive.statesPerSecond > 0 ? Math.round((explorer.statesPerSecond / naive.statesPerSecond) * 100) / 100 : 0;
  return { explorer, naive, speedup };
}
