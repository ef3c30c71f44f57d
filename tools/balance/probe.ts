// Does a choice point matter? At a choice point met in play, each option is taken on a copy of the
// state and followed to the next choice point (or the end). The choice point MATTERS when its options
// do not all arrive at the same story state there:
//   - "changes state": the options leave different values of the story's global variables, or of the
//     visit counts the story reads (`{knot}` tests, once-only choices, sequences), or end differently;
//   - "changes later text" only: the variables agree but the story is somewhere else (another place,
//     other options on offer), so what the player reads next differs.
// Options that rejoin before the next choice point with the same variables are flavour: whatever
// their own lines said, the rest of the story is the same. A choice point is probed at its first few
// occurrences (over all runs and policies) and matters if it mattered at any of them. A choice point
// with one option cannot matter and is counted apart.
import type { InkChoice } from '../explore/ink-internals.ts';
import { jsonStateKey } from '../explore/json-key.ts';
import type { Runner, Segment } from '../explore/runner.ts';
import type { SourceMap } from '../explore/source-map.ts';
import { stateKey } from '../explore/state-key.ts';
import type { StoryFacts } from '../explore/story-facts.ts';
import { endingOf } from './outcome.ts';

export interface OptionOutcome {
  /** Every global variable as it is at the next choice point (for a policy's raise/lower rules). */
  variables: Record<string, unknown>;
  /** Global variables and read visit counts (or the ending): equal keys, same state. */
  varsKey: string;
  /** The whole state that decides the future (tools/explore/state-key.ts), or the ending. */
  key: string;
}

function shownKey(value: unknown): string {
  if (value instanceof Map) return `L[${[...(value as Map<string, unknown>).keys()].sort().join(',')}]`;
  return `${typeof value}:${String(value)}`;
}

/**
 * Reads what an option led to. `keyed` false skips the state keys (a policy's look-ahead needs only
 * the variables; the keys cost more than the ink run).
 */
export function optionOutcome(
  runner: Runner,
  segment: Segment,
  context: { facts: StoryFacts; sources: SourceMap; globals: readonly string[] },
  keyed: boolean,
): OptionOutcome {
  const { facts, sources } = context;
  const all = runner.story.variablesState as unknown as Record<string, unknown>;
  const variables: Record<string, unknown> = {};
  for (const name of context.globals) variables[name] = all[name];
  const ending = endingOf(segment, facts, sources);
  if (ending !== null) return { variables, varsKey: `end:${ending}`, key: `end:${ending}` };
  if (!keyed) return { variables, varsKey: '', key: '' };
  const parts = Object.entries(variables).map(([name, value]) => `${name}=${shownKey(value)}`);
  for (const path of facts.countedPaths) parts.push(`${path}#${runner.state.VisitCountAtPathString(path)}`);
  const key = runner.forks ? stateKey(runner.state, facts) : jsonStateKey(runner.state.ToJson(), facts);
  return { variables, varsKey: parts.join('\u0001'), key };
}

export interface ProbedPoint {
  /** file:line of its first option (or its ink path for compiled JSON). */
  where: string;
  options: string[];
  /** Times met in play, and times probed. */
  seen: number;
  probed: number;
  changesState: boolean;
  changesText: boolean;
}

type ChoiceLike = Pick<InkChoice, 'sourcePath' | 'text'>;

/** The ink path the options share: the choice point's weave, steady when once-only options drop out. */
function choicePointId(choices: readonly ChoiceLike[]): string {
  const split = choices.map((c) => c.sourcePath.split('.'));
  const first = split[0] ?? [];
  let n = first.length - 1;
  for (const parts of split) {
    let k = 0;
    while (k < n && parts[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, Math.max(n, 1)).join('.');
}

export class ChoiceProbes {
  readonly points = new Map<string, ProbedPoint>();
  /** Choice points met with a single option. */
  readonly single = new Set<string>();

  constructor(readonly perPoint: number) {}

  /** True when this choice point is still to be probed (its outcomes must then be keyed). */
  wants(choices: readonly ChoiceLike[]): boolean {
    if (choices.length < 2) return false;
    return (this.points.get(choicePointId(choices))?.probed ?? 0) < this.perPoint;
  }

  /** Counts a choice point met in play and, while it wants probing, compares its options' outcomes. */
  consider(choices: readonly ChoiceLike[], sources: SourceMap, outcome: (index: number) => OptionOutcome): void {
    if (choices.length < 2) {
      if (choices[0]) this.single.add(choices[0].sourcePath);
      return;
    }
    const id = choicePointId(choices);
    let point = this.points.get(id);
    if (!point) {
      point = {
        where: sources.describe(choices[0]?.sourcePath ?? null),
        options: choices.map((c) => c.text),
        seen: 0,
        probed: 0,
        changesState: false,
        changesText: false,
      };
      this.points.set(id, point);
    }
    point.seen++;
    if (point.probed >= this.perPoint) return;
    point.probed++;
    const outcomes = choices.map((_, i) => outcome(i));
    if (new Set(outcomes.map((o) => o.varsKey)).size > 1) point.changesState = true;
    else if (new Set(outcomes.map((o) => o.key)).size > 1) point.changesText = true;
  }
}
