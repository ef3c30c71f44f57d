// The storage port: text values under string keys. Synchronous, because both stores the game has
// (the browser's localStorage and memory) are. Faults are results, not exceptions: storage that is
// off, full or broken must never crash the game, and a failed write must leave the old value intact.

/** 'changed': the value is not what the writer last saw (another tab wrote it), so it was kept. */
export type StoreFault = 'unavailable' | 'full' | 'failed' | 'changed';

export interface StoreError {
  fault: StoreFault;
  /** For the player: what happened and what to do. */
  message: string;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export interface KeyValueStore {
  get(key: string): StoreResult<string | null>;
  /** Writes all or nothing: on failure the previous value is still there. */
  set(key: string, value: string): StoreResult<void>;
  remove(key: string): StoreResult<void>;
  /** The keys that start with `prefix`, sorted. */
  keys(prefix: string): StoreResult<string[]>;
}

export const ok = <T>(value: T): StoreResult<T> => ({ ok: true, value });
export const fail = <T>(fault: StoreFault, message: string): StoreResult<T> => ({ ok: false, error: { fault, message } });
