// ProgressStore over a KeyValueStore: progress as JSON under one key, checked with valibot on read.
// A stored record that cannot be read is moved aside (never overwritten) before a fresh one starts,
// so no progress is lost to a bug or a hand edit.
import * as v from 'valibot';
import { EMPTY_PROGRESS, mergeProgress, type Progress } from '../engine/index.ts';
import { fail, type KeyValueStore, ok, type StoreResult } from '../ports/key-value-store.ts';
import type { ProgressStore } from '../ports/progress-store.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const ProgressSchema = v.object({
  format: v.literal(1),
  nodesSeen: v.record(v.string(), count),
  choicesTaken: v.record(v.string(), count),
  endingsFound: v.record(v.string(), v.pipe(v.string(), v.isoTimestamp())),
});

export const PROGRESS_KEY = 'progress';

export class ProgressBook implements ProgressStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key = PROGRESS_KEY,
  ) {}

  load(): StoreResult<Progress> {
    const read = this.store.get(this.key);
    if (!read.ok) return read;
    if (read.value === null) return ok(EMPTY_PROGRESS);
    const parsed = safeJson(read.value);
    const checked = v.safeParse(ProgressSchema, parsed);
    if (checked.success) return ok(checked.output);
    const aside = this.store.set(`${this.key}.unreadable.${Date.now()}`, read.value);
    if (!aside.ok)
      return fail('failed', `Your progress record cannot be read and could not be set aside (${aside.error.message}).`);
    const cleared = this.store.remove(this.key);
    return cleared.ok ? ok(EMPTY_PROGRESS) : cleared;
  }

  record(progress: Progress): StoreResult<Progress> {
    const loaded = this.load();
    if (!loaded.ok) return loaded;
    const merged = mergeProgress(loaded.value, progress);
    const written = this.store.set(this.key, JSON.stringify(merged));
    return written.ok ? ok(merged) : written;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
