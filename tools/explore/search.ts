// The exhaustive pass: breadth-first over choice points, one seed, each distinct state (state-key.ts)
// expanded once. Breadth-first order makes the first run found to any ending or fault a shortest one.
// It stops when every state is expanded (complete), or at the deadline, the state cap, or when the
// states waiting in the queue would use too much memory; the random phase then takes over.
import { getHeapStatistics } from 'node:v8';
import { type Findings, type Origin, type Phase, type RunRef, terminalOf } from './findings.ts';
import type { InkState } from './ink-internals.ts';
import { jsonStateKey } from './json-key.ts';
import type { Runner } from './runner.ts';
import { stateKey } from './state-key.ts';
import type { StoryFacts } from './story-facts.ts';

export interface SearchLimits {
  /** performance.now() time to stop at. */
  deadline: number;
  /** Most distinct states to keep. */
  maxStates: number;
  /** Most choices to try (the bench gives both walks the same work). */
  maxTransitions?: number;
}

/** Why the exhaustive pass stopped ('skipped': not run, random-only exploration). */
export type StopReason = 'complete' | 'time' | 'states' | 'memory' | 'transitions' | 'skipped';

export interface SearchStats {
  complete: boolean;
  stoppedBy: StopReason;
  /** Distinct states at choice points found. */
  states: number;
  /** Choices tried (each one runs the story to the next choice point or the end). */
  transitions: number;
  /** The deepest level (number of choices) fully or partly expanded. */
  depth: number;
  /** States found but not expanded when the search stopped. */
  frontier: number;
  ms: number;
}

/** Stop keeping states once the heap passes this share of its limit. */
const HEAP_SHARE = 0.45;
const MEMORY_CHECK_EVERY = 64;

/** The search tree: each state's parent and the option that led to it, to rebuild runs. */
class Tree {
  readonly parent: number[] = [-1];
  readonly pick: number[] = [-1];
  readonly depth: number[] = [0];

  add(parent: number, pick: number): number {
    this.parent.push(parent);
    this.pick.push(pick);
    this.depth.push((this.depth[parent] ?? 0) + 1);
    return this.parent.length - 1;
  }

  choices(node: number, last?: number): number[] {
    const out: number[] = last === undefined ? [] : [last];
    for (let n = node; n > 0; n = this.parent[n] ?? 0) out.push(this.pick[n] ?? 0);
    return out.reverse();
  }
}

export function exhaustiveSearch(
  runner: Runner,
  facts: StoryFacts,
  findings: Findings,
  seed: number,
  limits: SearchLimits,
): SearchStats {
  const start = performance.now();
  const phase: Phase = 'exhaustive';
  findings.phase = phase;
  const tree = new Tree();
  const origin = (node: number, pick?: number): Origin => ({
    depth: (tree.depth[node] ?? 0) + (pick === undefined ? 0 : 1),
    phase,
    shortest: true,
    run: (): RunRef => ({ seed, choices: tree.choices(node, pick) }),
  });
  const keyOf = (saved: InkState | string) => (typeof saved === 'string' ? jsonStateKey(saved, facts) : stateKey(saved, facts));

  runner.restart(seed);
  const opening = runner.settle();
  findings.record(opening, facts, origin(0));
  const stats: SearchStats = { complete: true, stoppedBy: 'complete', states: 0, transitions: 0, depth: 0, frontier: 0, ms: 0 };
  const queue: ({ node: number; saved: InkState | string } | undefined)[] = [];
  const seen = new Set<string>();
  if (!terminalOf(opening, facts)) {
    const saved = runner.detach();
    seen.add(keyOf(saved));
    queue.push({ node: 0, saved });
  }
  const heapLimit = getHeapStatistics().heap_size_limit * HEAP_SHARE;
  let head = 0;
  let stop: StopReason = 'complete';
  while (head < queue.length) {
    if (performance.now() > limits.deadline) stop = 'time';
    else if (seen.size >= limits.maxStates) stop = 'states';
    else if (stats.transitions >= (limits.maxTransitions ?? Number.POSITIVE_INFINITY)) stop = 'transitions';
    else if (head % MEMORY_CHECK_EVERY === 0 && process.memoryUsage().heapUsed > heapLimit) stop = 'memory';
    if (stop !== 'complete') break;
    const entry = queue[head];
    queue[head++] = undefined; // let the state go once expanded
    if (!entry) continue;
    const options = expand(runner, entry.saved, findings);
    stats.depth = Math.max(stats.depth, (tree.depth[entry.node] ?? 0) + 1);
    for (let i = 0; i < options; i++) {
      // Restore a copy for every option but the last, which may use the queued state itself.
      if (i > 0) runner.load(entry.saved, i < options - 1);
      runner.choose(i);
      const segment = runner.settle();
      stats.transitions++;
      if (findings.record(segment, facts, origin(entry.node, i))) continue;
      const saved = runner.detach();
      const key = keyOf(saved);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ node: tree.add(entry.node, i), saved });
    }
  }
  stats.states = seen.size;
  stats.frontier = queue.length - head;
  stats.complete = stats.frontier === 0;
  stats.stoppedBy = stats.complete ? 'complete' : stop;
  stats.ms = performance.now() - start;
  return stats;
}

/** Makes a queued state current (a copy, unless it has one option) and records its options as offered. */
function expand(runner: Runner, saved: InkState | string, findings: Findings): number {
  const single = typeof saved !== 'string' && saved.currentChoices.filter((c) => !c.isInvisibleDefault).length === 1;
  runner.load(saved, !single);
  const options = runner.options;
  findings.offer(options.map((c) => c.sourcePath));
  for (const option of options) findings.take(option.sourcePath);
  return options.length;
}
