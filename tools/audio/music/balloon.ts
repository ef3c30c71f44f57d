// balloon: rising and hopeful. Four bars of strings climbing over harp arpeggios, then Ye-sung's
// tune returns on the music box in F major over warm strings, a cello line and the harp; the
// strings swell to the high point of the tune (bars 11-13 of the theme) and settle for the loop.

import { musicBox, pluck } from '../instruments/struck.ts';
import { strings } from '../instruments/sustained.ts';
import type { Note } from '../instruments/types.ts';
import { Rng } from '../lib/rng.ts';
import { Clock, hz, line, tonesIn, voiceLead } from '../lib/score.ts';
import { chords, finish, loopSeconds, stem, type Timing, toNotes } from './common.ts';
import { CHORDS_MAJOR, THEME_MAJOR } from './melody.ts';

const KEY = 5; // C -> F major
const INTRO_BARS = 4;
const INTRO = [
  'C',
  'Am',
  'F',
  [
    ['Gsus4', 1.5],
    ['G', 1.5],
  ],
] as const;
/** Strength of the strings bar by bar: a climb in the intro, the swell at the tune's peak. */
const SWELL = [0.45, 0.55, 0.65, 0.75, 0.6, 0.6, 0.62, 0.66, 0.66, 0.64, 0.68, 0.74, 0.72, 0.72, 0.85, 0.95, 1, 0.9, 0.75, 0.55];

export function render(): Float64Array {
  const rng = new Rng('balloon');
  const t: Timing = { clock: new Clock(84, rng.fork('clock'), 9), beatsPerBar: 3, bars: INTRO_BARS + 16 };
  const L = loopSeconds(t);

  const theme = line(THEME_MAJOR, 0.5, 3).map((e) => ({ ...e, beat: e.beat + INTRO_BARS * 3, bar: e.bar + INTRO_BARS }));
  const melody = toNotes(theme, t, rng.fork('mel'), {
    transpose: KEY,
    vel: (e) => (0.6 + (e.beat % 3 === 0 ? 0.1 : 0)) * (0.85 + 0.2 * (SWELL[e.bar] ?? 0.7)),
  });

  const spans = chords([...INTRO, ...CHORDS_MAJOR], 3);
  const harp: Note[] = [];
  const section: Note[] = [];
  const cello: Note[] = [];
  const arpRng = rng.fork('arp');
  let prev: number[] | null = null;
  for (const span of spans) {
    const c = span.chord;
    const sw = SWELL[span.bar] ?? 0.7;
    // Intro voicings climb bar by bar; in the tune they stay close.
    const lo = span.bar < INTRO_BARS ? 52 + span.bar * 3 : 55;
    const v = voiceLead(c, 4, lo, span.bar < INTRO_BARS ? null : prev);
    prev = v;
    for (const m of v)
      section.push({
        t: t.clock.exact(span.beat),
        dur: t.clock.seconds(span.beats) + 0.05,
        freq: hz(m + KEY),
        vel: 0.35 + 0.6 * sw,
      });
    const root = 36 + ((c.bass + 12) % 12);
    cello.push({ t: t.clock.exact(span.beat), dur: t.clock.seconds(span.beats), freq: hz(root + KEY), vel: 0.4 + 0.5 * sw });
    // Harp: an upward arpeggio in eighths through two octaves of chord tones.
    const tones = tonesIn(c, 48, 76);
    const steps = Math.round(span.beats * 2);
    const startIdx = span.bar < INTRO_BARS ? 0 : 1;
    for (let k = 0; k < steps; k++) {
      const m = tones[Math.min(tones.length - 1, startIdx + k)]!;
      harp.push({
        t: t.clock.human(span.beat + k * 0.5) + arpRng.range(-0.004, 0.004),
        dur: 1.6,
        freq: hz(m + KEY),
        vel: (span.bar < INTRO_BARS ? 0.5 : 0.32) * (k === 0 ? 1 : 0.8) * (0.8 + 0.3 * sw),
      });
    }
  }

  const warm = strings({
    env: { attack: 0.7, decay: 0.6, sustain: 0.9, release: 1.1 },
    players: 3,
    detuneCents: 7,
    dark: 2,
    open: 3.5,
    maxCutoff: 3200,
    vibrato: 0.12,
  });
  const low = strings({
    env: { attack: 0.4, decay: 0.5, sustain: 0.9, release: 0.8 },
    players: 2,
    dark: 2.5,
    open: 2.5,
    maxCutoff: 1200,
    vibrato: 0.1,
    bow: 0.03,
  });
  const harpInstr = pluck({ position: 0.45, decay: 2.4, damping: 0.35, brightness: 0.7, click: 0.05 });

  return finish(
    [
      { buf: stem(L, melody, musicBox, rng.fork('mb')), gain: 0.95, send: 0.45 },
      { buf: stem(L, harp, harpInstr, rng.fork('harp')), gain: 0.4, send: 0.5 },
      { buf: stem(L, section, warm, rng.fork('str')), gain: 0.16, send: 0.55 },
      { buf: stem(L, cello, low, rng.fork('vc')), gain: 0.2, send: 0.4 },
    ],
    { room: 0.84, damp: 0.45, size: 1.45, predelayMs: 22, lowCutHz: 170, highCutHz: 7500 },
  );
}
