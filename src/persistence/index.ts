// Persistence: the save codec (validated, rebuilt on story edits), the progress book, and the stores
// behind the KeyValueStore port. src/main.ts builds a WebStorageStore(() => window.localStorage),
// falling back to a MemoryStore when browser storage is off.
export { MemoryStore } from './memory-store.ts';
export { PROGRESS_KEY, ProgressBook } from './progress-book.ts';
export {
  decodeSave,
  encodeSave,
  type LoadResult,
  type RebuildReport,
  readEnvelope,
  SaveError,
  type SaveProblem,
  savePlaythrough,
} from './save-codec.ts';
export { type WebStorage, WebStorageStore } from './web-storage-store.ts';
