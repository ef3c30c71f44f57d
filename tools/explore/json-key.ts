// The state key computed from a state's JSON (inkjs's public save format) rather than from its
// objects: the same parts as stateKey (state-key.ts), so both split states the same way. It serves the
// naive walk of the bench, and the fallback when inkjs's internals are not as ink-internals.ts expects.
import { storyHash } from '../../src/engine/index.ts';
import type { StoryFacts } from './story-facts.ts';

interface JsonThread {
  callstack: { cPath?: string; idx?: number; type?: number; temp?: Record<string, unknown> }[];
  threadIndex: number;
  previousContentObject?: string;
}

interface JsonFlow {
  callstack: { threads: JsonThread[] };
  choiceThreads?: Record<string, JsonThread>;
  currentChoices?: { text: string; targetPath: string; originalThreadIndex: number; tags?: string[] }[];
}

interface JsonState {
  flows: Record<string, JsonFlow>;
  currentFlowName?: string;
  variablesState: Record<string, unknown>;
  evalStack: unknown[];
  visitCounts: Record<string, number>;
  turnIndices: Record<string, number>;
  turnIdx: number;
  storySeed: number;
  previousRandom: number;
}

export function jsonStateKey(stateJson: string, facts: StoryFacts): string {
  const s = JSON.parse(stateJson) as JsonState;
  const flow = s.flows[s.currentFlowName ?? 'DEFAULT_FLOW'] ?? Object.values(s.flows)[0];
  const parts: unknown[] = [s.storySeed, s.previousRandom, s.evalStack.length];
  parts.push(flow?.callstack.threads.at(-1)?.previousContentObject ?? '');
  if (facts.readsTurnNumber) parts.push(s.turnIdx);
  parts.push(s.variablesState);
  if (facts.strict) {
    parts.push(s.turnIdx, Object.entries(s.visitCounts).sort(), Object.entries(s.turnIndices).sort());
  } else {
    for (const path of facts.countedPaths) parts.push(s.visitCounts[path] ?? 0);
    for (const path of facts.turnPaths) {
      const turn = s.turnIndices[path];
      parts.push(turn === undefined ? '-' : s.turnIdx - turn);
    }
  }
  for (const choice of flow?.currentChoices ?? []) {
    // As inkjs's LoadJson finds a choice's thread: a live thread with its index, else a saved one.
    const live = flow?.callstack.threads.find((t) => t.threadIndex === choice.originalThreadIndex);
    const thread = live ?? flow?.choiceThreads?.[choice.originalThreadIndex];
    // The top frame's pointer is left out: choosing moves it to the choice's target.
    const frames = (thread?.callstack ?? []).map((e, i, all) =>
      i === all.length - 1 ? [e.type, e.temp] : [e.type, e.cPath, e.idx, e.temp],
    );
    parts.push([choice.text, choice.targetPath, choice.tags ?? [], frames]);
  }
  return storyHash(JSON.stringify(parts));
}
