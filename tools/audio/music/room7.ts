// room7: warm and lightly comic, for the cellmates. F major, 4/4 with a lazy swing: an upright
// bass plucking roots and fifths (walking up into each new phrase), a nylon guitar chopping the
// off-beats, brushes, a clarinet with the tune, and a whistler taking the second half.

import { brush } from '../instruments/drums.ts';
import { pluck } from '../instruments/struck.ts';
import { clarinet, whistle } from '../instruments/sustained.ts';
import type { Note } from '../instruments/types.ts';
import { Rng } from '../lib/rng.ts';
import { Clock, hz, line, voiceLead } from '../lib/score.ts';
import { chords, finish, loopSeconds, stem, type Timing, toNotes } from './common.ts';

// Eighth-note units, 8 to a bar.
const TUNE_A =
  'C5:1 D5:1 C5:1 A4:1 F4:2 r:2 | A4:1 Bb4:1 A4:1 F4:1 C4:2 r:2 | E4:1 F4:1 G4:1 Bb4:1 E5:2 D5:1 C5:1 | A4:4 r:2 C5:1 C#5:1 | ' +
  'D5:2 Bb4:1 D5:1 F5:2 D5:2 | C5:2 A4:1 F4:1 A4:2 C5:2 | B4:1 D5:1 F5:2 E5:1 D5:1 B4:2 | C5:3 Bb4:1 G4:2 E4:2';
const TUNE_B =
  'F4:1 A4:1 C5:1 F5:1 A5:2 F5:2 | Eb5:2 C5:1 A4:1 Eb5:2 C5:2 | D5:3 C5:1 Bb4:2 F4:2 | Db5:3 C5:1 Bb4:2 r:2 | ' +
  'A4:1 C5:1 F5:1 A5:1 G5:1 F5:1 C5:2 | F#5:2 E5:1 D5:1 C5:2 A4:2 | Bb4:2 G4:2 E4:1 G4:1 Bb4:1 E5:1 | F5:2 C5:1 A4:1 F4:2 r:2';
const HARMONY = [
  'F',
  'F',
  'C7',
  'F',
  'Bb',
  'F',
  'G7',
  'C7',
  'F',
  'F7',
  'Bb',
  'Bbm',
  'F/C',
  'D7',
  [
    ['Gm7', 2],
    ['C7', 2],
  ],
  'F',
] as const;

export function render(): Float64Array {
  const rng = new Rng('room7');
  const t: Timing = { clock: new Clock(104, rng.fork('clock'), 9, 0.14), beatsPerBar: 4, bars: 16 };
  const L = loopSeconds(t);
  const lineA = line(`${TUNE_A} | ${'r:8 | '.repeat(7)}r:8`, 0.5, 4);
  const lineB = line(`${'r:8 | '.repeat(8)}${TUNE_B}`, 0.5, 4);
  const swingVel = (beat: number) => (Math.abs((beat % 1) - 0.5) < 1e-6 ? 0.82 : 1);
  const clar = toNotes(lineA, t, rng.fork('cl'), {
    hold: 0.9,
    vel: (e) => 0.72 * swingVel(e.beat) * (e.beat % 4 === 0 ? 1.08 : 1),
  });
  const whis = toNotes(lineB, t, rng.fork('wh'), { transpose: 12, hold: 0.85, vel: (e) => 0.7 * swingVel(e.beat) });

  const bass: Note[] = [];
  const guitar: Note[] = [];
  const brushes: Note[] = [];
  const spans = chords(HARMONY, 4);
  let prev: number[] | null = null;
  spans.forEach((s, i) => {
    const c = s.chord;
    const root = 29 + ((c.bass - 5 + 12) % 12); // F1 .. E2
    const fifth = root + 7 > 43 ? root - 5 : root + 7;
    const next = spans[i + 1] ?? spans[0]!;
    const nextRoot = 29 + ((next.chord.bass - 5 + 12) % 12);
    for (let b = 0; b < s.beats; b += 2) {
      const beat = s.beat + b;
      const lastHalf = b + 2 >= s.beats && s.bar % 4 === 3;
      // Two-beat feel; at the end of each four-bar phrase, walk up to the next root.
      if (lastHalf) {
        bass.push({ t: t.clock.human(beat), dur: t.clock.seconds(0.9), freq: hz(root + (root < nextRoot ? 2 : -1)), vel: 0.8 });
        bass.push({ t: t.clock.human(beat + 1), dur: t.clock.seconds(0.9), freq: hz(nextRoot - 1), vel: 0.75 });
      } else {
        bass.push({
          t: t.clock.human(beat),
          dur: t.clock.seconds(1.7),
          freq: hz(b === 0 ? root : fifth),
          vel: b === 0 ? 0.9 : 0.78,
        });
      }
      // Guitar and brush on the off-beats (2 and 4).
      const v = voiceLead(c, 3, 55, prev);
      prev = v;
      v.forEach((m, k) => {
        guitar.push({ t: t.clock.human(beat + 1) + k * 0.008, dur: t.clock.seconds(0.45), freq: hz(m), vel: 0.42 });
      });
      brushes.push({ t: t.clock.human(beat + 1), dur: 0.2, freq: 1, vel: 0.5 });
      brushes.push({ t: t.clock.human(beat + 0.5), dur: 0.05, freq: 1, vel: 0.18 });
      brushes.push({ t: t.clock.human(beat + 1.5), dur: 0.05, freq: 1, vel: 0.2 });
    }
  });

  const upright = pluck({
    position: 0.22,
    decay: 1.3,
    damping: 0.6,
    brightness: 0.5,
    release: 0.12,
    maxPartials: 14,
    click: 0.15,
  });
  const nylon = pluck({ position: 0.16, decay: 1.4, damping: 0.25, brightness: 0.7, release: 0.06, click: 0.05 });

  return finish(
    [
      {
        buf: stem(L, clar, clarinet({ env: { attack: 0.035, decay: 0.2, sustain: 0.85, release: 0.08 } }), rng.fork('cl2')),
        gain: 0.9,
        send: 0.25,
      },
      {
        buf: stem(L, whis, whistle({ env: { attack: 0.03, decay: 0.15, sustain: 0.9, release: 0.07 } }), rng.fork('wh2')),
        gain: 0.75,
        send: 0.3,
      },
      { buf: stem(L, bass, upright, rng.fork('bass')), gain: 0.55, send: 0.1 },
      { buf: stem(L, guitar, nylon, rng.fork('gtr')), gain: 0.35, send: 0.2 },
      { buf: stem(L, brushes, brush, rng.fork('br')), gain: 0.25, send: 0.15 },
    ],
    { room: 0.6, damp: 0.5, size: 0.9, predelayMs: 12, lowCutHz: 200, highCutHz: 7000 },
  );
}
