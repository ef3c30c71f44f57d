// choir: a children's choir in three parts (two sopranos and altos, four voices each) singing an
// original hymn-like tune in F major on "ah", closing each phrase on "oo", with a soft reed
// organ holding the bass, in a chapel-sized reverb.

import { choir } from '../instruments/choir.ts';
import { organ } from '../instruments/sustained.ts';
import { Rng } from '../lib/rng.ts';
import { Clock, hz, line } from '../lib/score.ts';
import { chords, finish, loopSeconds, stem, type Timing, toNotes } from './common.ts';

// Quarter-note units, 4 to a bar, 8 bars: two four-bar phrases (a half close, then a full one).
const SOPRANO =
  'A4:2 C5:1 A4:1 | D5:2 C5:2 | Bb4:1 A4:1 G4:1 A4:1 | G4:4 | ' +
  'A4:2 C5:1 D5:1 | C5:2 A4:1 F4:1 | G4:1 A4:1 Bb4:1 G4:1 | F4:3 r:1';
const MEZZO =
  'F4:2 A4:1 F4:1 | Bb4:2 A4:2 | G4:1 F4:1 E4:1 F4:1 | F4:2 E4:2 | ' +
  'F4:2 A4:1 Bb4:1 | A4:2 F4:1 D4:1 | D4:1 F4:1 F4:1 E4:1 | C4:3 r:1';
const ALTO =
  'C4:2 F4:1 D4:1 | F4:2 F4:2 | D4:1 D4:1 C4:1 C4:1 | C4:4 | ' +
  'C4:2 F4:1 F4:1 | F4:2 C4:1 A3:1 | Bb3:1 C4:1 D4:1 C4:1 | A3:3 r:1';
const HARMONY = [
  [
    ['F', 3],
    ['Dm', 1],
  ],
  [
    ['Bb', 2],
    ['F', 2],
  ],
  [
    ['Gm', 1],
    ['Dm', 1],
    ['C', 1],
    ['F', 1],
  ],
  [
    ['Csus4', 2],
    ['C', 2],
  ],
  [
    ['F', 3],
    ['Bb', 1],
  ],
  [
    ['F', 2],
    ['F', 1],
    ['Dm', 1],
  ],
  [
    ['Gm', 1],
    ['F', 1],
    ['Bb', 1],
    ['C7', 1],
  ],
  'F',
] as const;

export function render(): Float64Array {
  const rng = new Rng('choir');
  const t: Timing = { clock: new Clock(58, rng.fork('clock'), 12), beatsPerBar: 4, bars: 8 };
  const L = loopSeconds(t);
  const bar = t.clock.seconds(4);
  // "ah" for most of each phrase, rounding to "oo" over its last bar.
  const vowelAt = (sec: number) => {
    const inPhrase = (((sec % (4 * bar)) + 4 * bar) % (4 * bar)) / bar; // 0..4 bars
    return inPhrase < 2.8 ? 0 : Math.min(2, ((inPhrase - 2.8) / 0.9) * 2);
  };
  const shape = (b: number) => [0.7, 0.8, 0.78, 0.68, 0.75, 0.85, 0.8, 0.65][b] ?? 0.7;
  const part = (text: string, seed: string, vel: number) =>
    toNotes(line(text, 1, 4), t, rng.fork(seed), { hold: 1.02, vel: (e) => vel * shape(e.bar) });
  const voice = (singers: number) =>
    choir({ env: { attack: 0.16, decay: 0.3, sustain: 0.92, release: 0.35 }, singers, vowelAt, vibrato: 0.12, breath: 0.06 });

  const bassNotes = chords(HARMONY, 4).map((s) => ({
    t: t.clock.exact(s.beat),
    dur: t.clock.seconds(s.beats),
    freq: hz(41 + ((s.chord.bass - 5 + 12) % 12)), // F2 .. E3
    vel: 0.5,
  }));

  return finish(
    [
      { buf: stem(L, part(SOPRANO, 'sop', 0.85), voice(4), rng.fork('s1')), gain: 1, send: 0.55 },
      { buf: stem(L, part(MEZZO, 'mez', 0.75), voice(4), rng.fork('s2')), gain: 0.85, send: 0.55 },
      { buf: stem(L, part(ALTO, 'alt', 0.75), voice(4), rng.fork('a')), gain: 0.85, send: 0.55 },
      {
        buf: stem(L, bassNotes, organ({ attack: 0.3, decay: 0.3, sustain: 0.9, release: 0.6 }), rng.fork('org')),
        gain: 0.22,
        send: 0.5,
      },
    ],
    { room: 0.88, damp: 0.5, size: 1.6, predelayMs: 30, lowCutHz: 200, highCutHz: 6500 },
  );
}
