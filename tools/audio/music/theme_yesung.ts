// theme_yesung: Ye-sung's tune on a music box in D major, 3/4, with a waltz accompaniment on the
// low tines (root, then the chord twice) and a barely-there string pad underneath.

import { musicBox, musicBoxLow } from '../instruments/struck.ts';
import { strings } from '../instruments/sustained.ts';
import type { Note } from '../instruments/types.ts';
import { Rng } from '../lib/rng.ts';
import { Clock, hz, line, voiceLead } from '../lib/score.ts';
import { chords, finish, loopSeconds, phraseArch, stem, type Timing, toNotes } from './common.ts';
import { CHORDS_MAJOR, THEME_MAJOR } from './melody.ts';

const KEY = 2; // C -> D major

export function render(): Float64Array {
  const rng = new Rng('theme_yesung');
  const t: Timing = { clock: new Clock(76, rng.fork('clock'), 9), beatsPerBar: 3, bars: 16 };
  const L = loopSeconds(t);

  const melody = toNotes(line(THEME_MAJOR, 0.5, 3), t, rng.fork('mel'), {
    transpose: KEY,
    vel: (e) => (0.62 + (e.beat % 3 === 0 ? 0.1 : 0)) * phraseArch(e.bar, 4, 0.18) * (e.bar >= 10 && e.bar <= 12 ? 1.1 : 1),
  });
  // Little falling echoes at the two long notes, high on the comb.
  const echoes: Note[] = [];
  const echo = (bar: number, names: string[]) =>
    names.forEach((nm, i) => {
      const m = line(`${nm}:1`, 1, 1)[0]!.midi;
      echoes.push({ t: t.clock.human(bar * 3 + 1 + i * 0.5), dur: 0.4, freq: hz(m + KEY + 12), vel: 0.3 - i * 0.03 });
    });
  echo(7, ['D5', 'B4', 'G4', 'A4']);
  echo(15, ['G5', 'E5', 'C5', 'E5']);

  const accRng = rng.fork('acc');
  const acc: Note[] = [];
  const pad: Note[] = [];
  let prev: number[] | null = null;
  for (const span of chords(CHORDS_MAJOR, 3)) {
    const c = span.chord;
    const bass = 48 + ((c.bass - 0 + 12) % 12) + KEY; // C3 .. B3, then transposed
    const dyad: number[] = voiceLead(c, 2, 62, prev);
    prev = dyad;
    const arch = phraseArch(span.bar, 4, 0.15);
    for (let b = 0; b < span.beats; b++) {
      const beat = span.beat + b;
      const isDownbeat = beat % 3 === 0;
      if (isDownbeat || b === 0) {
        acc.push({ t: t.clock.human(beat), dur: 1, freq: hz(bass), vel: 0.5 * arch });
      } else {
        for (const m of dyad)
          acc.push({ t: t.clock.human(beat) + accRng.range(0, 0.012), dur: 0.8, freq: hz(m + KEY), vel: 0.3 * arch });
      }
    }
    const padNotes = voiceLead(c, 3, 53, null);
    for (const m of padNotes)
      pad.push({ t: t.clock.exact(span.beat), dur: t.clock.seconds(span.beats), freq: hz(m + KEY), vel: 0.5 });
  }

  const padInstr = strings({
    env: { attack: 0.9, decay: 0.5, sustain: 0.9, release: 1.2 },
    players: 2,
    dark: 1.5,
    open: 1.5,
    maxCutoff: 1400,
    vibrato: 0.06,
  });

  return finish(
    [
      { buf: stem(L, melody, musicBox, rng.fork('mb')), gain: 1, send: 0.45 },
      { buf: stem(L, echoes, musicBox, rng.fork('echo')), gain: 0.8, send: 0.7 },
      { buf: stem(L, acc, musicBoxLow, rng.fork('acc2')), gain: 0.75, send: 0.4 },
      { buf: stem(L, pad, padInstr, rng.fork('pad')), gain: 0.09, send: 0.6 },
    ],
    { room: 0.78, damp: 0.45, size: 1.2, predelayMs: 18, lowCutHz: 200, highCutHz: 8000 },
  );
}
