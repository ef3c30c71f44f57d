// The engine's typed events: what the presentation, the audio director, the DOM mirror and the
// progress book listen to. One map, so a misspelt event name or a wrong payload is a type error.
import type { Settlement } from './playthrough/saved-place.ts';
import type { Run } from './run/run.ts';
import type { Beat, ChoiceOption } from './story-engine.ts';

export interface InkIssue {
  severity: 'error' | 'warning';
  message: string;
  /** The ink path where it happened (knot.stitch...), when inkjs knows it. */
  path: string | null;
}

export type RunChange = 'start' | 'choice' | 'fork' | 'rewind' | 'load';

export interface EngineEvents {
  /** A beat was shown (a line, the choices, or the end). */
  'story/beat': { beat: Beat; turn: number };
  /** Choices are on offer at turn `turn` (0 = before the first choice). */
  'story/choices': { choices: readonly ChoiceOption[]; turn: number };
  /** The story ended; `ending` is the id of its `# ending:` tag, if any. */
  'story/end': { ending: string | null };
  /** An ink runtime error or warning. Errors also throw from `next()`. */
  'story/error': InkIssue;
  /** The run (seed and choices) changed: a choice, a fork after a rewind, a rewind, a load. */
  'run/changed': { run: Run; reason: RunChange };
  /** A quick load's history was rebuilt (Playthrough.settle); `exact` false: the saved state did not replay exactly. */
  'history/settled': Settlement;
}

export type Listener<T> = (payload: T) => void;

/** A small typed emitter. A listener that throws does not stop the others; the first error is rethrown. */
export class Emitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    let failure: unknown = null;
    for (const listener of this.listeners.get(type) ?? []) {
      try {
        (listener as Listener<Events[K]>)(payload);
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure !== null) throw failure;
  }
}
