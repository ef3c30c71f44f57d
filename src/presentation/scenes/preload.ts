// Preload: the compiled story, the asset manifests and the title art, with a progress bar.
// Everything else loads on demand as scenes need it.
import { coverScale, TextureLoader, XHR_TIMEOUT } from '../assets.ts';
import { goTo } from '../go-to.ts';
import { CacheKey, SceneKey } from '../keys.ts';
import { readArtManifest, readAudioManifest } from '../manifest-schema.ts';
import Phaser from '../phaser.ts';
import { openRun } from '../play/links.ts';
import { services } from '../services.ts';
import { Colour, css, UI_FONT } from '../theme.ts';
import { viewOf } from '../view.ts';

const ART = 'manifest-art';
const AUDIO = 'manifest-audio';

export class PreloadScene extends Phaser.Scene {
  private failures: string[] = [];

  constructor() {
    super(SceneKey.Preload);
  }

  preload(): void {
    const { mirror, storyUrl } = services(this);
    const { width: w, height: h } = viewOf(this);
    const width = Math.min(720, w - 160);
    const x = (w - width) / 2;
    const y = h / 2;
    this.add.text(w / 2, y - 70, 'Room 7', { fontFamily: UI_FONT, fontSize: '48px', color: css(Colour.paper) }).setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(3, Colour.muted, 1).strokeRoundedRect(x - 6, y - 6, width + 12, 36, 10);
    const bar = this.add.graphics();
    this.load.on('progress', (p: number) => {
      bar
        .clear()
        .fillStyle(Colour.yellow, 1)
        .fillRoundedRect(x, y, Math.max(12, width * p), 24, 8);
    });
    mirror.announce('Loading Room 7…');
    this.load.on('loaderror', (file: Phaser.Loader.File) => this.failures.push(String(file.src)));
    this.load.text(CacheKey.story, storyUrl, XHR_TIMEOUT);
    // Loaded as text and parsed here: a broken or missing manifest is a warning, not a crash.
    this.load.text(ART, 'art/manifest.json', XHR_TIMEOUT);
    this.load.text(AUDIO, 'audio/manifest.json', XHR_TIMEOUT);
  }

  create(): void {
    const svc = services(this);
    if (!this.cache.text.exists(CacheKey.story)) {
      goTo(this, SceneKey.Error, {
        message: `The story did not load (${this.failures.join(', ') || 'no response'}). Check your connection and reload the page.`,
      });
      return;
    }
    const art = readArtManifest(this.cache.text.get(ART) as string | undefined, 'art/manifest.json');
    const audio = readAudioManifest(this.cache.text.get(AUDIO) as string | undefined, 'audio/manifest.json');
    for (const problem of [art.problem, audio.problem]) if (problem) svc.warn(problem);
    svc.art = art.manifest;
    svc.audio = audio.manifest;
    svc.textures = new TextureLoader(svc.art, svc.warn);
    const loader = svc.textures;
    // A run link opens the story: the title's art would only delay its first line.
    const { width, height } = viewOf(this);
    const title = loader.wantImage('title', 1920, 1080, coverScale(width, height));
    const titleArt = svc.startRun ? [] : [title, loader.wantImage('backpack_icon', 256, 256)];
    void loader.ensure(this, titleArt).then(() => this.begin());
  }

  /** A `?run=` link opens the story at that moment; a broken one says why over a normal title. */
  private begin(): void {
    const svc = services(this);
    const start = svc.startRun;
    svc.startRun = null;
    if (!start) {
      goTo(this, SceneKey.Title);
      return;
    }
    const outcome = openRun(this, start.code, start.beats);
    if (!outcome.ok) goTo(this, SceneKey.Title, { notice: outcome.message });
  }
}
