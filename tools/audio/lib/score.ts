// Writing music as text: note names, melodies with bar checks, chord symbols, and humanised time.
import type { Rng } from './rng.ts';

const PC: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** "C#5" -> 73 (MIDI note number; C4 is 60). */
export function midi(name: string): number {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`not a note: ${name}`);
  const acc = m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0;
  return 12 * (Number(m[3]) + 1) + PC[m[1]!]! + acc;
}

export function hz(m: number): number {
  return 440 * 2 ** ((m - 69) / 12);
}

export interface NoteEvent {
  /** Start, in beats from the loop start. */
  beat: number;
  /** Length in beats. */
  beats: number;
  midi: number;
  /** 0..1 */
  vel: number;
  /** Index of the bar (0-based) the note starts in. */
  bar: number;
}

/**
 * Parse "E5:3 D5:1 C5:2 | A4:2 C5:2 F5:2" where numbers count `unit` beats (0.5 for eighths).
 * "r:2" is a rest; a note ending in "_" ties into the next token of the same pitch. Every bar must
 * add up to `barBeats`: a wrong melody fails loudly instead of drifting out of time.
 */
export function line(text: string, unit: number, barBeats: number, vel = 0.8): NoteEvent[] {
  const events: NoteEvent[] = [];
  const bars = text.split('|').map((b) => b.trim());
  let beat = 0;
  let tieOpen: NoteEvent | null = null;
  bars.forEach((bar, bi) => {
    let sum = 0;
    for (const tok of bar.split(/\s+/).filter(Boolean)) {
      const m = /^([A-Gr][#b]?-?\d?):(\d+(?:\.\d+)?)(_?)$/.exec(tok);
      if (!m) throw new Error(`bad token "${tok}" in bar ${bi + 1}`);
      const beats = Number(m[2]) * unit;
      if (m[1] !== 'r') {
        const n = midi(m[1]!);
        if (tieOpen && tieOpen.midi === n) tieOpen.beats += beats;
        else {
          tieOpen = { beat, beats, midi: n, vel, bar: bi };
          events.push(tieOpen);
        }
        if (m[3] !== '_') tieOpen = null;
      } else tieOpen = null;
      beat += beats;
      sum += beats;
    }
    if (Math.abs(sum - barBeats) > 1e-9) throw new Error(`bar ${bi + 1} has ${sum} beats, not ${barBeats}: ${bar}`);
  });
  return events;
}

const QUALITIES: Record<string, number[]> = {
  '': [0, 4, 7],
  m: [0, 3, 7],
  '7': [0, 4, 7, 10],
  m7: [0, 3, 7, 10],
  maj7: [0, 4, 7, 11],
  dim: [0, 3, 6],
  m7b5: [0, 3, 6, 10],
  sus4: [0, 5, 7],
  sus2: [0, 2, 7],
  '6': [0, 4, 7, 9],
  m6: [0, 3, 7, 9],
  add9: [0, 4, 7, 14],
  madd9: [0, 3, 7, 14],
};

export interface Chord {
  root: number;
  /** Pitch classes (0..11), root first. */
  pcs: number[];
  bass: number;
}

/** "Dm7", "C/E", "Bbmaj7", "Asus4" -> pitch classes and the bass note's pitch class. */
export function chord(sym: string): Chord {
  const m = /^([A-G][#b]?)([^/]*)(?:\/([A-G][#b]?))?$/.exec(sym);
  if (!m) throw new Error(`bad chord ${sym}`);
  const pc = (s: string) => ((midi(`${s}4`) % 12) + 12) % 12;
  const root = pc(m[1]!);
  const q = QUALITIES[m[2]!];
  if (!q) throw new Error(`unknown chord quality in ${sym}`);
  const pcs = q.map((i) => (root + i) % 12);
  return { root, pcs, bass: m[3] ? pc(m[3]) : root };
}

/** The lowest MIDI note of pitch class pc at or above `lo`. */
export function above(pc: number, lo: number): number {
  return lo + ((((pc - lo) % 12) + 12) % 12);
}

/** All chord tones in [lo, hi]. */
export function tonesIn(c: Chord, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let n = lo; n <= hi; n++) if (c.pcs.includes(((n % 12) + 12) % 12)) out.push(n);
  return out;
}

/**
 * A close voicing of `count` chord tones near the previous voicing (smooth voice leading):
 * tries each inversion whose lowest note lies in [lo, lo + 12) and keeps the one that moves least.
 */
export function voiceLead(c: Chord, count: number, lo: number, prev: number[] | null): number[] {
  const options: number[][] = [];
  const pcs = c.pcs.slice(0, Math.max(count, 3));
  for (let inv = 0; inv < pcs.length; inv++) {
    const start = above(pcs[inv]!, lo);
    const v: number[] = [start];
    let k = inv;
    while (v.length < count) {
      k = (k + 1) % pcs.length;
      v.push(above(pcs[k]!, v[v.length - 1]! + 1));
    }
    options.push(v);
  }
  if (!prev) return options[0]!;
  const cost = (v: number[]) => v.reduce((s, n, i) => s + Math.abs(n - (prev[i] ?? prev[prev.length - 1]!)), 0);
  return options.reduce((best, v) => (cost(v) < cost(best) ? v : best));
}

/** Beats to seconds at a tempo, with swing and a small human unsteadiness that never accumulates. */
export class Clock {
  constructor(
    readonly bpm: number,
    private readonly rng: Rng,
    private readonly jitterMs = 8,
    private readonly swing = 0,
  ) {}

  get beat(): number {
    return 60 / this.bpm;
  }

  /** Exact time of a beat (with swing on off-beat eighths). */
  exact(beat: number): number {
    let b = beat;
    if (this.swing > 0) {
      const whole = Math.floor(beat);
      const frac = beat - whole;
      if (Math.abs(frac - 0.5) < 1e-6) b = whole + 0.5 + this.swing;
    }
    return b * this.beat;
  }

  /** The time a player would actually play it. */
  human(beat: number): number {
    return this.exact(beat) + (this.rng.gauss() * this.jitterMs) / 1000;
  }

  seconds(beats: number): number {
    return beats * this.beat;
  }
}
