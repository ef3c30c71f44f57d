// The asset catalogue: reads the art and audio manifests (assets/art/manifest.json,
// assets/audio/manifest.json) and loads textures on demand. A missing or broken file is a warning and
// a fallback, never a crash.
import { LOAD_TIMEOUT_MS } from '../load-timeout.ts';
import type { SoundManifest } from '../ports/audio.ts';
import Phaser from './phaser.ts';
import { viewOf } from './view.ts';

export interface ArtManifest {
  backgrounds: Record<string, string>;
  portraits: Record<string, Record<string, string>>;
  particles: Record<string, string>;
  images: Record<string, string>;
}

/** The audio manifest is the sound port's (src/ports/audio.ts). */
export type AudioManifest = SoundManifest;

/** Phaser's loader/const.js FILE_ERRORED (the slim core build does not export the constants). */
const FILE_ERRORED = 16;

/**
 * Each file's XHR settings: the timeout. Given per file because Phaser's game-wide `loader.timeout`
 * is overridden by every file's own default of 0 (its MergeXHRSettings keeps a local 0).
 */
export const XHR_TIMEOUT = { timeout: LOAD_TIMEOUT_MS } as Phaser.Types.Loader.XHRSettingsObject;

/** Past every retry of the loader's own timeout: a load still not finished then is given up. */
const WATCHDOG_MS = LOAD_TIMEOUT_MS * 2 + 2000;

export const EMPTY_ART: ArtManifest = { backgrounds: {}, portraits: {}, particles: {}, images: {} };
export const EMPTY_AUDIO: AudioManifest = { music: {}, ambience: {}, sfx: {} };

export const textureKey = {
  background: (id: string) => `bg:${id}`,
  portrait: (who: string, expression: string) => `pt:${who}:${expression}`,
  particle: (id: string) => `px:${id}`,
  image: (id: string) => `img:${id}`,
};

interface Wanted {
  key: string;
  url: string;
  /** The art's size in design units when drawn at `drawnAt` (its full size: see pixelSize). */
  width: number;
  height: number;
  /** Design units per unit of width and height where it is drawn (a background's cover scale); 1 if omitted. */
  drawnAt?: number;
  /** Rasterised at width x height whatever the view (particles: the layer cuts its own sizes from it). */
  fixed?: boolean;
  /** Art that costs a lot to draw as vectors: kept as pixels with the Canvas renderer (see rasterise). */
  raster?: boolean;
  /** Never dropped by trim(): a scene draws it without asking the loader again (the title's art). */
  pinned?: boolean;
}

/**
 * Pixels kept for rasterised art, in bytes (a background is 8.3 MB, a portrait 2.2 MB). Past this,
 * the least recently wanted art that nothing shows is dropped; it loads again when wanted.
 */
const RASTER_BUDGET = 48_000_000;

/**
 * Stops a file's request still under way, so it cannot land later. A file past its request (its
 * image still decoding) cannot be stopped: it is kept from adding its texture when it finishes, for
 * the load that replaced it adds the same key (a resize storm rebuilt the story screen mid-load and
 * Phaser logged "Texture key already in use" for each).
 */
function cancelRequest(file: Phaser.Loader.File): void {
  file.resetXHR();
  file.xhrLoader?.abort();
  file.addToCache = () => {};
}

/** Loads textures on demand with the scene's loader; resolves when each is loaded or has failed. */
export class TextureLoader {
  private readonly failed = new Set<string>();
  /** Textures rasterise() made and trim() may drop, with their size in bytes, least recently wanted first. */
  private readonly rastered = new Map<string, number>();
  /**
   * The pixels to rasterise art at: its size on the canvas (view.ts), so that it is drawn pixel for
   * pixel, and never more than its full size (a background upright is drawn larger than the 1920
   * x 1080 it is kept at).
   */
  private pixelSize(scene: Phaser.Scene, w: Wanted): { width: number; height: number } {
    const scale = w.fixed ? 1 : Math.min(1, (w.drawnAt ?? 1) * viewOf(scene).zoom);
    return { width: Math.max(1, Math.round(w.width * scale)), height: Math.max(1, Math.round(w.height * scale)) };
  }

