// Sustained instruments: bowed strings (an ensemble of detuned saws through a moving low-pass),
// a soft pad, a clarinet and a whistle (wavetables with breath), and a reed organ.
import { SR } from '../lib/buffer.ts';
import { type Adsr, adsr } from '../lib/envelope.ts';
import { Biquad, Svf } from '../lib/filters.ts';
import { pitchCurve, playTables, saw, wavetable } from '../lib/osc.ts';
import { type Instrument, place } from './types.ts';

export interface StringOptions {
  env: Adsr;
  /** Players per note (detuned, each with its own vibrato). */
  players?: number;
  detuneCents?: number;
  vibrato?: number;
  /** The low-pass opens from `dark` to `dark + open` times the pitch as the note swells. */
  dark?: number;
  open?: number;
  maxCutoff?: number;
  /** Bow noise level. */
  bow?: number;
  /** Optional swell inside the note: gain from `swell[0]` at the start to `swell[1]` at the end. */
  swell?: [number, number];
}

/** A string section (or a solo string with players = 1). */
export function strings(o: StringOptions): Instrument {
  return (out, at, n, rng) => {
    const env = adsr(n.dur, o.env);
    const len = env.length;
    const players = o.players ?? 3;
    const sum = new Float64Array(len);
    for (let p = 0; p < players; p++) {
      const cents = players === 1 ? 0 : ((p / (players - 1)) * 2 - 1) * (o.detuneCents ?? 7) + rng.gauss() * 1.5;
      const freqs = pitchCurve(n.freq * 2 ** (cents / 1200), len / SR, rng, {
        vibratoDepth: o.vibrato ?? 0.1,
        vibratoDelay: 0.35,
        vibratoRate: 5.3,
        drift: 0.03,
      });
      const s = saw(freqs, rng.next());
      const offset = Math.round(rng.range(0, 0.025) * SR);
      for (let i = 0; i < len - offset; i++) sum[i + offset]! += s[i]!;
    }
    const svf = new Svf(0.8);
    const dark = o.dark ?? 2.5;
    const open = o.open ?? 4;
    const maxC = o.maxCutoff ?? 5000;
    const bowBp = new Biquad('bandpass', Math.min(4000, n.freq * 6), 1.2);
    const res = new Float64Array(len);
    for (let i = 0; i < len; i++) {
      const e = env[i]!;
      const sw = o.swell ? o.swell[0] + ((o.swell[1] - o.swell[0]) * i) / len : 1;
      const cutoff = Math.min(maxC, n.freq * (dark + open * e * n.vel * sw));
      const bow = (o.bow ?? 0.02) * bowBp.tick(rng.bipolar());
      res[i] = (svf.tick(sum[i]! / players, cutoff) + bow) * e * n.vel * sw;
    }
    place(out, at, res, 0.5);
  };
}

/** Odd-harmonic spectra of a clarinet: played softly (dark) and strongly (bright). */
const CLARINET_SOFT = [1, 0.03, 0.32, 0.02, 0.1, 0.01, 0.04, 0.01, 0.015];
const CLARINET_BRIGHT = [1, 0.06, 0.62, 0.07, 0.42, 0.05, 0.26, 0.04, 0.17, 0.03, 0.1, 0.02, 0.06, 0.02, 0.03];

export interface WindOptions {
  env: Adsr;
  vibrato?: number;
  /** Slide in from the previous note (legato) when it is close in time. */
  legatoFrom?: number;
  breath?: number;
}

/** A clarinet: odd harmonics that brighten with the breath, a touch of breath noise. */
export function clarinet(o: WindOptions): Instrument {
  return (out, at, n, rng) => {
    const env = adsr(n.dur, o.env);
    const len = env.length;
    const tables = [wavetable(CLARINET_SOFT, n.freq * 1.02), wavetable(CLARINET_BRIGHT, n.freq * 1.02)];
    const freqs = pitchCurve(n.freq, len / SR, rng, {
      vibratoDepth: o.vibrato ?? 0.03,
      vibratoDelay: 0.25,
      scoop: -0.25,
      scoopTime: 0.025,
      drift: 0.04,
    });
    const blend = new Float64Array(len);
    for (let i = 0; i < len; i++) blend[i] = Math.min(1, env[i]! * (0.35 + 0.65 * n.vel));
    const tone = playTables(tables, freqs, blend, 0);
    const bp = new Biquad('bandpass', Math.min(5000, n.freq * 3), 1.5);
    const body = new Biquad('lowpass', 4200, 0.7);
    const res = new Float64Array(len);
    for (let i = 0; i < len; i++) {
      const breath = bp.tick(rng.bipolar()) * (o.breath ?? 0.05) * (0.4 + env[i]!);
      res[i] = body.tick(tone[i]! * 0.8 + breath) * env[i]! * n.vel;
    }
    place(out, at, res, 0.5);
  };
}

/** A whistle: an almost pure tone that scoops up to the note, with a wide vibrato and air. */
export function whistle(o: WindOptions): Instrument {
  return (out, at, n, rng) => {
    const env = adsr(n.dur, o.env);
    const len = env.length;
    const freqs = pitchCurve(n.freq, len / SR, rng, {
      vibratoDepth: o.vibrato ?? 0.22,
      vibratoDelay: 0.18,
      vibratoRate: 5.6,
      scoop: -0.9,
      scoopTime: 0.03,
      drift: 0.05,
    });
    const table = [wavetable([1, 0.04, 0.015], n.freq * 1.05)];
    const tone = playTables(table, freqs);
    const air = new Svf(6);
    const res = new Float64Array(len);
    for (let i = 0; i < len; i++) {
      const noise = air.tick(rng.bipolar(), freqs[i]!) * (o.breath ?? 0.12);
      res[i] = (tone[i]! + noise) * env[i]! * n.vel;
    }
    place(out, at, res, 0.4);
  };
}

/** A soft reed organ / harmonium: a few harmonics, slow attack, a gentle tremulant. */
export function organ(env: Adsr): Instrument {
  return (out, at, n, rng) => {
    const e = adsr(n.dur, env);
    const len = e.length;
    const tables = [wavetable([1, 0.45, 0.22, 0.12, 0.06, 0.04, 0.02], n.freq * 1.01)];
    const freqs = pitchCurve(n.freq, len / SR, rng, { drift: 0.02 });
    const tone = playTables(tables, freqs, undefined, rng.next());
    const res = new Float64Array(len);
    const tr = rng.range(0, 6.28);
    for (let i = 0; i < len; i++) res[i] = tone[i]! * e[i]! * n.vel * (1 + 0.06 * Math.sin((2 * Math.PI * 4.8 * i) / SR + tr));
    place(out, at, res, 0.35);
  };
}
