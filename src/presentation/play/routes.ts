// The map's "Replay from here": the shortest run known to each option taken, kept in the storage port.
import type { KeyValueStore } from '../../ports/key-value-store.ts';
import { NO_ROUTES, type Routes, recordRoute } from '../map/map-routes.ts';
import type { StorySession } from '../session.ts';

const ROUTES_KEY = 'map-routes';

/** Stored routes, or none when the record is missing or unreadable (it is rebuilt as the player plays). */
export function readRoutes(store: KeyValueStore): Routes {
  const got = store.get(ROUTES_KEY);
  if (!got.ok || !got.value) return NO_ROUTES;
  try {
    const parsed = JSON.parse(got.value) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return NO_ROUTES;
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return NO_ROUTES;
  }
}

/** Adds the playthrough's routes to the stored ones (written only when something is new). */
export function recordRoutes(store: KeyValueStore, session: StorySession): void {
  const before = readRoutes(store);
  const after = recordRoute(before, session.playthrough);
  if (after !== before) store.set(ROUTES_KEY, JSON.stringify(after));
}
