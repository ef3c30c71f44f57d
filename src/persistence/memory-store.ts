// The in-memory KeyValueStore: for tests, tools, and as the fallback when browser storage is off.
// A quota (in characters of keys + values) lets tests exercise the "storage full" path.
import { fail, type KeyValueStore, ok, type StoreResult } from '../ports/key-value-store.ts';

export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, string>();

  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}

  get(key: string): StoreResult<string | null> {
    return ok(this.data.get(key) ?? null);
  }

  set(key: string, value: string): StoreResult<void> {
    const used = this.used() - (this.data.has(key) ? key.length + (this.data.get(key)?.length ?? 0) : 0);
    if (used + key.length + value.length > this.quota) return fail('full', 'Storage is full: delete an old save to make room.');
    this.data.set(key, value);
    return ok(undefined);
  }

  remove(key: string): StoreResult<void> {
    this.data.delete(key);
    return ok(undefined);
  }

  keys(prefix: string): StoreResult<string[]> {
    return ok([...this.data.keys()].filter((k) => k.startsWith(prefix)).sort());
  }

  private used(): number {
    let total = 0;
    for (const [k, v] of this.data) total += k.length + v.length;
    return total;
  }
}
