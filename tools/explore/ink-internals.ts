// The explorer's only reach into inkjs's private parts. The public API can copy a story's state only
// as JSON (state.ToJson / LoadJson): for a search that keeps thousands of states, serialising every
// one, and parsing it back for each option tried, costs more than running the ink itself. So:
//   - fork(state): an independent copy of a state. inkjs's own CopyAndStartPatching copies the call
//     stack, output, choices and evaluation stack; it shares the variables and visit counts with its
//     source (it means to patch them), so we give the copy its own maps instead.
//   - install(story, state): makes a stored state the story's current one.
//   - onVisit(story, fn): hears every container the story enters, for coverage (works on stories
//     compiled without countAllVisits too).
//   - onCommands(story, hooks): hears each END and DONE the story runs, with its ink path (where an
//     ending is), and each number printed that is not finite (a division by zero).
//   - the fields a state key reads (variables, visit counts, turn indices, choices with their threads).
// probeInternals() checks all this on the real story before the search: a fork must serialise to the
// same JSON as its source. If inkjs changes shape, the explorer falls back to JSON cloning (slower).
import type { Story } from 'inkjs';

export type InkState = Story['state'];

export interface InkValue {
  valueType: number;
  value: unknown;
}

export interface InkPointer {
  container: { path: { toString(): string } } | null;
  index: number;
}

export interface InkElement {
  type: number;
  currentPointer: InkPointer;
  temporaryVariables: Map<string, InkValue>;
}

export interface InkChoice {
  text: string;
  sourcePath: string;
  targetPath: { toString(): string } | null;
  tags: string[] | null;
  threadAtGeneration: { callstack: InkElement[] } | null;
}

interface Variables {
  _globalVariables: Map<string, InkValue>;
  _defaultGlobalVariables: Map<string, InkValue>;
  _listDefsOrigin: unknown;
  variableChangedEventCallbacks: unknown[];
  constructor: new (callStack: unknown, listDefsOrigin: unknown) => Variables;
}

export interface StateInternals {
  CopyAndStartPatching(forBackgroundSave: boolean): StateInternals;
  RestoreAfterPatch(): void;
  variablesState: Variables;
  callStack: { currentThread: { previousPointer: InkPointer } };
  currentChoices: InkChoice[];
  /** The choices whether or not the story can continue (currentChoices is empty while it can). */
  generatedChoices: InkChoice[];
  evaluationStack: unknown[];
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _patch: unknown;
  currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
}

export interface VisitedContainer {
  path: { toString(): string };
}

export function internals(state: InkState): StateInternals {
  return state as unknown as StateInternals;
}

/** An independent copy of a state that has no patch pending (any state between two Continue calls). */
export function fork(state: InkState): InkState {
  const src = internals(state);
  const copy = src.CopyAndStartPatching(true);
  // CopyAndStartPatching pointed the shared variables at the copy's call stack and patch: undo that.
  src.RestoreAfterPatch();
  const from = src.variablesState;
  const variables = new from.constructor(copy.callStack, from._listDefsOrigin);
  variables._globalVariables = new Map(from._globalVariables);
  variables._defaultGlobalVariables = from._defaultGlobalVariables;
  variables.variableChangedEventCallbacks = from.variableChangedEventCallbacks;
  copy.variablesState = variables;
  copy._visitCounts = new Map(src._visitCounts);
  copy._turnIndices = new Map(src._turnIndices);
  copy._patch = null;
  // Choice.Clone() forgets choice tags (inkjs 2.4).
  copy.generatedChoices.forEach((choice, i) => {
    choice.tags = src.generatedChoices[i]?.tags ?? null;
  });
  return copy as unknown as InkState;
}

export function install(story: Story, state: InkState): void {
  (story as unknown as { _state: InkState })._state = state;
}

/** Calls `fn` with every container the story enters from now on. */
export function onVisit(story: Story, fn: (container: VisitedContainer) => void): void {
  const target = story as unknown as { VisitContainer: (container: VisitedContainer, atStart: boolean) => void };
  const original = target.VisitContainer.bind(story);
  target.VisitContainer = (container, atStart) => {
    fn(container);
    original(container, atStart);
  };
}

const EVAL_OUTPUT = 1; // inkjs ControlCommand.CommandType
const DONE = 19;
const END = 20;

export interface CommandHooks {
  /** Each END or DONE the story runs, with its ink path (where an ending is). */
  stop(path: string): void;
  /** A number about to be printed that is not finite (NaN, Infinity: a division by zero). */
  badNumber(value: number, path: string | null): void;
}

/** Hears the control commands the tools care about, from now on (see CommandHooks). */
export function onCommands(story: Story, hooks: CommandHooks): void {
  type Command = { commandType?: number; path?: { toString(): string } };
  const target = story as unknown as { PerformLogicAndFlowControl: (obj: Command | null) => boolean };
  const original = target.PerformLogicAndFlowControl.bind(story);
  target.PerformLogicAndFlowControl = (obj) => {
    const type = obj?.commandType;
    if ((type === END || type === DONE) && obj?.path) hooks.stop(obj.path.toString());
    else if (type === EVAL_OUTPUT) {
      const top = (story.state as unknown as { PeekEvaluationStack(): { value?: unknown } | null }).PeekEvaluationStack();
      const value = top?.value;
      if (typeof value === 'number' && !Number.isFinite(value)) hooks.badNumber(value, obj?.path?.toString() ?? null);
    }
    return original(obj);
  };
}

/** True when this inkjs build has the shape fork() needs and a fork round-trips exactly. */
export function probeInternals(story: Story): boolean {
  try {
    const state = internals(story.state);
    const shaped =
      typeof state.CopyAndStartPatching === 'function' &&
      state._visitCounts instanceof Map &&
      state._turnIndices instanceof Map &&
      state.variablesState._globalVariables instanceof Map &&
      typeof (story as unknown as { VisitContainer?: unknown }).VisitContainer === 'function' &&
      typeof (story as unknown as { PerformLogicAndFlowControl?: unknown }).PerformLogicAndFlowControl === 'function' &&
      '_state' in story;
    if (!shaped) return false;
    const before = story.state.ToJson();
    const copy = fork(story.state);
    return copy.ToJson() === before && story.state.ToJson() === before;
  } catch {
    return false;
  }
}