  /** Loads run one after another: the scene's loader is shared. */
  private queue: Promise<void> = Promise.resolve();
  private readonly warn: (message: string) => void;

  constructor(
    private readonly art: ArtManifest,
    warn: (message: string) => void,
  ) {
    this.warn = warn;
  }

  backgroundUrl(id: string): string | undefined {
    return this.art.backgrounds[id];
  }

  /** A background (16:9, 1920 x 1080 at most) covering a screen of this size in design units. */
  wantBackground(id: string, screen: { width: number; height: number }): Wanted | null {
    const url = this.art.backgrounds[id];
    const drawnAt = coverScale(screen.width, screen.height);
    return url ? { key: textureKey.background(id), url, width: 1920, height: 1080, drawnAt, raster: true } : null;
  }

  /** A portrait (2:3) drawn this tall in design units. */
  wantPortrait(who: string, expression: string, height: number): Wanted | null {
    const url = this.art.portraits[who]?.[expression] ?? this.art.portraits[who]?.neutral;
    const width = Math.round((height * 2) / 3);
    return url ? { key: textureKey.portrait(who, expression), url, width, height, raster: true } : null;
  }

  wantParticle(id: string): Wanted | null {
    const url = this.art.particles[id];
    // Drawn a hundred times a frame: as pixels (64 x 64, 16 KB), never released.
    return url ? { key: textureKey.particle(id), url, width: 64, height: 64, raster: true, fixed: true } : null;
  }

  wantImage(id: string, width: number, height: number, drawnAt = 1): Wanted | null {
    const url = this.art.images[id];
    return url ? { key: textureKey.image(id), url, width, height, drawnAt, raster: true, pinned: true } : null;
  }

  /** Loads what is not yet in the texture manager; never rejects. */
  ensure(scene: Phaser.Scene, wanted: (Wanted | null)[]): Promise<void> {
    this.queue = this.queue.then(() => this.load(scene, wanted));
    return this.queue;
  }

  private load(scene: Phaser.Scene, wanted: (Wanted | null)[]): Promise<void> {
    for (const w of wanted) {
      // Wanted again: the most recently wanted is dropped last.
      const bytes = w ? this.rastered.get(w.key) : undefined;
      if (w && bytes !== undefined) {
        this.rastered.delete(w.key);
        this.rastered.set(w.key, bytes);
      }
    }
    const todo = wanted.filter((w): w is Wanted => w !== null && !this.failed.has(w.key) && !this.fits(scene, w));
    return todo.length === 0 ? Promise.resolve() : this.loadFiles(scene, todo);
  }

  /**
   * Loaded at the size wanted now. Art loaded for another size (the window was resized) is loaded
   * again at this one, unless something shows it (then it is drawn scaled until the next load).
   */
  private fits(scene: Phaser.Scene, w: Wanted): boolean {
    if (!scene.textures.exists(w.key)) return false;
    const source = scene.textures.get(w.key).source[0];
    const want = this.pixelSize(scene, w);
    if (!source || (source.width === want.width && source.height === want.height)) return true;
    if (texturesInUse(scene.sys.game).has(w.key)) return true;
    scene.textures.remove(w.key);
    this.rastered.delete(w.key);
    return false;
  }

