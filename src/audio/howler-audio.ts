// The AudioPort over howler. Howls are made lazily from the manifest, one per sound, the first time a
// sound is wanted (so nothing downloads before the story asks for it). Loops crossfade with Howl.fade;
// master volume and mute are howler's global ones, the channel levels are each sound's own.
// Sound must never stop the story: a missing file, a decode error or blocked autoplay is one warning
// and silence for that sound, and no call here throws.
import { Howl, Howler, type HowlerGlobal, type HowlOptions } from 'howler';
import type { AudioPort, LoopChannel, SoundManifest, Volumes } from '../ports/audio.ts';
import { sameVolumes } from './volumes.ts';

export interface HowlerAudioOptions {
  /** Read at each use: the preloader fills it after the port is built. */
  manifest: () => SoundManifest;
  warn: (message: string) => void;
  volumes: Volumes;
  /** Makes a Howl; tests pass a recording fake. */
  makeHowl?: (options: HowlOptions) => Howl;
  /** howler's global (volume, mute, its AudioContext); tests pass a fake. */
  howler?: HowlerGlobals;
}

export type HowlerGlobals = Pick<HowlerGlobal, 'volume' | 'mute' | 'noAudio' | 'usingWebAudio' | 'ctx' | 'autoUnlock'>;

/** How long a loop takes to come back when the tab is shown again, ms. */
const RETURN_FADE = 600;
/** How long after the first loop starts we look for an AudioContext the browser is holding, ms. */
const AUTOPLAY_CHECK = 3000;
export const AUTOPLAY_WARNING = 'The browser is holding the sound back; it starts after your next click or key press.';
export const NO_AUDIO_WARNING = 'This browser cannot play sound; the story goes on in silence.';

type Key = `${'music' | 'ambience' | 'sfx'}:${string}`;

/** A loop that is playing: its Howl and howler's id for this playback. */
interface Voice {
  id: string;
  howl: Howl;
  sound: number;
}

export class HowlerAudio implements AudioPort {
  private readonly howls = new Map<Key, Howl>();
  private readonly broken = new Set<Key>();
  /** Each message once: a browser without sound, or a held context, is one warning, not one per sound. */
  private readonly warned = new Set<string>();
  private readonly voices: Record<LoopChannel, Voice | null> = { music: null, ambience: null };
  /** What each loop channel should play; while the tab is hidden it may differ from `voices`. */
  private readonly wanted: Record<LoopChannel, string | null> = { music: null, ambience: null };
  private volumes: Volumes;
  private hidden = false;
  /** Set once the first Howl exists: touching howler's globals earlier would create an AudioContext before any gesture. */
  private started = false;
  private autoplayChecked = false;
  private readonly makeHowl: (options: HowlOptions) => Howl;
  private readonly global: HowlerGlobals;

  constructor(private readonly options: HowlerAudioOptions) {
    this.volumes = { ...options.volumes };
    this.makeHowl = options.makeHowl ?? ((o) => new Howl(o));
    this.global = options.howler ?? Howler;
    this.global.autoUnlock = true;
  }

  crossfade(channel: LoopChannel, id: string | null, fadeMs: number): void {
    if (this.wanted[channel] === id) return;
    this.wanted[channel] = id;
    this.safely(() => {
      this.release(channel, this.hidden ? 0 : fadeMs);
      // Hidden: nothing starts now; resume() starts what is wanted then.
      if (!this.hidden) this.start(channel, fadeMs);
    });
  }

  effect(id: string): void {
    // An effect belongs to its moment: one that falls while the tab is hidden is not saved for later.
    if (this.hidden) return;
    this.safely(() => this.howl('sfx', id)?.play());
  }

  setVolumes(volumes: Volumes): void {
    // Setting a sound's volume cancels its fade: only touch howler when something really changed.
    if (sameVolumes(volumes, this.volumes)) return;
    this.volumes = { ...volumes };
    if (!this.started) return;
    this.safely(() => {
      this.applyGlobals();
      for (const channel of ['music', 'ambience'] as const) {
        const voice = this.voices[channel];
        voice?.howl.volume(volumes[channel], voice.sound);
      }
      for (const [key, howl] of this.howls) if (key.startsWith('sfx:')) howl.volume(volumes.sfx);
    });
  }

  suspend(): void {
    this.hidden = true;
    if (!this.started) return;
    this.safely(() => {
      const ctx = this.context();
      // Web Audio: freeze the clock, fades included. HTML5 audio has no clock to freeze: mute it.
      if (ctx) ctx.suspend().catch(() => undefined);
      else this.global.mute(true);
    });
  }

