// The page's side of the composition root (with main.ts, the only code that touches window and
// document): storage, files, links, the clipboard and thumbnails.
import type Phaser from 'phaser';
import { MemoryStore } from './persistence/memory-store.ts';
import { WebStorageStore } from './persistence/web-storage-store.ts';
import type { KeyValueStore, StoreResult } from './ports/key-value-store.ts';
import { LOAD_TIMEOUT_MS } from './presentation/assets.ts';
import type { Platform } from './presentation/services.ts';
import { S } from './presentation/strings.ts';

/** A save is 10-20 KB (a whole run, 13 KB); a file past this is not a save, and is not read at all. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * Browser storage when it works; when it is off or fails, the game keeps playing on memory, warns
 * once, and never touches what is already stored.
 */
export function openStore(warn: (message: string) => void): KeyValueStore {
  const web = new WebStorageStore(() => window.localStorage);
  const probe = web.get('probe');
  if (!probe.ok) {
    warn(`${probe.error.message} Saves will last only until you close this page.`);
    return new MemoryStore();
  }
  let warned = false;
  const report = <T>(result: StoreResult<T>): StoreResult<T> => {
    if (!result.ok && !warned) {
      warned = true;
      warn(result.error.message);
    }
    return result;
  };
  return {
    get: (key) => report(web.get(key)),
    set: (key, value) => report(web.set(key, value)),
    remove: (key) => report(web.remove(key)),
    keys: (prefix) => report(web.keys(prefix)),
  };
}

/**
 * Offline play: registers the service worker (vite-plugin-pwa, build only; loaded after the game
 * starts so it costs the first screen nothing). A new version waits until the player chooses to
 * reload: this page keeps the game and story it started with, and a banner says the new one is ready.
 * `data-offline` on <html> says where it stands ("ready" once the game is cached), for tests and tools.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const root = document.documentElement;
  import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const update = registerSW({
        immediate: true,
        onOfflineReady: () => {
          root.dataset.offline = 'ready';
        },
        onNeedRefresh: () => {
          root.dataset.offline = 'update';
          showUpdateBanner(() => void update(true));
        },
        // Not a warning: the game plays the same online; only offline play is missing (a browser
        // that blocks service workers, a private window).
        onRegisterError: () => console.info(`[Room 7] ${S.offline.failed}`),
      });
    })
    .catch(() => console.info(`[Room 7] ${S.offline.failed}`));
  // Already cached on an earlier visit: this page is served by the worker.
  if (navigator.serviceWorker.controller) root.dataset.offline = 'ready';
}

/** The "new version" banner over the game: plain DOM (styled in style.css), focusable, never in the way. */
function showUpdateBanner(reload: () => void): void {
  if (document.getElementById('update')) return;
  const banner = document.createElement('div');
  banner.id = 'update';
  banner.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = S.offline.updateReady;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = S.offline.reload;
  button.addEventListener('click', reload);
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = S.offline.later;
  later.addEventListener('click', () => banner.remove());
  banner.append(text, button, later);
  document.body.append(banner);
}

/** Offers text to the player as a file to keep (an exported save). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Asks the player for a save file; a file too big or unreadable is refused in plain words. */
function pickFile(): ReturnType<Platform['pickFile']> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > MAX_IMPORT_BYTES) return resolve({ refused: S.slots.importTooBig(file.size, MAX_IMPORT_BYTES) });
      file.text().then(
        (text) => resolve({ text }),
        () => resolve({ refused: S.slots.importUnreadable }),
      );
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Large enough to recognise the scene on the Save screen (shown at 384x216 or more). */
function thumbnailCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width > height ? 480 : 270;
  canvas.height = Math.round((canvas.width * height) / width);
  return canvas;
}

/**
 * A small JPEG of the canvas for the Save screen, or null when there is no game or it cannot be read.
 * The frame drawn next, as Phaser's snapshot would give; with the Canvas renderer it is scaled down
 * from the canvas itself at once (the snapshot would first encode and decode the whole canvas as a
 * PNG: 100-350 ms of one frame at an autosave). WebGL clears its canvas after each frame: snapshot.
 */
function thumbnail(g: Phaser.Game | null): ReturnType<Platform['thumbnail']> {
  if (!g) return Promise.resolve(null);
  return new Promise((resolve) => {
    const shrink = (image: CanvasImageSource & { width: number; height: number }) => {
      const canvas = thumbnailCanvas(image.width, image.height);
      canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/jpeg', 0.72));
    };
    try {
      if (g.canvas && !('gl' in g.renderer)) g.events.once('postrender', () => shrink(g.canvas));
      else g.renderer.snapshot((image) => (image instanceof HTMLImageElement ? shrink(image) : resolve(null)));
    } catch {
      resolve(null);
    }
  });
}

export function makePlatform(game: () => Phaser.Game | null): Platform {
  const prefetched = new Set<string>();
  return {
    download,
    pickFile,
    thumbnail: () => thumbnail(game()),
    runUrl(code, beats) {
      const url = new URL(window.location.href);
      url.search = '';
      url.hash = '';
      url.searchParams.set('run', code);
      url.searchParams.set('at', String(beats));
      return url.toString();
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    onStorageChange(listener) {
      const handler = (event: StorageEvent) => listener(event.key);
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
    prefetch(urls) {
      for (const url of urls) {
        if (prefetched.has(url)) continue;
        prefetched.add(url);
        // Read to the end so the cache keeps it; a failure is forgotten so a later look may retry.
        fetch(url, { priority: 'low', signal: AbortSignal.timeout(LOAD_TIMEOUT_MS) })
          .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
          .catch(() => prefetched.delete(url));
      }
    },
  };
}
