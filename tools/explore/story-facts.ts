// What the explorer needs to know about a story before running it, read once from the compiled JSON
// (ink's runtime format: a container is an array of items whose last element is null or an object of
// named sub-containers and flags). Above all: which visit counts and turn indices the story can read.
// Two states that differ only in counts nobody reads behave the same, so the state key leaves those
// out; with countAllVisits on, every container is counted, and keying on all counts would make almost
// every path a distinct state.

import { resolvePath } from '../../src/engine/graph/choice-text.ts';
import { FlowGraph, isWeaveDivert, nodeResolver } from './reentry.ts';

/**
 * The named place an ink path lies in: its knot, stitch and labels, without the compiler's numbered
 * containers (`ch6.verdict.0.c-2.14` -> `ch6.verdict`), so it stays the same when lines are added.
 */
export function namedPlace(inkPath: string | null): string {
  if (!inkPath) return '(start)';
  const named: string[] = [];
  for (const part of inkPath.split('.')) {
    if (/^\d+$/.test(part) || /^[cg]-\d+$/.test(part) || part === 's' || part === 'b') break;
    named.push(part);
  }
  return named.join('.') || '(top)';
}

/** Names each END and DONE by its place; a place with several numbers them in story order. */
function nameStops(stops: [string, 'END' | 'DONE'][]): Map<string, string> {
  const byPlace = new Map<string, [string, 'END' | 'DONE'][]>();
  for (const stop of stops) {
    const place = `${stop[1]} in ${namedPlace(stop[0])}`;
    byPlace.set(place, [...(byPlace.get(place) ?? []), stop]);
  }
  const names = new Map<string, string>();
  for (const [place, list] of byPlace) {
    for (const [i, [path]] of list.entries()) names.set(path, list.length > 1 ? `${place} #${i + 1}` : place);
  }
  return names;
}

export interface StoryFacts {
  /** Containers whose visit count the story reads: `{knot}` tests, once-only choices, sequences. */
  countedPaths: string[];
  /** Containers whose turn index the story reads (TURNS_SINCE). */
  turnPaths: string[];
  /** TURNS() is used, so the absolute turn number matters. */
  readsTurnNumber: boolean;
  /** RANDOM, shuffles or LIST_RANDOM: different seeds give different stories. */
  usesRandom: boolean;
  /** The story marks endings with `# ending:` tags. */
  hasEndingTags: boolean;
  /** Containers that hold text of their own (the units of line coverage), with their first text. */
  contentContainers: Map<string, ContentContainer>;
  /** Knots and functions at the top level (an EXTERNAL's ink fallback is one of these). */
  topLevelNames: Set<string>;
  /** Nodes (knot, knot.stitch, '' for the root) that can run more than once (reentry.ts). */
  reenterable: Set<string>;
  /** Key on all visit counts and turn indices (see FactOptions). */
  strict: boolean;
  /** Ink path of each END and DONE -> its name as an ending ("END in knot.stitch", "#2" when a place has several). */
  stops: Map<string, string>;
}

export interface ContentContainer {
  /** The ink path of its first text item (its source line, when sources are known). */
  firstText: string;
  text: string;
}

type Visit = (item: unknown, itemPath: string, containerPath: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}

/** Visits every item of every container, depth first, with paths spelt as inkjs spells them. */
function walk(array: unknown[], path: string, visit: Visit): void {
  const last = array[array.length - 1];
  const items = last === null || isRecord(last) ? array.slice(0, -1) : array;
  items.forEach((item, index) => {
    if (Array.isArray(item)) {
      const tail = item[item.length - 1];
      const name = isRecord(tail) && typeof tail['#n'] === 'string' ? tail['#n'] : index;
      walk(item, childPath(path, name), visit);
    } else visit(item, childPath(path, index), path);
  });
  if (isRecord(last)) {
    for (const [key, value] of Object.entries(last)) {
      if (Array.isArray(value)) walk(value, childPath(path, key), visit);
    }
  }
}

const ONCE_ONLY = 16;

export interface FactOptions {
  /** Key states on every visit count and turn index (no pruning): slower, for checking the pruning. */
  strict?: boolean;
}

