// The audio director over the in-memory port: commands to sounds, crossfades, captions, and the
// sound after a rewind or a load (a real playthrough of tests/fixtures/audio/sound.ink).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AudioDirector, FADE, STOP_CAPTION } from '../../src/audio/director.ts';
import { volumesOf } from '../../src/audio/volumes.ts';
import { type Beat, captureSave, Playthrough, parseTag } from '../../src/engine/index.ts';
import { decodeSave, encodeSave } from '../../src/persistence/save-codec.ts';
import { MemoryAudio, type SoundManifest } from '../../src/ports/audio.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.ts';
import { compileFixture } from './ink.ts';

const manifest = JSON.parse(readFileSync('assets/audio/manifest.json', 'utf8')) as SoundManifest;
const story = compileFixture('tests/fixtures/audio/sound.ink');

function rig() {
  const port = new MemoryAudio();
  const captions: string[] = [];
  const director = new AudioDirector({ port, manifest: () => manifest, onCaption: (text) => captions.push(text) });
  return { port, captions, director };
}

const apply = (director: AudioDirector, ...tags: string[]) => {
  for (const tag of tags) director.apply(parseTag(tag));
};

/** Shows beats up to the next choices (or the end), feeding each command to the director as the story screen does. */
function playOn(p: Playthrough, director: AudioDirector): Beat {
  for (;;) {
    const beat = p.next();
    for (const command of beat.commands) director.apply(command);
    if (beat.kind !== 'line') return beat;
  }
}

describe('commands to sounds', () => {
  test('music and ambience crossfade, effects play once, other commands make no sound', () => {
    const { port, director } = rig();
    apply(director, 'scene: market', 'music: court', 'ambience: courtroom', 'sfx: gavel', 'show: yonggu', 'card: Seoul');
    expect(port.events).toEqual([
      { kind: 'crossfade', channel: 'music', from: null, to: 'court', fadeMs: FADE.music },
      { kind: 'crossfade', channel: 'ambience', from: null, to: 'courtroom', fadeMs: FADE.ambience },
      { kind: 'effect', id: 'gavel' },
    ]);
  });

  test('a change crossfades from the old loop to the new; stop fades out; the same command again does nothing', () => {
    const { port, director } = rig();
    apply(director, 'music: court', 'music: tension', 'music: tension', 'music: stop', 'music: stop');
    expect(port.events).toEqual([
      { kind: 'crossfade', channel: 'music', from: null, to: 'court', fadeMs: FADE.music },
      { kind: 'crossfade', channel: 'music', from: 'court', to: 'tension', fadeMs: FADE.music },
      { kind: 'crossfade', channel: 'music', from: 'tension', to: null, fadeMs: FADE.music },
    ]);
    expect(port.playing).toEqual({ music: null, ambience: null });
  });

  test('the same effect twice plays twice: effects are moments, not state', () => {
    const { port, director } = rig();
    apply(director, 'sfx: thud', 'sfx: thud');
    expect(port.events.filter((e) => e.kind === 'effect')).toHaveLength(2);
  });
});

describe('captions', () => {
  test('each effect and each music or ambience change has its caption from the manifest', () => {
    const { captions, director } = rig();
    apply(director, 'music: court', 'ambience: courtroom', 'sfx: gavel', 'music: court', 'music: stop', 'ambience: stop');
    expect(captions).toEqual([
      manifest.music.court?.caption,
      manifest.ambience.courtroom?.caption,
      manifest.sfx.gavel?.caption,
      STOP_CAPTION.music,
      STOP_CAPTION.ambience,
    ]);
    expect(captions.every((c) => typeof c === 'string' && c.length > 0)).toBe(true);
  });

  test('every sound in the manifest has a caption', () => {
    for (const channel of ['music', 'ambience', 'sfx'] as const) {
      for (const [id, entry] of Object.entries(manifest[channel])) expect(entry.caption, `${channel} ${id}`).toBeTruthy();
    }
  });

  test('a sound missing from the manifest is still captioned, by its id', () => {
    const { captions, director } = rig();
    apply(director, 'sfx: church_bell');
    expect(captions).toEqual(['church bell']);
  });
});

