// The player's progress across runs, laid over the branch map: nodes seen, choices taken, endings
// found. Merging is idempotent (max of counts, earliest date), so the front end may record the same
// playthrough after every choice and at the end without counting anything twice.
import type { Playthrough } from '../playthrough/playthrough.ts';

export const PROGRESS_FORMAT = 1;

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  /** Node id (knot or knot.stitch) -> the most visits in any one run. */
  nodesSeen: Record<string, number>;
  /** Choice path (Choice.sourcePath, ChoiceOptionInfo.path) -> the most times taken in one run. */
  choicesTaken: Record<string, number>;
  /** Ending id -> when it was first found (ISO time). */
  endingsFound: Record<string, string>;
}

export const EMPTY_PROGRESS: Progress = Object.freeze({
  format: PROGRESS_FORMAT,
  nodesSeen: {},
  choicesTaken: {},
  endingsFound: {},
}) as Progress;

/** What one playthrough has seen so far. `nodeIds`: the graph's nodes (buildBranchGraph(json).nodes). */
export function progressOf(p: Playthrough, nodeIds: Iterable<string>, now: Date): Progress {
  const nodesSeen: Record<string, number> = {};
  for (const id of nodeIds) {
    const visits = p.visitCount(id);
    if (visits > 0) nodesSeen[id] = visits;
  }
  const choicesTaken: Record<string, number> = {};
  for (const choice of p.trail) choicesTaken[choice.at] = (choicesTaken[choice.at] ?? 0) + 1;
  const ending = p.presentation.ending;
  return { format: PROGRESS_FORMAT, nodesSeen, choicesTaken, endingsFound: ending ? { [ending]: now.toISOString() } : {} };
}

function maxOf(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = Math.max(out[key] ?? 0, value);
  return out;
}

export function mergeProgress(a: Progress, b: Progress): Progress {
  const endingsFound = { ...a.endingsFound };
  for (const [id, at] of Object.entries(b.endingsFound)) {
    const known = endingsFound[id];
    if (known === undefined || at < known) endingsFound[id] = at;
  }
  return {
    format: PROGRESS_FORMAT,
    nodesSeen: maxOf(a.nodesSeen, b.nodesSeen),
    choicesTaken: maxOf(a.choicesTaken, b.choicesTaken),
    endingsFound,
  };
}
