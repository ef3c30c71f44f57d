// Save slots over the storage port: the autosave, the quick save, eight manual slots, and one slot per
// chapter start (for "replay a chapter"). A slot holds the save text (save-codec.ts) and a small
// JPEG thumbnail under its own key, so a missing thumbnail never costs a save. Every write goes
// through the port, whose failures leave the old value in place: no save is lost to a full disk.

import { chapterLine } from '../engine/index.ts';
import type { KeyValueStore, StoreResult } from '../ports/key-value-store.ts';
import { fail, ok } from '../ports/key-value-store.ts';
import { readEnvelope, SaveError } from './save-codec.ts';

export const MANUAL_SLOTS = ['slot1', 'slot2', 'slot3', 'slot4', 'slot5', 'slot6', 'slot7', 'slot8'] as const;
/** 'link': the autosave of a run opened from a shared link, kept apart from the player's own 'auto'. */
export const PLAYER_SLOTS = ['auto', 'link', 'quick', ...MANUAL_SLOTS] as const;
export type SlotId = (typeof PLAYER_SLOTS)[number] | `chapter${number}`;

export interface SlotSummary {
  id: SlotId;
  /** null: empty. */
  save: string | null;
  chapter: string;
  savedAt: string;
  summary: string;
  thumbnail: string | null;
  /** Set when the stored save cannot be read; the slot is kept (never deleted behind the player's back). */
  problem: string | null;
}

const saveKey = (id: SlotId) => `save.${id}`;
const thumbKey = (id: SlotId) => `thumb.${id}`;

/** "Chapter 2: Room 7", or the prologue's own title; '' before the first chapter card. */
export function chapterName(chapter: { number: number; title: string } | null): string {
  if (!chapter) return '';
  return chapter.number === 0 ? chapter.title : chapterLine(chapter.number, chapter.title);
}

export class SaveSlots {
  constructor(private readonly store: KeyValueStore) {}

  /**
   * `expected`: the save text the player was shown in this slot (null: shown empty). When given, the
   * slot is read again first and a different value (another tab saved there meanwhile) is kept and
   * reported as 'changed': a save never replaces one the player has not seen.
   */
  write(id: SlotId, save: string, thumbnail: string | null, expected?: string | null): StoreResult<void> {
    if (expected !== undefined) {
      const now = this.store.get(saveKey(id));
      if (!now.ok) return now;
      if (now.value !== expected) return fail('changed', 'This slot was changed elsewhere since it was shown; it was kept.');
    }
    const written = this.store.set(saveKey(id), save);
    if (!written.ok) return written;
    if (thumbnail)
      this.store.set(thumbKey(id), thumbnail); // best effort: a save without a picture is still a save
    else this.store.remove(thumbKey(id));
    return ok(undefined);
  }

  read(id: SlotId): StoreResult<SlotSummary> {
    const got = this.store.get(saveKey(id));
    if (!got.ok) return got;
    const thumb = this.store.get(thumbKey(id));
    const thumbnail = thumb.ok ? thumb.value : null;
    const empty: SlotSummary = { id, save: null, chapter: '', savedAt: '', summary: '', thumbnail: null, problem: null };
    if (got.value === null) return ok(empty);
    const envelope = readEnvelope(got.value);
    if (envelope instanceof SaveError) return ok({ ...empty, save: got.value, problem: envelope.message });
    return ok({
      id,
      save: got.value,
      chapter: chapterName(envelope.presentation.chapter),
      savedAt: envelope.savedAt,
      summary: envelope.summary,
      thumbnail,
      problem: null,
    });
  }

  remove(id: SlotId): StoreResult<void> {
    const removed = this.store.remove(saveKey(id));
    if (removed.ok) this.store.remove(thumbKey(id));
    return removed;
  }
}
