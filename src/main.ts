// The composition root: builds the services, starts Phaser, and catches what escapes.
// The only file that touches window.
import { Mirror } from './a11y/mirror.ts';
import { SelfVoicing } from './a11y/self-voicing.ts';
import { AudioDirector } from './audio/director.ts';
import { HowlerAudio } from './audio/howler-audio.ts';
import { volumesOf } from './audio/volumes.ts';
import { ProgressBook } from './persistence/progress-book.ts';
import { SaveSlots } from './persistence/save-slots.ts';
import { WebStorageStore } from './persistence/web-storage-store.ts';
import { makePlatform, openStore, registerOffline } from './platform.ts';
import { EMPTY_ART, EMPTY_AUDIO } from './presentation/assets.ts';
import { goTo } from './presentation/go-to.ts';
import { SceneKey } from './presentation/keys.ts';
import Phaser from './presentation/phaser.ts';
import { reloadStory } from './presentation/play/hot-reload.ts';
import { ReadLines } from './presentation/read-lines.ts';
import { chooseRenderer } from './presentation/renderer.ts';
import { BootScene } from './presentation/scenes/boot.ts';
import { ContentNoteScene } from './presentation/scenes/content-note.ts';
import { ErrorScene } from './presentation/scenes/error.ts';
import { InfoScene } from './presentation/scenes/info.ts';
import { lazyScene } from './presentation/scenes/lazy-scene.ts';
import { MenuScene } from './presentation/scenes/menu.ts';
import { PreloadScene } from './presentation/scenes/preload.ts';
import { SettingsScene } from './presentation/scenes/settings.ts';
import { SlotsScene } from './presentation/scenes/slots.ts';
import { StoryScene } from './presentation/scenes/story.ts';
import { TitleScene } from './presentation/scenes/title.ts';
import { provideServices, type Services, SILENT, type SoundStage } from './presentation/services.ts';
import { Colour } from './presentation/theme.ts';
import { setView, viewConfig } from './presentation/view.ts';
import { viewFor } from './presentation/view-size.ts';
import { SettingsController } from './settings/controller.ts';
import { readSettings, settingsWriter } from './settings/settings-store.ts';
import { STORY_EVENT, type StoryEventData } from './story-event.ts';

function probeWebGl(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

/** The sound: howler behind the audio director, fed by the settings and the tab's visibility. */
function startSound(services: Services): SoundStage {
  const { settings, mirror, warn } = services;
  let audio: HowlerAudio;
  try {
    // The preloader fills services.audio later: the manifest is read at each use.
    audio = new HowlerAudio({ manifest: () => services.audio, warn, volumes: volumesOf(settings.get()) });
  } catch {
    warn('Sound could not start in this browser; the story goes on in silence.');
    return SILENT;
  }
  settings.onChange((s) => audio.setVolumes(volumesOf(s)));
  document.addEventListener('visibilitychange', () => (document.hidden ? audio.suspend() : audio.resume()));
  if (document.hidden) audio.suspend();
  // Every gesture, not just the first: a touch's pointerdown may not count as one for the browser,
  // and unlock() costs nothing once the sound runs.
  for (const type of ['pointerdown', 'pointerup', 'keydown']) window.addEventListener(type, () => audio.unlock(), true);
  return new AudioDirector({
    port: audio,
    manifest: () => services.audio,
    // Captions follow their setting in the text version too: with it off they would be one line in seven.
    onCaption: (text) => {
      if (!settings.get().captions) return;
      mirror.line(`[${text}]`);
      for (const show of services.soundCaptions) show(text);
    },
  });
}

/** The text version follows the look settings, and speaks itself when self-voicing is on. */
function startMirrorLook(mirror: Mirror, settings: SettingsController): () => readonly string[] {
  const speech = 'speechSynthesis' in window ? window.speechSynthesis : null;
  const utter = typeof SpeechSynthesisUtterance === 'function' ? (text: string) => new SpeechSynthesisUtterance(text) : null;
  const voice = new SelfVoicing(speech, utter, () => settings.get());
  mirror.setSpeaker((text, interrupt) => voice.say(text, interrupt));
  mirror.setLook(settings.get());
  settings.onChange((s) => {
    mirror.setLook(s);
    if (!s.selfVoicing) voice.stop();
  });
  return () => {
    try {
      return speech?.getVoices().map((v) => v.name) ?? [];
    } catch {
      return [];
    }
  };
}

/** The text version, and the one warning channel: console and screen reader, each message once. */
function initMirror(): { mirror: Mirror; warn: (message: string) => void } {
  const mirrorRoot = document.getElementById('mirror');
  if (!mirrorRoot) throw new Error('index.html lacks the #mirror element.');
  const mirror = new Mirror(mirrorRoot);
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    console.warn(`[Room 7] ${message}`);
    mirror.announce(message);
  };
  return { mirror, warn };
}

/** The settings, kept in browser storage under 'room7.settings' (not the saves' 'room7:' namespace). */
function initSettings(warn: (message: string) => void): SettingsController {
  const store = new WebStorageStore(() => window.localStorage, 'room7.');
  return new SettingsController(
    readSettings(store, warn),
    settingsWriter(store, warn),
    () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  );
}

