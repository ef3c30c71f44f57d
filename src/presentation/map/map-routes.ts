// Routes for the branch map's "replay from here": for each choice the player has taken, the shortest
// run (seed + the choices before it, as a run code) that reached its choice point. Keyed by the
// option's path (inkjs Choice.sourcePath), the same key as Progress.choicesTaken, because a
// playthrough knows the path of each choice it took but not the weave that offered it; the map model
// takes a choice point's route as the shortest of its options' routes.
//
// Pure and idempotent: recordRoute returns the same object when nothing got shorter, so the caller
// can record after every choice and write to storage only when the result is a new object.
import { decodeRun, encodeRun, type Playthrough } from '../../engine/index.ts';

/** Option path (Choice.sourcePath) -> run code that reaches the choice point offering it. */
export type Routes = Readonly<Record<string, string>>;

export const NO_ROUTES: Routes = Object.freeze({});

/** How many choices a route makes, or null when it is unreadable or made on another story version. */
export function routeLength(code: string, storyHash: string): number | null {
  try {
    const run = decodeRun(code);
    return run.storyHash === storyHash ? run.choices.length : null;
  } catch {
    return null; // a damaged stored route is simply replaced by the next good one
  }
}

/** Adds the routes this playthrough proves, keeping for each option the one with the fewest choices. */
export function recordRoute(routes: Routes, playthrough: Playthrough): Routes {
  const { seed, storyHash } = playthrough;
  const choices = playthrough.run.choices;
  let out: Record<string, string> | null = null;
  playthrough.trail.forEach((taken, k) => {
    if (!taken.at) return;
    const known = (out ?? routes)[taken.at];
    const knownLength = known === undefined ? null : routeLength(known, storyHash);
    // Ties keep the stored route, so recording the same run twice changes nothing.
    if (knownLength !== null && knownLength <= k) return;
    out ??= { ...routes };
    out[taken.at] = encodeRun({ storyHash, seed, choices: choices.slice(0, k) });
  });
  return out ?? routes;
}

/** The shortest readable route among candidates on this story version (ties: the first given). */
export function shortestRoute(codes: Iterable<string>, storyHash: string): string | null {
  let best: string | null = null;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const code of codes) {
    const length = routeLength(code, storyHash);
    if (length !== null && length < bestLength) [best, bestLength] = [code, length];
  }
  return best;
}
