/**
 * How long one request may take before it counts as failed (Phaser's loader, as its XHR timeout,
 * presentation/assets.ts XHR_TIMEOUT; the story's fetch, story-source.ts), each tried once more.
 * Generous for a slow phone line (the largest file the game waits for is ~0.3 MB), short enough that
 * a request that never answers ends in its fallback instead of a hang. In a module of its own: the
 * page's entry (start.ts) uses it before Phaser has loaded.
 */
export const LOAD_TIMEOUT_MS = 8000;
