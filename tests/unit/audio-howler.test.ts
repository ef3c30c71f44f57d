// HowlerAudio in Node: with howler itself in its noAudio mode (the story never notices), and with a
// recording stand-in for Howl and howler's global, to check what it asks of howler: fades, stops,
// volumes, mute, the hidden tab, and one warning (then silence) for a sound that cannot play.
import { readFileSync } from 'node:fs';
import { Howler, type HowlOptions } from 'howler';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AudioDirector } from '../../src/audio/director.ts';
import { AUTOPLAY_WARNING, HowlerAudio, type HowlerGlobals, NO_AUDIO_WARNING } from '../../src/audio/howler-audio.ts';
import { parseTag } from '../../src/engine/index.ts';
import type { SoundManifest, Volumes } from '../../src/ports/audio.ts';

const manifest = JSON.parse(readFileSync('assets/audio/manifest.json', 'utf8')) as SoundManifest;
const VOLUMES: Volumes = { master: 0.9, music: 0.7, ambience: 0.6, sfx: 0.8, muted: false };

/** Records what is asked of one Howl. Sound ids start at 1000, as howler's do (so ids never look like volumes). */
class FakeHowl {
  static next = 1000;
  readonly log: string[] = [];
  readonly levels = new Map<number, number>();
  group: number;
  loaded = true;
  throwOnPlay = false;
  private listeners: { event: string; id: number; fn: () => void }[] = [];

  constructor(readonly options: HowlOptions) {
    this.group = options.volume ?? 1;
  }
  play(): number {
    if (this.throwOnPlay) throw new Error('InvalidStateError');
    const id = FakeHowl.next++;
    this.levels.set(id, this.group);
    this.log.push(`play #${id}`);
    return id;
  }
  fade(from: number, to: number, ms: number, id: number): this {
    this.levels.set(id, to);
    this.log.push(`fade #${id} ${from}->${to} ${ms}ms`);
    return this;
  }
  volume(vol?: number, id?: number): number | this {
    if (vol === undefined) return this.group;
    if (id === undefined && this.levels.has(vol)) return this.levels.get(vol) ?? 0;
    if (id === undefined) this.group = vol;
    else this.levels.set(id, vol);
    this.log.push(id === undefined ? `volume ${vol}` : `volume #${id} ${vol}`);
    return this;
  }
  stop(id: number): this {
    this.levels.delete(id);
    this.log.push(`stop #${id}`);
    return this;
  }
  once(event: string, fn: () => void, id: number): this {
    this.listeners.push({ event, fn, id });
    return this;
  }
  emit(event: string, id: number): void {
    const due = this.listeners.filter((l) => l.event === event && l.id === id);
    this.listeners = this.listeners.filter((l) => !due.includes(l));
    for (const l of due) l.fn();
  }
  state(): string {
    return this.loaded ? 'loaded' : 'loading';
  }
  unload(): void {
    this.log.push('unload');
  }
}

function fakeGlobal(ctx: Partial<AudioContext> | null = null) {
  const global = {
    noAudio: false,
    usingWebAudio: ctx !== null,
    ctx,
    autoUnlock: false,
    master: 1,
    muted: false,
    volume(v?: number) {
      if (v === undefined) return global.master;
      global.master = v;
      return global;
    },
    mute(m: boolean) {
      global.muted = m;
      return global;
    },
  };
  return global;
}

