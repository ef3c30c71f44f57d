// theme_yesung_sad: the same tune slower, in D minor, the music box more hesitant, over a soft
// string pad, long low piano notes and a cello holding the bass.

import { musicBox, piano } from '../instruments/struck.ts';
import { strings } from '../instruments/sustained.ts';
import type { Note } from '../instruments/types.ts';
import { Rng } from '../lib/rng.ts';
import { Clock, hz, line, voiceLead } from '../lib/score.ts';
import { chords, finish, loopSeconds, phraseArch, stem, type Timing, toNotes } from './common.ts';
import { CHORDS_MINOR, THEME_MINOR } from './melody.ts';

const KEY = 2; // C minor -> D minor

export function render(): Float64Array {
  const rng = new Rng('theme_yesung_sad');
  const t: Timing = { clock: new Clock(64, rng.fork('clock'), 14), beatsPerBar: 3, bars: 16 };
  const L = loopSeconds(t);

  const melody = toNotes(line(THEME_MINOR, 0.5, 3), t, rng.fork('mel'), {
    transpose: KEY,
    vel: (e) => (0.55 + (e.beat % 3 === 0 ? 0.08 : 0)) * phraseArch(e.bar, 4, 0.22),
  });

  const pad: Note[] = [];
  const bass: Note[] = [];
  const low: Note[] = [];
  let prev: number[] | null = null;
  for (const span of chords(CHORDS_MINOR, 3)) {
    const c = span.chord;
    const v = voiceLead(c, 4, 55, prev);
    prev = v;
    for (const m of v)
      pad.push({ t: t.clock.exact(span.beat), dur: t.clock.seconds(span.beats) + 0.05, freq: hz(m + KEY), vel: 0.55 });
    const root = 36 + ((c.bass + 12) % 12) + KEY; // C2 .. B2, transposed
    bass.push({ t: t.clock.exact(span.beat), dur: t.clock.seconds(span.beats), freq: hz(root), vel: 0.5 });
    if (span.beat % 3 === 0) {
      low.push({ t: t.clock.human(span.beat), dur: t.clock.seconds(3) * 0.95, freq: hz(root + 12), vel: 0.32 });
      low.push({ t: t.clock.human(span.beat + 1) + 0.02, dur: t.clock.seconds(2) * 0.9, freq: hz(v[1]! + KEY - 12), vel: 0.18 });
    }
  }

  const padInstr = strings({
    env: { attack: 1.4, decay: 0.8, sustain: 0.85, release: 1.6 },
    players: 3,
    detuneCents: 8,
    dark: 1.6,
    open: 2,
    maxCutoff: 1800,
    vibrato: 0.08,
  });
  const cello = strings({
    env: { attack: 0.5, decay: 0.5, sustain: 0.8, release: 0.9 },
    players: 2,
    detuneCents: 4,
    dark: 3,
    open: 3,
    maxCutoff: 1600,
    vibrato: 0.12,
    bow: 0.04,
  });

  return finish(
    [
      { buf: stem(L, melody, musicBox, rng.fork('mb')), gain: 1, send: 0.55 },
      { buf: stem(L, pad, padInstr, rng.fork('pad')), gain: 0.16, send: 0.6 },
      { buf: stem(L, bass, cello, rng.fork('cello')), gain: 0.2, send: 0.45 },
      { buf: stem(L, low, piano({ bright: -0.2, release: 0.3 }), rng.fork('piano')), gain: 0.5, send: 0.5 },
    ],
    { room: 0.86, damp: 0.5, size: 1.4, predelayMs: 25, lowCutHz: 180, highCutHz: 7000 },
  );
}
