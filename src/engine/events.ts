// The engine's typed events: what a playthrough reports that next() and choose() do not return (an ink
// warning, a quick load's settled history). One map, so a misspelt name or a wrong payload is a type error.
import type { Settlement } from './playthrough/saved-place.ts';

export interface InkIssue {
  severity: 'error' | 'warning';
  message: string;
  /** The ink path where it happened (knot.stitch...), when inkjs knows it. */
  path: string | null;
}

export interface EngineEvents {
  /** An ink runtime error or warning. Errors also throw from `next()`. */
  'story/error': InkIssue;
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
