// Which lines the player has read, across runs, for "skip text already read". A line is keyed by
// its node and a short hash of its text; the set is saved through the storage port now and then.
// Several tabs share the one record: each write merges what is stored with what this tab has read,
// so a tab that closes never wipes the marks another tab made.
import type { KeyValueStore } from '../ports/key-value-store.ts';

const KEY = 'read-lines';

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export class ReadLines {
  private readonly seen = new Set<string>();
  private dirty = 0;

  constructor(private readonly store: KeyValueStore) {
    this.merge();
  }

  /** Adds the marks stored now (another tab's included) to this tab's. */
  private merge(): void {
    const got = this.store.get(KEY);
    if (got.ok && got.value) for (const k of got.value.split(',')) if (k) this.seen.add(k);
  }

  static key(node: string | null, text: string): string {
    return `${hash(node ?? '')}.${hash(text)}`;
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }

  add(key: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (++this.dirty >= 20) this.flush();
  }

  /** Writes this tab's marks merged with the stored ones: marks are only ever added. */
  flush(): void {
    this.dirty = 0;
    this.merge();
    this.store.set(KEY, [...this.seen].join(','));
  }
}
