// tension: the interrogation and the commissioner. A low string drone on D that is pulled by a
// semitone (E-flat, then C-sharp), detached low-string pulses in a limping 3+3+2 pattern, a
// muffled heartbeat, soft timpani at the phrase turns and a thin high harmonic that comes and
// goes. It builds over twelve bars and falls back for the loop.

import { thump, timpani } from '../instruments/drums.ts';
import { strings } from '../instruments/sustained.ts';
import type { Note } from '../instruments/types.ts';
import { Rng } from '../lib/rng.ts';
import { Clock, hz, midi } from '../lib/score.ts';
import { finish, loopSeconds, stem, type Timing } from './common.ts';

/** Per bar: the bass of the pulse, the notes of the drone, and the intensity. */
const BARS: readonly (readonly [string, readonly string[], number])[] = [
  ['D2', ['D2', 'A2'], 0.5],
  ['D2', ['D2', 'A2'], 0.55],
  ['D2', ['D2', 'A2', 'Eb3'], 0.62],
  ['D2', ['D2', 'A2', 'Eb3'], 0.68],
  ['Bb1', ['Bb1', 'F2', 'D3'], 0.7],
  ['Bb1', ['Bb1', 'F2', 'Db3'], 0.75],
  ['Eb2', ['Eb2', 'Bb2', 'D3'], 0.8],
  ['Eb2', ['Eb2', 'A2', 'D3'], 0.85],
  ['D2', ['D2', 'A2', 'C#3'], 0.9],
  ['D2', ['D2', 'G#2', 'C#3'], 0.95],
  ['A1', ['A1', 'E2', 'C#3'], 0.85],
  ['A1', ['A1', 'E2', 'Bb2'], 0.6],
];

/** Eighth-note pulses: 3 + 3 + 2 accents. */
const PULSE = [1, 0.55, 0.6, 0.95, 0.55, 0.6, 0.9, 0.6];

export function render(): Float64Array {
  const rng = new Rng('tension');
  const t: Timing = { clock: new Clock(80, rng.fork('clock'), 6), beatsPerBar: 4, bars: BARS.length };
  const L = loopSeconds(t);
  const drone: Note[] = [];
  const pulses: Note[] = [];
  const heart: Note[] = [];
  const drums: Note[] = [];
  const high: Note[] = [];
  BARS.forEach(([bass, tones, k], bar) => {
    const b0 = bar * 4;
    for (const n of tones)
      drone.push({ t: t.clock.exact(b0), dur: t.clock.seconds(4) + 0.1, freq: hz(midi(n)), vel: 0.45 + 0.4 * k });
    PULSE.forEach((acc, i) => {
      const up = i === 7 && bar % 2 === 1 ? 1 : 0; // a nagging semitone on the last eighth of every other bar
      pulses.push({ t: t.clock.human(b0 + i * 0.5), dur: 0.16, freq: hz(midi(bass) + 12 + up), vel: acc * (0.35 + 0.6 * k) });
    });
    heart.push({ t: t.clock.exact(b0), dur: 0.1, freq: 48, vel: 0.5 + 0.5 * k });
    heart.push({ t: t.clock.exact(b0 + 0.45), dur: 0.1, freq: 44, vel: 0.35 + 0.4 * k });
    if (bar % 4 === 0 || bar === 10) drums.push({ t: t.clock.human(b0), dur: 1, freq: hz(midi(bass)), vel: 0.4 + 0.5 * k });
    if (bar >= 4 && bar <= 10 && bar % 2 === 0) {
      high.push({
        t: t.clock.exact(b0 + 1),
        dur: t.clock.seconds(6),
        freq: hz(midi(tones[tones.length - 1]!) + 36),
        vel: 0.25 + 0.2 * k,
      });
    }
  });

  const droneStr = strings({
    env: { attack: 1.2, decay: 1, sustain: 0.85, release: 1.2 },
    players: 4,
    detuneCents: 9,
    dark: 2,
    open: 3,
    maxCutoff: 1100,
    vibrato: 0.06,
    bow: 0.05,
  });
  const pulseStr = strings({
    env: { attack: 0.012, decay: 0.1, sustain: 0.4, release: 0.09 },
    players: 3,
    detuneCents: 6,
    dark: 3,
    open: 5,
    maxCutoff: 2400,
    vibrato: 0,
    bow: 0.08,
  });
  const harmonic = strings({
    env: { attack: 2, decay: 1, sustain: 0.8, release: 2 },
    players: 2,
    detuneCents: 3,
    dark: 1.1,
    open: 0.5,
    maxCutoff: 3000,
    vibrato: 0.05,
  });

  return finish(
    [
      { buf: stem(L, drone, droneStr, rng.fork('drone')), gain: 0.3, send: 0.4 },
      { buf: stem(L, pulses, pulseStr, rng.fork('pulse')), gain: 0.5, send: 0.25 },
      { buf: stem(L, heart, thump, rng.fork('heart')), gain: 0.45, send: 0.1 },
      { buf: stem(L, drums, timpani, rng.fork('timp')), gain: 0.35, send: 0.5 },
      { buf: stem(L, high, harmonic, rng.fork('hi')), gain: 0.05, send: 0.8 },
    ],
    { room: 0.82, damp: 0.6, size: 1.3, predelayMs: 20, lowCutHz: 120, highCutHz: 5000 },
  );
}
