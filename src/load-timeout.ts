/** The wait for one request on a player's page (see LOAD_TIMEOUT_MS). */
const PLAYER_TIMEOUT_MS = 8000;

/**
 * A test page (`?test`) may ask for a shorter wait with `&load-timeout=ms` (500 or more), so that the
 * tests of a stalled server see its fallback in seconds, not after two full waits. Any other page,
 * and Node (the tools), gets the player's wait.
 */
function timeoutOfPage(): number {
  if (typeof location === 'undefined') return PLAYER_TIMEOUT_MS;
  const params = new URLSearchParams(location.search);
  const asked = Number(params.get('load-timeout'));
  return params.has('test') && Number.isInteger(asked) && asked >= 500 ? asked : PLAYER_TIMEOUT_MS;
}

/**
 * How long one request may take before it counts as failed (Phaser's loader, as its XHR timeout,
 * presentation/assets.ts XHR_TIMEOUT; the story's fetch, story-source.ts), each tried once more.
 * Generous for a slow phone line (the largest file the game waits for is ~0.3 MB), short enough that
 * a request that never answers ends in its fallback instead of a hang. In a module of its own: the
 * page's entry (start.ts) uses it before Phaser has loaded.
 */
export const LOAD_TIMEOUT_MS = timeoutOfPage();
