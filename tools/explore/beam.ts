// Targeted runs: two beam searches over the story's variables, for endings that chance rarely finds.
// Endings are usually gated by how much the player gathered (bonds, items, scores): the best ending
// wants nearly everything, the worst nearly nothing. One beam keeps, at each depth, the `width`
// states with the highest sum of the story's numeric variables, true flags and LIST sizes; the other
// the lowest. Each is a few thousand choices, deterministic, and every state it reaches is recorded
// like any other (endings, errors, dead ends, coverage).
import type { Findings, Phase } from './findings.ts';
import type { InkState } from './ink-internals.ts';
import type { Runner } from './runner.ts';
import { stateKey } from './state-key.ts';
import type { StoryFacts } from './story-facts.ts';

export interface BeamStats {
  runs: number;
  transitions: number;
  ms: number;
  /** A beam was still going at its depth limit (a story that loops). */
  cut: boolean;
}

interface Candidate {
  saved: InkState | string;
  choices: number[];
  score: number;
}

/** Sum of the story's numbers, true flags and LIST sizes, read through the public variables API. */
export function variableScore(runner: Runner): number {
  const variables = runner.story.variablesState as unknown as Record<string, unknown>;
  let score = 0;
  for (const name of Object.keys(variables)) {
    const value = variables[name];
    if (typeof value === 'number') score += value;
    else if (value === true) score += 1;
    else if (value instanceof Map) score += value.size;
  }
  return score;
}

export function beamSearch(
  runner: Runner,
  facts: StoryFacts,
  findings: Findings,
  seed: number,
  limits: { deadline: number; width: number; direction: 1 | -1; maxDepth: number },
): BeamStats {
  const start = performance.now();
  const phase: Phase = 'targeted';
  findings.phase = phase;
  const stats: BeamStats = { runs: 0, transitions: 0, ms: 0, cut: false };
  runner.restart(seed);
  const opening = runner.settle();
  const origin = (choices: number[]) => ({ depth: choices.length, phase, shortest: false, run: () => ({ seed, choices }) });
  if (findings.record(opening, facts, origin([]))) return stats;
  let frontier: Candidate[] = [{ saved: runner.detach(), choices: [], score: 0 }];
  const seen = new Set<string>();
  for (let depth = 0; frontier.length > 0 && performance.now() < limits.deadline; depth++) {
    if (depth >= limits.maxDepth) {
      stats.cut = true;
      break;
    }
    const next: Candidate[] = [];
    for (const parent of frontier) {
      runner.load(parent.saved, true);
      const options = runner.options.map((c) => c.sourcePath);
      findings.offer(options);
      for (let i = 0; i < options.length; i++) {
        // A copy for each option but the last, which may take the parent itself.
        if (i > 0) runner.load(parent.saved, i < options.length - 1);
        findings.take(options[i] ?? '');
        runner.choose(i);
        const segment = runner.settle();
        stats.transitions++;
        const choices = [...parent.choices, i];
        if (findings.record(segment, facts, origin(choices))) {
          stats.runs++;
          continue;
        }
        const score = variableScore(runner) * limits.direction;
        const saved = runner.detach();
        const key = typeof saved === 'string' ? saved : stateKey(saved, facts);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push({ saved, choices, score });
      }
    }
    // Highest score first; the sort is stable, so ties keep story order.
    frontier = next.sort((a, b) => b.score - a.score).slice(0, limits.width);
  }
  stats.ms = performance.now() - start;
  return stats;
}
