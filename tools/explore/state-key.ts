// A state key: two states at a choice point with the same key behave the same from there on, so the
// search explores only one of them. It holds what decides the future and nothing else:
//   - every global variable;
//   - the visit counts and turn distances the story can read (StoryFacts), not all of them;
//   - the seed and the last random number (RANDOM, shuffles);
//   - where the story last was (a choice's divert counts as a visit only the containers it newly enters);
//   - each choice on offer: its text, tags, target and the thread it resumes (call stack and temps;
//     not the top frame's pointer, which choosing overwrites with the target).
// The text already shown is left out on purpose: it is history, not future. The key is hashed to 53
// bits (cyrb53, as storyHash): a collision is unlikely below millions of states.
import { storyHash } from '../../src/engine/index.ts';
import { type InkState, type InkValue, internals } from './ink-internals.ts';
import type { StoryFacts } from './story-facts.ts';

const LIST = 2;
const VARIABLE_POINTER = 5;

function valueKey(value: InkValue): string {
  const inner = value.value;
  if (value.valueType === LIST && inner instanceof Map) {
    // An InkList: a map keyed by serialised items; an empty list still remembers its origins.
    const origins = (inner as unknown as { origins: { name: string }[] | null }).origins;
    return `L[${[...inner.keys()].sort().join(',')}|${origins?.map((o) => o.name).join(',') ?? ''}]`;
  }
  if (value.valueType === VARIABLE_POINTER) return `P${String(inner)}@${(value as { contextIndex?: number }).contextIndex}`;
  return `${value.valueType}:${String(inner)}`;
}

export function stateKey(state: InkState, facts: StoryFacts): string {
  const s = internals(state);
  // The last content run decides which containers a choice's divert enters afresh (visit counting).
  const previous = s.callStack.currentThread.previousPointer;
  const parts: (string | number)[] = [s.storySeed, s.previousRandom, s.evaluationStack.length];
  parts.push(previous.container?.path.toString() ?? '', previous.index);
  if (facts.readsTurnNumber) parts.push(s.currentTurnIndex);
  for (const value of s.variablesState._globalVariables.values()) parts.push(valueKey(value));
  if (facts.strict) {
    parts.push(s.currentTurnIndex, JSON.stringify([...s._visitCounts].sort()), JSON.stringify([...s._turnIndices].sort()));
  } else {
    for (const path of facts.countedPaths) parts.push(s._visitCounts.get(path) ?? 0);
    for (const path of facts.turnPaths) {
      const turn = s._turnIndices.get(path);
      parts.push(turn === undefined ? '-' : s.currentTurnIndex - turn);
    }
  }
  for (const choice of s.currentChoices) {
    parts.push('|', choice.text, choice.targetPath?.toString() ?? '', choice.tags?.join('#') ?? '');
    const frames = choice.threadAtGeneration?.callstack ?? [];
    for (const [i, element] of frames.entries()) {
      parts.push(element.type);
      // The top frame's pointer is left out: choosing moves it to the choice's target.
      if (i < frames.length - 1)
        parts.push(element.currentPointer.container?.path.toString() ?? '', element.currentPointer.index);
      for (const [name, value] of element.temporaryVariables) parts.push(name, valueKey(value));
    }
  }
  return storyHash(parts.join('\u0001'));
}
