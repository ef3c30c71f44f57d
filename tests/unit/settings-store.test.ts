import { describe, expect, test } from 'vitest';
import { MemoryStore } from '../../src/persistence/memory-store.ts';
import { WebStorageStore } from '../../src/persistence/web-storage-store.ts';
import { fail, type KeyValueStore } from '../../src/ports/key-value-store.ts';
import { repairSettings } from '../../src/settings/settings.ts';
import { readSettings, SETTINGS_KEY, settingsWriter } from '../../src/settings/settings-store.ts';

const defaults = repairSettings(undefined).settings;

describe('settings through the storage port', () => {
  test("kept under the browser's old key 'room7.settings'", () => {
    const raw = new Map<string, string>([['room7.settings', JSON.stringify({ ...defaults, textSpeed: 45 })]]);
    const storage = {
      getItem: (k: string) => raw.get(k) ?? null,
      setItem: (k: string, v: string) => void raw.set(k, v),
      removeItem: (k: string) => void raw.delete(k),
      key: (i: number) => [...raw.keys()][i] ?? null,
      get length() {
        return raw.size;
      },
    };
    const store = new WebStorageStore(() => storage, 'room7.');
    expect(readSettings(store, () => {}).textSpeed).toBe(45);
    settingsWriter(store, () => {})({ ...defaults, muted: true });
    expect(JSON.parse(raw.get('room7.settings') ?? '{}').muted).toBe(true);
  });

  test('broken text or storage that is off: the defaults and one warning', () => {
    const broken = new MemoryStore();
    broken.set(SETTINGS_KEY, '{not json');
    const warnings: string[] = [];
    expect(readSettings(broken, (m) => warnings.push(m))).toEqual(defaults);
    const memory = new MemoryStore();
    const off: KeyValueStore = {
      get: () => fail('unavailable', 'off'),
      set: (k, v) => memory.set(k, v),
      remove: (k) => memory.remove(k),
      keys: (p) => memory.keys(p),
    };
    expect(readSettings(off, (m) => warnings.push(m))).toEqual(defaults);
    expect(warnings).toEqual([
      'Your settings could not be read (browser storage is off or broken); the defaults are used.',
      'Your settings could not be read (browser storage is off or broken); the defaults are used.',
    ]);
  });

  test('a full store warns once and the game goes on', () => {
    const warnings: string[] = [];
    const write = settingsWriter(new MemoryStore(10), (m) => warnings.push(m));
    write(defaults);
    write({ ...defaults, muted: true });
    expect(warnings).toEqual([
      'Settings cannot be saved in this browser (storage is off or full); they last until you close the page.',
    ]);
  });
});
