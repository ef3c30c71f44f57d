// The story walked the way the browser tests and the bench find their scenes: option 1 at every
// choice, seed 1. Each beat comes with the playthrough at it, how many beats into its turn it is, and
// a run link that opens on it (`?run=...&at=n`, as a player's shared link would).
import { type Beat, encodeRun, Playthrough } from '../../src/engine/index.ts';

export interface OnPath {
  p: Playthrough;
  beat: Beat;
  /** The beat's place in its turn (1 for the first beat after a choice), the link's `at`. */
  at: number;
  /** A run link to this beat. */
  link: string;
}

export function* firstPath(json: string): Generator<OnPath> {
  const p = Playthrough.start(json, { seed: 1 });
  let at = 0;
  for (let guard = 0; guard < 20_000; guard++) {
    if (p.current?.kind === 'choices') {
      p.choose(0);
      at = 0;
    }
    const beat = p.next();
    at++;
    yield { p, beat, at, link: `?run=${encodeRun(p.run)}&at=${at}` };
    if (beat.kind === 'end') return;
  }
}
