// court: restrained and dignified. D minor, 4/4, a low piano carrying a plain melody over slow
// half-note chords, a string choir holding the harmony, cellos and basses on the roots; it
// swells once in the last third and ends on the dominant so the loop lands home.

import { piano } from '../instruments/struck.ts';
import { strings } from '../instruments/sustained.ts';
import type { Note } from '../instruments/types.ts';
import { Rng } from '../lib/rng.ts';
import { Clock, hz, line, voiceLead } from '../lib/score.ts';
import { chords, finish, loopSeconds, stem, type Timing, toNotes } from './common.ts';

const MELODY =
  'A4:2 F4:1 D4:1 | E4:3 F4:1 | D4:2 A4:2 | D4:2 C#4:2 | ' +
  'D4:2 G4:1 Bb4:1 | A4:3 F4:1 | Bb4:2 G4:1 E4:1 | E4:3 C#4:1 | ' +
  'D4:2 F4:1 A4:1 | D5:3 C5:1 | Bb4:2 A4:1 G4:1 | C#4:2 E4:1 G4:1';

const CHORDS = [
  'Dm',
  'Dm/C',
  'Bbmaj7',
  [
    ['Asus4', 2],
    ['A', 2],
  ],
  'Gm',
  'Dm/F',
  'Em7b5',
  'A',
  'Dm',
  'Bb',
  'Gm',
  'A7',
] as const;

/** Dynamics by bar: quiet, a little more in the middle phrase, the swell in bars 9-11. */
const SHAPE = [0.55, 0.55, 0.6, 0.58, 0.62, 0.66, 0.7, 0.65, 0.75, 0.85, 0.8, 0.62];

export function render(): Float64Array {
  const rng = new Rng('court');
  const t: Timing = { clock: new Clock(72, rng.fork('clock'), 10), beatsPerBar: 4, bars: 12 };
  const L = loopSeconds(t);

  const melody = toNotes(line(MELODY, 1, 4), t, rng.fork('mel'), {
    hold: 0.98,
    extra: 0.15,
    vel: (e) => (SHAPE[e.bar] ?? 0.6) * (e.beat % 2 === 0 ? 1 : 0.88),
  });
  const lh: Note[] = [];
  const rh: Note[] = [];
  const section: Note[] = [];
  const basses: Note[] = [];
  let prev: number[] | null = null;
  for (const span of chords(CHORDS, 4)) {
    const c = span.chord;
    const shape = SHAPE[span.bar] ?? 0.6;
    const root = 38 + ((c.bass - 2 + 12) % 12); // D2 .. C#3
    // Piano left hand: the root in octaves on the downbeat, the fifth or root again on beat 3.
    lh.push({ t: t.clock.human(span.beat), dur: t.clock.seconds(span.beats) * 0.97, freq: hz(root), vel: 0.55 * shape });
    lh.push({
      t: t.clock.human(span.beat) + 0.004,
      dur: t.clock.seconds(span.beats) * 0.97,
      freq: hz(root - 12),
      vel: 0.35 * shape,
    });
    // Right hand: a soft rolled chord below the melody on each half bar.
    const v = voiceLead(c, 3, 50, prev);
    prev = v;
    for (let h = 0; h < span.beats; h += 2) {
      v.forEach((m, i) => {
        rh.push({ t: t.clock.human(span.beat + h) + 0.03 * i, dur: t.clock.seconds(2) * 0.92, freq: hz(m), vel: 0.28 * shape });
      });
    }
    for (const m of v)
      section.push({ t: t.clock.exact(span.beat), dur: t.clock.seconds(span.beats), freq: hz(m), vel: 0.5 + 0.4 * shape });
    basses.push({ t: t.clock.exact(span.beat), dur: t.clock.seconds(span.beats), freq: hz(root), vel: 0.5 + 0.4 * shape });
  }

  const pno = piano({ bright: -0.1, release: 0.25 });
  const violas = strings({
    env: { attack: 0.8, decay: 0.6, sustain: 0.85, release: 1 },
    players: 3,
    dark: 1.8,
    open: 2.5,
    maxCutoff: 2200,
    vibrato: 0.1,
  });
  const cellos = strings({
    env: { attack: 0.5, decay: 0.5, sustain: 0.9, release: 0.8 },
    players: 3,
    detuneCents: 5,
    dark: 2.5,
    open: 3,
    maxCutoff: 1200,
    vibrato: 0.08,
    bow: 0.03,
  });

  return finish(
    [
      { buf: stem(L, melody, pno, rng.fork('mel2')), gain: 0.9, send: 0.35 },
      { buf: stem(L, rh, pno, rng.fork('rh')), gain: 0.8, send: 0.35 },
      { buf: stem(L, lh, pno, rng.fork('lh')), gain: 0.7, send: 0.3 },
      { buf: stem(L, section, violas, rng.fork('vla')), gain: 0.13, send: 0.5 },
      { buf: stem(L, basses, cellos, rng.fork('vc')), gain: 0.16, send: 0.4 },
    ],
    { room: 0.8, damp: 0.55, size: 1.3, predelayMs: 20, lowCutHz: 160, highCutHz: 6000 },
  );
}
