// The browser's localStorage behind the KeyValueStore port. Browser storage can be switched off
// (reading `localStorage` itself throws), full (setItem throws QuotaExceededError) or broken; each
// becomes a StoreError. setItem replaces a value whole or not at all, so a failed save never
// destroys the one before it.
import { fail, type KeyValueStore, ok, type StoreResult } from '../ports/key-value-store.ts';

/** The part of the DOM Storage interface we use (so tests can hand in their own). */
export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const OFF = 'Browser storage is switched off, so saves cannot be kept. Allow site data for this page, or play without saving.';

export class WebStorageStore implements KeyValueStore {
  /** `open` is called on each use: storage can be turned off while the game runs. */
  constructor(
    private readonly open: () => WebStorage,
    private readonly namespace = 'room7:',
  ) {}

  get(key: string): StoreResult<string | null> {
    return this.attempt((s) => ok(s.getItem(this.namespace + key)));
  }

  set(key: string, value: string): StoreResult<void> {
    return this.attempt((s) => {
      s.setItem(this.namespace + key, value);
      return ok(undefined);
    });
  }

  remove(key: string): StoreResult<void> {
    return this.attempt((s) => {
      s.removeItem(this.namespace + key);
      return ok(undefined);
    });
  }

  keys(prefix: string): StoreResult<string[]> {
    return this.attempt((s) => {
      const found: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key?.startsWith(this.namespace + prefix)) found.push(key.slice(this.namespace.length));
      }
      return ok(found.sort());
    });
  }

  private attempt<T>(action: (storage: WebStorage) => StoreResult<T>): StoreResult<T> {
    let storage: WebStorage;
    try {
      storage = this.open();
    } catch {
      return fail('unavailable', OFF);
    }
    try {
      return action(storage);
    } catch (e) {
      if (isQuotaError(e)) return fail('full', 'Browser storage is full: delete an old save to make room, then save again.');
      if (isSecurityError(e)) return fail('unavailable', OFF);
      return fail(
        'failed',
        `Browser storage failed (${e instanceof Error ? e.message : String(e)}); your earlier saves are untouched.`,
      );
    }
  }
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

function isQuotaError(e: unknown): boolean {
  // Chrome/Safari: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (code 1014).
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : null;
  return errorName(e) === 'QuotaExceededError' || errorName(e) === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function isSecurityError(e: unknown): boolean {
  return errorName(e) === 'SecurityError';
}