/** The view of the window now: its design size, and the canvas at the window's pixels (view.ts). */
const windowView = () => viewFor(window.innerWidth, window.innerHeight, window.devicePixelRatio);

/** Phaser with every scene; WebGL unless the probe or `?renderer=` says canvas. */
function initGame(params: URLSearchParams): Phaser.Game {
  const renderer = chooseRenderer({ rendererName: probeWebGl }, params.get('renderer'));
  document.documentElement.dataset.renderer = renderer.choice;
  console.info(`[Room 7] renderer: ${renderer.choice} (${renderer.reason})`);
  const game = new Phaser.Game({
    type: renderer.choice === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: 'game',
    backgroundColor: Colour.night,
    ...viewConfig(windowView()),
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    input: { gamepad: true },
    scene: [
      BootScene,
      PreloadScene,
      TitleScene,
      ContentNoteScene,
      StoryScene,
      MenuScene,
      InfoScene,
      SettingsScene,
      SlotsScene,
      lazyScene(SceneKey.Map, () => import('./presentation/scenes/map.ts').then((m) => m.MapScene), SceneKey.Error),
      ErrorScene,
    ],
    banner: false,
    // A request that never answers (each file's XHR_TIMEOUT, assets.ts) is tried once more, then
    // ends as a failed file: its fallback and one warning, not a hang.
    loader: { maxRetries: 1 },
  });
  // index.html's first-paint loading screen stays until the canvas has drawn its first frame.
  game.events.once('postrender', () => {
    const loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
  });
  return game;
}

interface ServiceParts {
  game: Phaser.Game;
  mirror: Mirror;
  warn: (message: string) => void;
  settings: SettingsController;
  params: URLSearchParams;
}

/** What every scene reads from the registry: stores, settings, the page's platform, the sound. */
function initServices({ game, mirror, warn, settings, params }: ServiceParts): Services {
  const voices = startMirrorLook(mirror, settings);
  const store = openStore(warn);
  const services: Services = {
    sound: SILENT,
    soundCaptions: new Set(),
    mirror,
    settings,
    storyUrl: 'story.json',
    restart: () => window.location.reload(),
    warn,
    art: EMPTY_ART,
    audio: EMPTY_AUDIO,
    textures: null,
    platform: makePlatform(() => game),
    slots: new SaveSlots(store),
    progress: new ProgressBook(store),
    store,
    readLines: new ReadLines(store),
    voices,
    startRun: params.get('run') === null ? null : { code: params.get('run') ?? '', beats: Number(params.get('at') ?? 1) || 1 },
  };
  services.sound = startSound(services);
  provideServices(game, services);
  return services;
}

/** The page's events: resize, leaving the page, and errors nobody caught (the error screen). */
function initPageEvents(game: Phaser.Game, services: Services, params: URLSearchParams): void {
  // Browser tests (`?test`) read the canvas's truth: Phaser's display list and the story screen's builds.
  if (params.has('test')) (window as unknown as { room7Game?: Phaser.Game }).room7Game = game;
  // For tests that read Phaser's display list: an event nobody listens to in play.
  window.dispatchEvent(new CustomEvent('room7:game', { detail: game }));
  window.addEventListener('pagehide', () => services.readLines.flush());
  // Landscape 1920x1080 or portrait 1080x1920, whichever fits the window, drawn at the window's
  // pixels (a change of devicePixelRatio, as a browser zoom, fires resize too); scenes relayout.
  window.addEventListener('resize', () => setView(game, windowView()));
  const showError = (reason: unknown) => {
    const message = reason instanceof Error ? reason.message : String(reason);
    for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
    goTo(game, SceneKey.Error, { message: `Unexpected error: ${message}` });
  };
  window.addEventListener('error', (event) => showError(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => showError(event.reason));
}

/**
 * Authors (dev server only): a saved .ink file recompiles; the game replays the current run on the
 * new story. A compile error shows in Vite's overlay and the last good story keeps running.
 */
function initHotReload(game: Phaser.Game, mirror: Mirror, warn: (message: string) => void): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(STORY_EVENT, (data: StoryEventData) => {
    if (!data.ok) return;
    // The story compiles again: close the overlay an earlier error opened (Vite closes it only on a
    // module update, and this is none).
    for (const overlay of document.querySelectorAll('vite-error-overlay')) (overlay as { close?: () => void }).close?.();
    void fetch('story.json', { cache: 'no-store' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`story.json: ${r.status}`))))
      .then((json) => {
        const scene = game.scene.getScenes(true)[0];
        if (!scene) return;
        const outcome = reloadStory(scene, json, data.places ?? {});
        console.info(`[Room 7] ${outcome.message}`);
        mirror.announce(outcome.message);
      })
      .catch((e: unknown) => warn(`The new story could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
  });
}

function start(): void {
  const { mirror, warn } = initMirror();
  const settings = initSettings(warn);
  const params = new URLSearchParams(window.location.search);
  const game = initGame(params);
  const services = initServices({ game, mirror, warn, settings, params });
  registerOffline();
  initPageEvents(game, services, params);
  initHotReload(game, mirror, warn);
}

start();