function rig(options: { ctx?: Partial<AudioContext>; volumes?: Volumes } = {}) {
  const howls: FakeHowl[] = [];
  const warnings: string[] = [];
  const global = fakeGlobal(options.ctx ?? null);
  const audio = new HowlerAudio({
    manifest: () => manifest,
    warn: (m) => warnings.push(m),
    volumes: options.volumes ?? VOLUMES,
    howler: global as unknown as HowlerGlobals,
    makeHowl: (o) => {
      const howl = new FakeHowl(o);
      howls.push(howl);
      return howl as unknown as Howl;
    },
  });
  const howl = (src: string) => {
    const found = howls.find((h) => (h.options.src as string[])[0]?.endsWith(`/${src}.mp3`));
    if (!found) throw new Error(`no Howl for ${src}`);
    return found;
  };
  return { audio, howls, warnings, global, howl };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('loops and effects through howler', () => {
  test('nothing touches howler before a sound is wanted (no AudioContext before a gesture)', () => {
    const { audio, howls, global } = rig();
    audio.setVolumes({ ...VOLUMES, master: 0.5 });
    audio.suspend();
    audio.resume();
    audio.unlock();
    expect(howls).toEqual([]);
    expect(global.master).toBe(1);
  });

  test('a loop is made from the manifest at volume 0 and fades in to its channel level; the globals follow the settings', () => {
    const { audio, howls, howl, global } = rig();
    audio.crossfade('music', 'court', 2000);
    expect(howls).toHaveLength(1);
    expect(howl('court').options).toMatchObject({ src: ['audio/music/court.mp3'], loop: true, volume: 0 });
    const [play, fade] = howl('court').log;
    const id = Number(play?.split('#')[1]);
    expect(fade).toBe(`fade #${id} 0->0.7 2000ms`);
    expect(global.master).toBe(0.9);
    expect(global.muted).toBe(false);
  });

  test('a change fades the old loop out and stops it when its fade ends; the same loop again restarts nothing', () => {
    const { audio, howl, howls } = rig();
    audio.crossfade('music', 'court', 2000);
    const court = howl('court');
    const id = Number(court.log[0]?.split('#')[1]);
    audio.crossfade('music', 'tension', 1500);
    expect(court.log.at(-1)).toBe(`fade #${id} 0.7->0 1500ms`);
    expect(court.log).not.toContain(`stop #${id}`);
    court.emit('fade', id);
    expect(court.log.at(-1)).toBe(`stop #${id}`);
    expect(howl('tension').log.map((l) => l.replace(/#\d+/, '#n'))).toEqual(['play #n', 'fade #n 0->0.7 1500ms']);
    audio.crossfade('music', 'tension', 1500);
    expect(howl('tension').log).toHaveLength(2);
    audio.crossfade('music', null, 1500);
    expect(howl('tension').log.at(-1)).toMatch(/^fade #\d+ 0\.7->0 1500ms$/);
    expect(howls).toHaveLength(2);
  });

  test('a loop still loading is stopped at once rather than faded', () => {
    const { audio, howl } = rig();
    audio.crossfade('ambience', 'rain', 2500);
    howl('rain').loaded = false;
    audio.crossfade('ambience', 'snow', 2500);
    expect(howl('rain').log.at(-1)).toMatch(/^stop #\d+$/);
  });

  test('effects are one Howl each, played at the effects level, as often as asked', () => {
    const { audio, howl, howls } = rig();
    audio.effect('gavel');
    audio.effect('gavel');
    expect(howls).toHaveLength(1);
    expect(howl('gavel').options).toMatchObject({ src: ['audio/sfx/gavel.mp3'], volume: 0.8 });
    expect(howl('gavel').log.filter((l) => l.startsWith('play'))).toHaveLength(2);
  });
});

describe('volumes and mute', () => {
  test('master and mute are howler globals; music, ambience and effects levels are set on what plays', () => {
    const { audio, howl, global } = rig();
    audio.crossfade('music', 'court', 0);
    audio.crossfade('ambience', 'courtroom', 0);
    audio.effect('bell');
    audio.setVolumes({ master: 0.5, music: 0.25, ambience: 1, sfx: 0.6, muted: true });
    expect(global.master).toBe(0.5);
    expect(global.muted).toBe(true);
    expect([...howl('court').levels.values()]).toEqual([0.25]);
    expect([...howl('courtroom').levels.values()]).toEqual([1]);
    expect(howl('bell').group).toBe(0.6);
    audio.setVolumes({ master: 0.5, music: 0.25, ambience: 1, sfx: 0.6, muted: false });
    expect(global.muted).toBe(false);
  });

  test('unchanged volumes (another setting changed) touch no sound, so a crossfade is not cut short', () => {
    const { audio, howl } = rig();
    audio.crossfade('music', 'court', 2000);
    const before = [...howl('court').log];
    audio.setVolumes({ ...VOLUMES });
    expect(howl('court').log).toEqual(before);
  });
});

describe('the hidden tab', () => {
  test('Web Audio: the context is suspended and resumed; effects while hidden are dropped; a loop change waits for the return', () => {
    const ctx = {
      state: 'running' as AudioContextState,
      suspend: vi.fn(async () => undefined),
      resume: vi.fn(async () => undefined),
    };
    const { audio, howl, howls } = rig({ ctx });
    audio.crossfade('music', 'court', 2000);
    audio.suspend();
    expect(ctx.suspend).toHaveBeenCalledTimes(1);
    audio.effect('alarm');
    audio.crossfade('music', 'room7', 2000);
    expect(howl('court').log.at(-1)).toMatch(/^stop #\d+$/);
    expect(howls.map((h) => (h.options.src as string[])[0])).toEqual(['audio/music/court.mp3']);
    audio.resume();
    expect(ctx.resume).toHaveBeenCalledTimes(1);
    expect(howl('room7').log.map((l) => l.replace(/#\d+/, '#n'))).toEqual(['play #n', 'fade #n 0->0.7 600ms']);
  });

  test('HTML5 audio (no context): hidden is a mute, and the return gives back the player’s own mute setting', () => {
    const { audio, global } = rig({ volumes: { ...VOLUMES, muted: false } });
    audio.crossfade('ambience', 'snow', 0);
    audio.suspend();
    expect(global.muted).toBe(true);
    audio.setVolumes({ ...VOLUMES, master: 0.3 });
    expect(global.muted).toBe(true);
    audio.resume();
    expect(global.muted).toBe(false);
  });
});

describe('a sound that cannot play is one warning and silence, and the story never notices', () => {
  test('a file that fails to load or decode: one warning, and it is never asked for again', () => {
    const { audio, howl, howls, warnings } = rig();
    audio.crossfade('music', 'court', 2000);
    howl('court').options.onloaderror?.(0, 'Decoding audio data failed.');
    expect(warnings).toEqual(['The sound audio/music/court.mp3 could not be loaded or decoded; the story goes on without it.']);
    audio.crossfade('music', 'tension', 2000);
    audio.crossfade('music', 'court', 2000);
    audio.crossfade('music', 'tension', 2000);
    expect(howls).toHaveLength(2);
    expect(warnings).toHaveLength(1);
  });

  test('a sound missing from the manifest: one warning', () => {
    const { audio, warnings } = rig();
    audio.effect('trumpet');
    audio.effect('trumpet');
    expect(warnings).toEqual(['The sound "trumpet" is not in audio/manifest.json; it stays silent.']);
  });

  test('blocked autoplay: one warning, whether HTML5 audio reports it or the context stays suspended', () => {
    vi.useFakeTimers();
    const ctx = {
      state: 'suspended' as AudioContextState,
      suspend: vi.fn(async () => undefined),
      resume: vi.fn(async () => undefined),
    };
    const { audio, howl, warnings } = rig({ ctx });
    audio.crossfade('music', 'court', 2000);
    howl('court').options.onplayerror?.(1000, 'NotAllowedError');
    howl('court').options.onplayerror?.(1000, 'NotAllowedError');
    vi.advanceTimersByTime(5000);
    expect(warnings).toEqual([AUTOPLAY_WARNING]);
    audio.unlock();
    expect(ctx.resume).toHaveBeenCalled();
  });

  test('howler throwing is a warning, never an exception', () => {
    const { audio, howl, warnings } = rig();
    audio.effect('gavel');
    howl('gavel').throwOnPlay = true;
    expect(() => audio.effect('gavel')).not.toThrow();
    expect(warnings).toEqual(['Sound hit a problem (InvalidStateError); the story goes on.']);
  });

  test('real howler with noAudio (as in a browser without sound): the director plays on, one warning, captions still come', () => {
    Howler.noAudio = true;
    const warnings: string[] = [];
    const captions: string[] = [];
    const audio = new HowlerAudio({ manifest: () => manifest, warn: (m) => warnings.push(m), volumes: VOLUMES });
    const director = new AudioDirector({ port: audio, manifest: () => manifest, onCaption: (c) => captions.push(c) });
    const tags = ['music: court', 'ambience: courtroom', 'sfx: gavel', 'music: tension', 'sfx: thud', 'ambience: stop'];
    expect(() => {
      for (const tag of tags) director.apply(parseTag(tag));
      director.restore({ music: 'balloon', ambience: 'snow' });
      audio.setVolumes({ ...VOLUMES, muted: true });
      audio.suspend();
      audio.resume();
      audio.unlock();
    }).not.toThrow();
    expect(warnings).toEqual([NO_AUDIO_WARNING]);
    expect(captions).toHaveLength(tags.length + 2);
  });
});