export function readStoryFacts(json: string, options: FactOptions = {}): StoryFacts {
  const parsed = JSON.parse(json) as { root?: unknown };
  if (!Array.isArray(parsed.root)) throw new Error('not a compiled ink story (no root container)');
  const nodeOf = nodeResolver(parsed.root);
  const flow = new FlowGraph();
  const counted = new Set<string>();
  /** Counts that matter only if their node can run again: [node, container path]. */
  const countedIfReentered: [string, string][] = [];
  const divertTargets = new Set<string>();
  const content = new Map<string, ContentContainer>();
  const inTag = new Set<string>();
  /** The item before the current one in each container: a divert right after "thread" starts a thread. */
  const previous = new Map<string, unknown>();
  let dynamicCounts = false;
  let dynamicTurns = false;
  let variableDiverts = false;
  let readsTurnNumber = false;
  let usesRandom = false;
  let hasEndingTags = false;
  const stops: [string, 'END' | 'DONE'][] = [];

  const onDivert = (item: Record<string, unknown>, itemPath: string, startsThread: boolean) => {
    const from = nodeOf(itemPath);
    const raw = item['->'] ?? item['->t->'];
    if (typeof raw !== 'string') return;
    if (item.var === true) {
      variableDiverts = true;
      return;
    }
    const target = resolvePath(raw, itemPath);
    const to = nodeOf(target);
    // A thread (<- knot) and a tunnel (-> knot ->) come back: their target may run many times.
    if (startsThread || '->t->' in item) flow.called(to);
    else if (to !== from) flow.divert(from, to);
    else if (!isWeaveDivert(target, itemPath)) flow.loops(from);
  };

  const visit: Visit = (item, itemPath, container) => {
    const before = previous.get(container);
    previous.set(container, item);
    if (typeof item === 'string') {
      if (item === '#') inTag.add(container);
      else if (item === '/#') inTag.delete(container);
      else if (item.startsWith('^')) {
        if (inTag.has(container)) hasEndingTags ||= /^\^\s*ending:/.test(item);
        else if (item.trim().length > 1 && !content.has(container)) {
          content.set(container, { firstText: itemPath, text: item.slice(1).trim() });
        }
      } else if (item === 'end' || item === 'done') stops.push([itemPath, item === 'end' ? 'END' : 'DONE']);
      else if (item === 'visit') countedIfReentered.push([nodeOf(container), container]);
      else if (item === 'readc') dynamicCounts = true;
      else if (item === 'turns') dynamicTurns = true;
      else if (item === 'turn') readsTurnNumber = true;
      else if (item === 'rnd' || item === 'seq' || item === 'lrnd') usesRandom = true;
      return;
    }
    if (!isRecord(item)) return;
    if (typeof item['#'] === 'string') hasEndingTags ||= /^\s*ending:/.test(item['#']);
    if (typeof item['CNT?'] === 'string') counted.add(resolvePath(item['CNT?'], itemPath));
    if (typeof item['^->'] === 'string') divertTargets.add(resolvePath(item['^->'], itemPath));
    if (typeof item['f()'] === 'string') flow.called(nodeOf(resolvePath(item['f()'], itemPath)));
    if (typeof item['x()'] === 'string') flow.called(item['x()']); // its ink fallback, if any
    if ('->' in item || '->t->' in item) onDivert(item, itemPath, before === 'thread');
    if (typeof item['*'] === 'string' && (Number(item.flg ?? 0) & ONCE_ONLY) !== 0) {
      countedIfReentered.push([nodeOf(itemPath), resolvePath(item['*'], itemPath)]);
    }
  };
  walk(parsed.root, '', visit);

  // A divert to a variable may go to any target the story names: those may all run again.
  if (variableDiverts) for (const target of divertTargets) flow.called(nodeOf(target));
  const reenterable = flow.reenterable();
  for (const [node, path] of countedIfReentered) if (options.strict || reenterable.has(node)) counted.add(path);
  // READ_COUNT and TURNS_SINCE on a divert-target value: any target the story names may be read.
  if (dynamicCounts) for (const target of divertTargets) counted.add(target);
  const top = parsed.root[parsed.root.length - 1];
  return {
    countedPaths: [...counted].sort(),
    turnPaths: dynamicTurns ? [...divertTargets].sort() : [],
    readsTurnNumber,
    usesRandom,
    hasEndingTags,
    contentContainers: content,
    topLevelNames: new Set(isRecord(top) ? Object.keys(top).filter((k) => k !== '#f' && k !== '#n') : []),
    reenterable,
    strict: options.strict === true,
    stops: nameStops(stops),
  };
}