  /** Loads todo through the scene's loader; resolves when each file has arrived or failed (or the scene ended). */
  private loadFiles(scene: Phaser.Scene, todo: Wanted[]): Promise<void> {
    return new Promise((resolve) => {
      const loader = scene.load;
      const onError = (file: Pick<Phaser.Loader.File, 'key' | 'src'>) => {
        this.failed.add(file.key);
        this.warn(`Could not load ${file.src}; the scene goes on without it.`);
      };
      let files: Phaser.Loader.File[] = [];
      const complete = () => {
        // A file that arrived but did not decode fails without a 'loaderror': it is a failure all the same.
        for (const w of todo) {
          if (!scene.textures.exists(w.key)) {
            if (!this.failed.has(w.key)) onError({ key: w.key, src: w.url });
          } else if (w.raster) this.rasterise(scene, w);
        }
        this.trim(scene, keys);
        done();
      };
      const done = () => {
        clearTimeout(watchdog);
        loader.off('complete', complete);
        loader.off('loaderror', onError);
        scene.events.off('shutdown', abandon);
        resolve();
      };
      // A scene rebuilt mid-load (a resize restarts the story screen) resets its loader, which then
      // never completes: without this, this load and every one queued after it would wait forever.
      // Its requests still under way are cancelled (else they would land after the rebuilt scene
      // has asked for the same art again); the rebuilt scene loads what it needs.
      const abandon = () => {
        for (const file of files) cancelRequest(file);
        done();
      };
      // The XHR timeout ends a request that never answers; this ends anything else that never
      // finishes (a file that arrived but whose image never decodes): failed, with its warning.
      const watchdog = setTimeout(() => {
        for (const file of files) {
          if (!loader.inflight.has(file)) continue;
          cancelRequest(file);
          file.state = FILE_ERRORED;
          loader.nextFile(file, false);
        }
      }, WATCHDOG_MS);
      loader.on('loaderror', onError);
      loader.once('complete', complete);
      scene.events.once('shutdown', abandon);
      const keys = new Set(todo.map((w) => w.key));
      for (const w of todo) loader.svg(w.key, w.url, this.pixelSize(scene, w), XHR_TIMEOUT);
      files = [...loader.list].filter((file) => keys.has(file.key));
      loader.start();
    });
  }

  has(scene: Phaser.Scene, key: string): boolean {
    return scene.textures.exists(key) && !this.failed.has(key);
  }

  /**
   * Canvas renderer only. It draws an SVG image by rendering its vectors again on every frame: a
   * painted background or the title takes 70-100 ms per frame that way here (headless Chromium,
   * software), the same pixels from a canvas about 1 ms. So big art becomes pixels once, when it
   * loads (portraits, ~2.5 ms a frame each as SVG, and particles, drawn a hundred times a frame,
   * too). WebGL uploads the pixels to the GPU once by itself. Pixels cost memory: see trim().
   */
  private rasterise(scene: Phaser.Scene, w: Wanted): void {
    if (scene.sys.game.renderer.type !== Phaser.CANVAS) return;
    const image = scene.textures.get(w.key).getSourceImage();
    if (!(image instanceof HTMLImageElement)) return;
    scene.textures.remove(w.key);
    const { width, height } = this.pixelSize(scene, w);
    const texture = scene.textures.createCanvas(w.key, width, height);
    if (!texture) return;
    texture.context.drawImage(image, 0, 0, width, height);
    texture.refresh();
    if (!w.pinned) this.rastered.set(w.key, width * height * 4);
  }

  /**
   * Keeps rasterised art within RASTER_BUDGET: drops the least recently wanted that nothing shows
   * (`keep`: what was just loaded, which the caller is about to show).
   */
  private trim(scene: Phaser.Scene, keep: ReadonlySet<string>): void {
    let total = 0;
    for (const bytes of this.rastered.values()) total += bytes;
    if (total <= RASTER_BUDGET) return;
    const shown = texturesInUse(scene.sys.game);
    for (const [key, bytes] of this.rastered) {
      if (total <= RASTER_BUDGET) break;
      if (shown.has(key) || keep.has(key)) continue;
      this.rastered.delete(key);
      if (scene.textures.exists(key)) scene.textures.remove(key);
      total -= bytes;
    }
  }
}

/** The scale at which 16:9 art covers a screen of this size (cropped at the sides upright, never stretched). */
export function coverScale(width: number, height: number): number {
  return Math.max(width / 1920, height / 1080);
}

/** The keys of the textures that game objects in any scene show now (containers included). */
function texturesInUse(game: Phaser.Game): Set<string> {
  const keys = new Set<string>();
  const visit = (o: Phaser.GameObjects.GameObject) => {
    const key = (o as { texture?: { key?: string } }).texture?.key;
    if (key) keys.add(key);
    const list = (o as { list?: unknown }).list;
    if (Array.isArray(list)) for (const child of list) visit(child as Phaser.GameObjects.GameObject);
  };
  for (const scene of game.scene.getScenes(false)) for (const o of scene.sys.displayList?.list ?? []) visit(o);
  return keys;
}
