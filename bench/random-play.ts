// Seeded random playthroughs of a compiled story, for the long-play test (a few hundred, in
// `npm test`) and the bench (10,000). One StoryEngine is reused, reset between runs (parsing the
// story once instead of per run makes a run about twice as fast); each run sets its seed as a new
// engine would. A run picks its options with its own generator seeded from the same number, so run N
// is the same run every time, and tests/unit/long-play.test.ts checks it matches a fresh Playthrough.
// A run is good when it reaches the end with an `# ending:` tag naming one of ENDINGS, within
// MAX_BEATS beats (a loop in the story would be a bad run, not a hang), with no ink error.
import { ENDINGS, StoryEngine } from '../src/engine/index.ts';

export const MAX_BEATS = 20_000;

export interface RunResult {
  seed: number;
  choices: number;
  beats: number;
  /** The last `# ending:` id seen; null if none. */
  ending: string | null;
  /** Why the run is bad; null when it is good. */
  error: string | null;
}

/** xorshift32: a small, fast generator; `pick(n)` is in 0..n-1. */
export function picker(seed: number): (n: number) => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return (n) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}

const KNOWN = new Set(ENDINGS.map((e) => e.id));

export class RandomPlayer {
  private readonly engine: StoryEngine;

  constructor(json: string) {
    this.engine = new StoryEngine(json, { seed: 1 });
  }

  play(seed: number): RunResult {
    const { story } = this.engine;
    story.ResetState();
    story.state.storySeed = seed;
    story.state.previousRandom = 0;
    const pick = picker(seed);
    let choices = 0;
    let ending: string | null = null;
    try {
      for (let beats = 1; beats <= MAX_BEATS; beats++) {
        const beat = this.engine.next();
        for (const c of beat.commands) if (c.kind === 'ending') ending = c.id;
        if (beat.kind === 'end') {
          const error = ending === null ? 'ended without an ending tag' : KNOWN.has(ending) ? null : `unknown ending "${ending}"`;
          return { seed, choices, beats, ending, error };
        }
        if (beat.kind === 'choices') {
          this.engine.choose(pick(beat.choices.length));
          choices++;
        }
      }
      return { seed, choices, beats: MAX_BEATS, ending, error: `no end within ${MAX_BEATS} beats` };
    } catch (e) {
      return { seed, choices, beats: 0, ending, error: e instanceof Error ? e.message : String(e) };
    }
  }
}

export interface Tally {
  runs: number;
  bad: RunResult[];
  endings: Record<string, number>;
  choices: { min: number; max: number; total: number };
}

export function tally(results: Iterable<RunResult>): Tally {
  const t: Tally = { runs: 0, bad: [], endings: {}, choices: { min: Number.POSITIVE_INFINITY, max: 0, total: 0 } };
  for (const r of results) {
    t.runs++;
    if (r.error) t.bad.push(r);
    if (r.ending) t.endings[r.ending] = (t.endings[r.ending] ?? 0) + 1;
    t.choices.min = Math.min(t.choices.min, r.choices);
    t.choices.max = Math.max(t.choices.max, r.choices);
    t.choices.total += r.choices;
  }
  return t;
}
