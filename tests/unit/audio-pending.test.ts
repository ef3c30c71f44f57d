// The stand-in sound port that holds the director's requests until howler has started (after the
// first screen is drawn): nothing is lost or reordered, and nothing is made twice.
import { describe, expect, test } from 'vitest';
import { PendingAudio } from '../../src/audio/pending-audio.ts';
import { MemoryAudio, type Volumes } from '../../src/ports/audio.ts';

const LOUD: Volumes = { master: 1, music: 1, ambience: 1, sfx: 1, muted: false };
const QUIET: Volumes = { ...LOUD, music: 0.2 };

describe('PendingAudio', () => {
  test('requests made before the back end comes are made on it in order when it comes, then go straight to it', () => {
    const pending = new PendingAudio();
    pending.crossfade('music', 'court', 800);
    pending.effect('gavel');
    pending.suspend();
    pending.resume();
    pending.crossfade('music', null, 2000);
    const port = new MemoryAudio();
    expect(port.events).toEqual([]);
    pending.attach(port);
    expect(port.events).toEqual([
      { kind: 'crossfade', channel: 'music', from: null, to: 'court', fadeMs: 800 },
      { kind: 'effect', id: 'gavel' },
      { kind: 'suspend' },
      { kind: 'resume' },
      { kind: 'crossfade', channel: 'music', from: 'court', to: null, fadeMs: 2000 },
    ]);
    pending.crossfade('ambience', 'rain', 2500);
    expect(port.events.at(-1)).toEqual({ kind: 'crossfade', channel: 'ambience', from: null, to: 'rain', fadeMs: 2500 });
    expect(port.playing).toEqual({ music: null, ambience: 'rain' });
  });

  test('gestures and volume changes in a row are held once (the last), not once each', () => {
    const pending = new PendingAudio();
    for (let i = 0; i < 50; i++) pending.unlock();
    pending.setVolumes(LOUD);
    const changing = { ...QUIET };
    pending.setVolumes(changing);
    changing.music = 0.9; // the caller's object changing later does not change what was asked
    pending.unlock();
    const port = new MemoryAudio();
    pending.attach(port);
    expect(port.events).toEqual([{ kind: 'unlock' }, { kind: 'volumes', volumes: QUIET }, { kind: 'unlock' }]);
  });

  test('abandoned (howler never came): held requests are dropped, later ones ignored, a late back end gets nothing', () => {
    const pending = new PendingAudio();
    pending.crossfade('music', 'court', 800);
    pending.abandon();
    pending.effect('gavel');
    const port = new MemoryAudio();
    pending.attach(port);
    pending.crossfade('ambience', 'rain', 2500);
    expect(port.events).toEqual([]);
  });
});
