// The settings' place in storage: one JSON value behind the KeyValueStore port, as saves are. A
// store that is off, full or holds broken text never stops the game: the defaults (or the repaired
// settings) are used, and the player is told once.
import type { KeyValueStore } from '../ports/key-value-store.ts';
import { repairSettings, type Settings } from './settings.ts';

/**
 * The key inside the settings store. main.ts opens that store with the namespace 'room7.', so the
 * browser keeps them under 'room7.settings' as it always has (saves live under 'room7:').
 */
export const SETTINGS_KEY = 'settings';

/** The stored settings, repaired where unreadable; the defaults when storage is off or broken. */
export function readSettings(store: KeyValueStore, warn: (message: string) => void): Settings {
  try {
    const result = store.get(SETTINGS_KEY);
    if (!result.ok) throw new Error(result.error.message);
    const raw = result.value;
    const { settings, repaired } = repairSettings(raw === null ? undefined : JSON.parse(raw));
    if (repaired.length > 0) warn(`Some settings were unreadable and were reset (${repaired.join(', ')}).`);
    return settings;
  } catch {
    warn('Your settings could not be read (browser storage is off or broken); the defaults are used.');
    return repairSettings(undefined).settings;
  }
}

/** Writes the settings whole; the first failure warns once, later ones are quiet. */
export function settingsWriter(store: KeyValueStore, warn: (message: string) => void): (s: Settings) => void {
  let warned = false;
  return (s) => {
    if (store.set(SETTINGS_KEY, JSON.stringify(s)).ok || warned) return;
    warned = true;
    warn('Settings cannot be saved in this browser (storage is off or full); they last until you close the page.');
  };
}
