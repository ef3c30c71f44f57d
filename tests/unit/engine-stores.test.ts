// The storage port's implementations: memory, and browser storage with its faults (switched off,
// full, broken). A failed write must leave the value before it intact.
import { describe, expect, test } from 'vitest';
import { MemoryStore } from '../../src/persistence/memory-store.ts';
import { type WebStorage, WebStorageStore } from '../../src/persistence/web-storage-store.ts';

/** A Storage stand-in for Node (the browser's own is exercised by the browser tests). */
class TestStorage implements WebStorage {
  readonly data = new Map<string, string>();
  failWith: Error | null = null;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWith) throw this.failWith;
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const domError = (name: string, code = 0) => Object.assign(new Error(name), { name, code });

describe('MemoryStore', () => {
  test('gets, sets, removes and lists by prefix', () => {
    const store = new MemoryStore();
    expect(store.get('a')).toEqual({ ok: true, value: null });
    store.set('save:2', 'two');
    store.set('save:1', 'one');
    store.set('other', 'x');
    expect(store.keys('save:')).toEqual({ ok: true, value: ['save:1', 'save:2'] });
    store.remove('save:1');
    expect(store.get('save:1')).toEqual({ ok: true, value: null });
    expect(store.get('save:2')).toEqual({ ok: true, value: 'two' });
  });

  test('over its quota a write fails as "full" and the old value stays', () => {
    const store = new MemoryStore(20);
    expect(store.set('k', 'small').ok).toBe(true);
    expect(store.set('k', 'x'.repeat(30))).toMatchObject({ ok: false, error: { fault: 'full' } });
    expect(store.get('k')).toEqual({ ok: true, value: 'small' });
  });
});

describe('WebStorageStore', () => {
  test('keeps its keys under a namespace', () => {
    const storage = new TestStorage();
    const store = new WebStorageStore(() => storage);
    store.set('save:1', 'one');
    storage.setItem('unrelated', 'x');
    expect([...storage.data.keys()]).toEqual(['room7:save:1', 'unrelated']);
    expect(store.keys('save:')).toEqual({ ok: true, value: ['save:1'] });
    expect(store.get('save:1')).toEqual({ ok: true, value: 'one' });
  });

  test('storage switched off: every call reports "unavailable", none throws', () => {
    const store = new WebStorageStore(() => {
      throw domError('SecurityError', 18);
    });
    for (const result of [store.get('a'), store.set('a', 'b'), store.remove('a'), store.keys('')]) {
      expect(result).toMatchObject({
        ok: false,
        error: { fault: 'unavailable', message: expect.stringMatching(/switched off/) },
      });
    }
  });

  test('storage full: "full", and the earlier save is untouched', () => {
    const storage = new TestStorage();
    const store = new WebStorageStore(() => storage);
    store.set('save:1', 'the old save');
    storage.failWith = domError('QuotaExceededError', 22);
    expect(store.set('save:1', 'the new save')).toMatchObject({
      ok: false,
      error: { fault: 'full', message: expect.stringMatching(/full/) },
    });
    expect(store.get('save:1')).toEqual({ ok: true, value: 'the old save' });
    storage.failWith = domError('NS_ERROR_DOM_QUOTA_REACHED', 1014);
    expect(store.set('save:1', 'again')).toMatchObject({ ok: false, error: { fault: 'full' } });
  });

  test('any other throw is "failed", with the reason', () => {
    const storage = new TestStorage();
    storage.failWith = new Error('disk on fire');
    const result = new WebStorageStore(() => storage).set('a', 'b');
    expect(result).toMatchObject({
      ok: false,
      error: { fault: 'failed', message: expect.stringMatching(/disk on fire.*untouched/) },
    });
  });
});