describe('restore', () => {
  test('after a rewind: the music and ambience of the choice point, not the last ones heard, and no effect', () => {
    const { port, captions, director } = rig();
    const p = Playthrough.start(story, { seed: 1 });
    playOn(p, director);
    p.choose(0);
    playOn(p, director);
    p.choose(0);
    playOn(p, director);
    expect(port.playing).toEqual({ music: null, ambience: 'prison_night' });
    port.events.length = 0;
    captions.length = 0;

    director.restore(p.rewindTo(0).presentation);
    expect(port.events).toEqual([
      { kind: 'crossfade', channel: 'music', from: null, to: 'court', fadeMs: FADE.restore },
      { kind: 'crossfade', channel: 'ambience', from: 'prison_night', to: 'courtroom', fadeMs: FADE.restore },
    ]);
    expect(captions).toEqual([manifest.music.court?.caption, manifest.ambience.courtroom?.caption]);

    // Back to the market's choice point: only what differs changes.
    p.choose(0);
    playOn(p, director);
    port.events.length = 0;
    director.restore(p.rewindTo(1).presentation);
    expect(port.events).toEqual([]);
    director.restore(p.rewindTo(0).presentation);
    expect(port.events.map((e) => (e.kind === 'crossfade' ? `${e.channel}:${e.to}` : e.kind))).toEqual([
      'music:court',
      'ambience:courtroom',
    ]);
  });

  test('after a load: a fresh page plays the saved place; a page in another place crossfades to it', () => {
    const saved = Playthrough.start(story, { seed: 2 });
    const first = rig();
    playOn(saved, first.director);
    saved.choose(0);
    playOn(saved, first.director);
    const text = encodeSave(captureSave(saved, new Date('2024-05-01T12:00:00Z')));

    // A new page: nothing playing yet.
    const loaded = decodeSave(text, story);
    if (loaded.kind === 'error') throw loaded.error;
    const fresh = rig();
    fresh.director.restore(loaded.restore.presentation);
    expect(fresh.port.playing).toEqual({ music: 'theme_yesung', ambience: 'market' });
    expect(fresh.port.events.some((e) => e.kind === 'effect')).toBe(false);

    // A page that has played on to the cell, then loads the market save.
    const other = rig();
    const q = Playthrough.start(story, { seed: 3 });
    playOn(q, other.director);
    q.choose(0);
    playOn(q, other.director);
    q.choose(0);
    playOn(q, other.director);
    other.port.events.length = 0;
    other.director.restore(loaded.restore.presentation);
    expect(other.port.events).toEqual([
      { kind: 'crossfade', channel: 'music', from: null, to: 'theme_yesung', fadeMs: FADE.restore },
      { kind: 'crossfade', channel: 'ambience', from: 'prison_night', to: 'market', fadeMs: FADE.restore },
    ]);
  });

  test('where the sound already plays (a resize, a menu closed) nothing restarts and nothing is captioned', () => {
    const { port, captions, director } = rig();
    apply(director, 'music: room7', 'ambience: prison_day');
    port.events.length = 0;
    captions.length = 0;
    director.restore({ music: 'room7', ambience: 'prison_day' });
    director.restore(director.state);
    expect(port.events).toEqual([]);
    expect(captions).toEqual([]);
  });
});

describe('volumes and mute', () => {
  test('the settings become the port volumes; a sound plays at master x channel, and at nothing when muted', () => {
    const port = new MemoryAudio();
    port.setVolumes(volumesOf({ ...DEFAULT_SETTINGS, masterVolume: 0.5, musicVolume: 0.8, ambienceVolume: 0.4, sfxVolume: 1 }));
    expect(port.volumes).toEqual({ master: 0.5, music: 0.8, ambience: 0.4, sfx: 1, muted: false });
    expect(port.level('music')).toBeCloseTo(0.4);
    expect(port.level('ambience')).toBeCloseTo(0.2);
    port.setVolumes(volumesOf({ ...DEFAULT_SETTINGS, muted: true }));
    expect(port.level('sfx')).toBe(0);
  });
});
