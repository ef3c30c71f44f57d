// The asset catalogue: reads the art and audio manifests (assets/art/manifest.json,
// assets/audio/manifest.json) and loads textures on demand. A missing or broken file is a warning and
// a fallback, never a crash.
import type Phaser from 'phaser';

export interface ArtManifest {
  backgrounds: Record<string, string>;
  portraits: Record<string, Record<string, string>>;
  particles: Record<string, string>;
  images: Record<string, string>;
}

export interface AudioEntry {
  src: string;
  loop?: boolean;
  caption?: string;
}

export interface AudioManifest {
  music: Record<string, AudioEntry>;
  ambience: Record<string, AudioEntry>;
  sfx: Record<string, AudioEntry>;
}

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
  width: number;
  height: number;
}

/** Loads textures on demand with the scene's loader; resolves when each is loaded or has failed. */
export class TextureLoader {
  private readonly failed = new Set<string>();
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

  wantBackground(id: string): Wanted | null {
    const url = this.art.backgrounds[id];
    return url ? { key: textureKey.background(id), url, width: 1920, height: 1080 } : null;
  }

  wantPortrait(who: string, expression: string): Wanted | null {
    const url = this.art.portraits[who]?.[expression] ?? this.art.portraits[who]?.neutral;
    return url ? { key: textureKey.portrait(who, expression), url, width: 600, height: 900 } : null;
  }

  wantParticle(id: string): Wanted | null {
    const url = this.art.particles[id];
    return url ? { key: textureKey.particle(id), url, width: 64, height: 64 } : null;
  }

  wantImage(id: string, width: number, height: number): Wanted | null {
    const url = this.art.images[id];
    return url ? { key: textureKey.image(id), url, width, height } : null;
  }

  /** Loads what is not yet in the texture manager; never rejects. */
  ensure(scene: Phaser.Scene, wanted: (Wanted | null)[]): Promise<void> {
    this.queue = this.queue.then(() => this.load(scene, wanted));
    return this.queue;
  }

  private load(scene: Phaser.Scene, wanted: (Wanted | null)[]): Promise<void> {
    const todo = wanted.filter((w): w is Wanted => w !== null && !scene.textures.exists(w.key) && !this.failed.has(w.key));
    if (todo.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const loader = scene.load;
      const onError = (file: Pick<Phaser.Loader.File, 'key' | 'src'>) => {
        this.failed.add(file.key);
        this.warn(`Could not load ${file.src}; the scene goes on without it.`);
      };
      let files: Phaser.Loader.File[] = [];
      const complete = () => {
        // A file that arrived but did not decode fails without a 'loaderror': it is a failure all the same.
        for (const w of todo) if (!scene.textures.exists(w.key) && !this.failed.has(w.key)) onError({ key: w.key, src: w.url });
        done();
      };
      const done = () => {
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
        for (const file of files) {
          file.resetXHR();
          file.xhrLoader?.abort();
        }
        done();
      };
      loader.on('loaderror', onError);
      loader.once('complete', complete);
      scene.events.once('shutdown', abandon);
      const keys = new Set(todo.map((w) => w.key));
      for (const w of todo) loader.svg(w.key, w.url, { width: w.width, height: w.height });
      files = [...loader.list].filter((file) => keys.has(file.key));
      loader.start();
    });
  }

  has(scene: Phaser.Scene, key: string): boolean {
    return scene.textures.exists(key) && !this.failed.has(key);
  }
}