  resume(): void {
    this.hidden = false;
    this.safely(() => {
      const ctx = this.started ? this.context() : null;
      if (ctx) ctx.resume().catch(() => undefined);
      else if (this.started) this.global.mute(this.volumes.muted);
      for (const channel of ['music', 'ambience'] as const) if (!this.voices[channel]) this.start(channel, RETURN_FADE);
    });
  }

  unlock(): void {
    // howler's autoUnlock resumes its context on the first click or key; this covers a context
    // created (and so held) before that gesture, and any pointer, not only a click.
    this.safely(() => {
      const ctx = this.context();
      if (this.started && !this.hidden && ctx?.state === 'suspended') ctx.resume().catch(() => undefined);
    });
  }

  /** The last line of defence of "sound never stops the story": a howler surprise is a warning. */
  private safely(action: () => void): void {
    try {
      action();
    } catch (e) {
      this.warnOnce(`Sound hit a problem (${e instanceof Error ? e.message : String(e)}); the story goes on.`);
    }
  }

  private start(channel: LoopChannel, fadeMs: number): void {
    const id = this.wanted[channel];
    const howl = id === null ? null : this.howl(channel, id);
    if (id === null || !howl) return;
    const sound = howl.play();
    if (typeof sound !== 'number') return;
    // Loop Howls are made at volume 0, so a sound never starts loud before its fade begins.
    if (fadeMs > 0) howl.fade(0, this.volumes[channel], fadeMs, sound);
    else howl.volume(this.volumes[channel], sound);
    this.voices[channel] = { id, howl, sound };
    this.checkAutoplay();
  }

  private release(channel: LoopChannel, fadeMs: number): void {
    const voice = this.voices[channel];
    this.voices[channel] = null;
    if (!voice) return;
    const { howl, sound } = voice;
    if (fadeMs <= 0 || howl.state() !== 'loaded') {
      howl.stop(sound);
      return;
    }
    howl.fade(howl.volume(sound) as number, 0, fadeMs, sound);
    // Listen only after fade(): it ends any fade-in still running, which emits a 'fade' of its own.
    howl.once('fade', () => howl.stop(sound), sound);
  }

  /** The Howl for a sound, made on first use; null when it cannot play (already warned). */
  private howl(channel: LoopChannel | 'sfx', id: string): Howl | null {
    const key: Key = `${channel}:${id}`;
    const known = this.howls.get(key);
    if (known) return known;
    if (this.broken.has(key)) return null;
    if (this.global.noAudio) return this.fail(key, NO_AUDIO_WARNING);
    const entry = this.options.manifest()[channel]?.[id];
    if (!entry) return this.fail(key, `The sound "${id}" is not in audio/manifest.json; it stays silent.`);
    let howl: Howl;
    try {
      howl = this.makeHowl({
        src: [entry.src],
        loop: channel !== 'sfx',
        volume: channel === 'sfx' ? this.volumes.sfx : 0,
        onloaderror: () => {
          this.fail(key, `The sound ${entry.src} could not be loaded or decoded; the story goes on without it.`);
          howl.unload();
        },
        onplayerror: () => this.blocked(),
      });
    } catch {
      return this.fail(key, `The sound ${entry.src} could not be set up; the story goes on without it.`);
    }
    this.howls.set(key, howl);
    if (!this.started) {
      this.started = true;
      this.applyGlobals();
    }
    return howl;
  }

  private fail(key: Key, message: string): null {
    this.broken.add(key);
    this.howls.delete(key);
    this.warnOnce(message);
    return null;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.options.warn(message);
  }

  private applyGlobals(): void {
    this.global.volume(this.volumes.master);
    // Hidden without Web Audio, the mute is what holds the sound (see suspend).
    if (!this.hidden || this.context()) this.global.mute(this.volumes.muted);
  }

  /** HTML5 audio reports a blocked play; Web Audio just holds its context suspended. */
  private blocked(): void {
    this.warnOnce(AUTOPLAY_WARNING);
  }

  /** howler's AudioContext, when it plays through Web Audio (its typings claim one always exists). */
  private context(): AudioContext | null {
    return this.global.usingWebAudio ? ((this.global.ctx as AudioContext | null | undefined) ?? null) : null;
  }

  private checkAutoplay(): void {
    if (this.autoplayChecked) return;
    this.autoplayChecked = true;
    setTimeout(() => {
      if (!this.hidden && this.context()?.state === 'suspended') this.blocked();
    }, AUTOPLAY_CHECK);
  }
}
