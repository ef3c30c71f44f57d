// The port through which the player's progress (nodes seen, choices taken, endings found) outlives
// a run and a reload. src/persistence/progress-book.ts implements it over any KeyValueStore.
import type { Progress } from '../engine/index.ts';
import type { StoreResult } from './key-value-store.ts';

export interface ProgressStore {
  /** The progress so far (EMPTY_PROGRESS when none was stored). */
  load(): StoreResult<Progress>;
  /** Merges `progress` into what is stored (idempotent) and returns the merged whole. */
  record(progress: Progress): StoreResult<Progress>;
}
