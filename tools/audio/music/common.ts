// Shared by the music tracks: turning parsed lines into timed notes, chord timelines, and the
// finishing chain (stems, reverb run round the loop, a gentle master EQ).

import { type Instrument, type Note, play } from '../instruments/types.ts';
import { Canvas, circular, mix, scale } from '../lib/buffer.ts';
import { Biquad } from '../lib/filters.ts';
import { type ReverbOptions, reverb } from '../lib/reverb.ts';
import type { Rng } from '../lib/rng.ts';
import { type Chord, type Clock, chord, hz, type NoteEvent } from '../lib/score.ts';

export interface Timing {
  clock: Clock;
  beatsPerBar: number;
  bars: number;
}

export function loopSeconds(t: Timing): number {
  return t.clock.seconds(t.bars * t.beatsPerBar);
}

export interface NoteShape {
  transpose?: number;
  /** Fraction of the written length that is held (1 = legato, 0.5 = detached). */
  hold?: number;
  /** Extra seconds held (a pedal, a ring). */
  extra?: number;
  /** Velocity from the event, its bar and beat: phrasing and accents. */
  vel?: (e: NoteEvent) => number;
  jitter?: boolean;
}

/** Parsed events to notes in seconds, humanised. */
export function toNotes(events: readonly NoteEvent[], t: Timing, rng: Rng, s: NoteShape = {}): Note[] {
  return events.map((e) => ({
    t: s.jitter === false ? t.clock.exact(e.beat) : t.clock.human(e.beat),
    dur: t.clock.seconds(e.beats) * (s.hold ?? 0.95) + (s.extra ?? 0),
    freq: hz(e.midi + (s.transpose ?? 0)),
    vel: Math.max(0.05, Math.min(1, (s.vel ? s.vel(e) : e.vel) * (1 + rng.gauss() * 0.05))),
  }));
}

export interface ChordSpan {
  beat: number;
  beats: number;
  chord: Chord;
  bar: number;
}

/** Bars of chords: each bar a list of [symbol, beats]; a bare symbol fills the bar. */
export function chords(bars: readonly (string | readonly (readonly [string, number])[])[], beatsPerBar: number): ChordSpan[] {
  const out: ChordSpan[] = [];
  bars.forEach((bar, i) => {
    const parts: readonly (readonly [string, number])[] = typeof bar === 'string' ? [[bar, beatsPerBar]] : bar;
    let beat = i * beatsPerBar;
    let sum = 0;
    for (const [sym, beats] of parts) {
      out.push({ beat, beats, chord: chord(sym), bar: i });
      beat += beats;
      sum += beats;
    }
    if (sum !== beatsPerBar) throw new Error(`chord bar ${i + 1} has ${sum} beats`);
  });
  return out;
}

/** A stem: one instrument's notes rendered onto its own canvas and folded into the loop. */
export function stem(seconds: number, notes: readonly Note[], instrument: Instrument, rng: Rng): Float64Array {
  const c = new Canvas(seconds);
  play(c, notes, instrument, rng);
  return c.fold();
}

export interface Send {
  buf: Float64Array;
  gain: number;
  /** How much of it goes to the reverb. */
  send: number;
}

/** Mix stems, add the reverb (computed round the loop, so its tail wraps), and EQ the master. */
export function finish(sends: readonly Send[], room: ReverbOptions, eq: readonly Biquad[] = []): Float64Array {
  const dry = mix(...sends.map((s) => scale(s.buf.slice(), s.gain)));
  const wetIn = mix(...sends.map((s) => scale(s.buf.slice(), s.gain * s.send)));
  const wet = circular(wetIn, (x) => reverb(x, room));
  const out = mix(dry, wet);
  const chain = [new Biquad('highpass', 35, 0.7), ...eq];
  return circular(out, (x) => {
    for (const f of chain) f.run(x);
    return x;
  });
}

/** A gentle arch over `bars` bars: louder towards the middle of each phrase. */
export function phraseArch(bar: number, phraseBars: number, depth = 0.2): number {
  const pos = (bar % phraseBars) / Math.max(1, phraseBars - 1);
  return 1 - depth + depth * Math.sin(Math.PI * pos);
}
