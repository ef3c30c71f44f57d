// `npx tsx tools/audio/check.ts`: decode every MP3 in the manifest the way a browser does (ffmpeg
// honours the LAME header's encoder delay and padding) and report its length, sample peak, RMS,
// loudness, and for loops whether anything at the loop point stands out (a click). Exits non-zero on clipping or a seam click.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Biquad } from './lib/filters.ts';
import { lufs } from './lib/loudness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const assets = path.resolve(here, '../../assets');
type Entry = { src: string; loop?: boolean; caption: string };
const manifest = JSON.parse(readFileSync(path.join(assets, 'audio/manifest.json'), 'utf8')) as Record<
  string,
  Record<string, Entry>
>;

function decode(file: string): Float64Array {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'f32le', '-ac', '1', '-ar', '44100', '-'], {
    maxBuffer: 1 << 28,
  });
  const f32 = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  return Float64Array.from(f32);
}

function highpassed(x: Float64Array): Float64Array {
  const f = new Biquad('highpass', 3000, 0.7);
  const g = new Biquad('highpass', 3000, 0.7);
  return x.map((v) => g.tick(f.tick(v)));
}

function seamRatio(x: Float64Array): number {
  const half = Math.round(0.25 * 44100);
  const join = new Float64Array(2 * half);
  join.set(x.subarray(x.length - half), 0);
  join.set(x.subarray(0, half), half);
  const hj = highpassed(join);
  let atSeam = 0;
  const w = Math.round(0.005 * 44100);
  for (let i = half - w; i < half + w; i++) atSeam = Math.max(atSeam, Math.abs(hj[i]!));
  const all = highpassed(x).map(Math.abs).sort();
  const p999 = all[Math.floor(all.length * 0.999)]!;
  return atSeam / Math.max(p999, 1e-9);
}

let failed = false;
console.log('id                  secs     peak    rms dBFS   LUFS   seam');
for (const [kind, entries] of Object.entries(manifest)) {
  for (const [id, e] of Object.entries(entries)) {
    const x = decode(path.join(assets, e.src));
    let peak = 0;
    let sum = 0;
    for (let i = 0; i < x.length; i++) {
      peak = Math.max(peak, Math.abs(x[i]!));
      sum += x[i]! * x[i]!;
    }
    const rms = 20 * Math.log10(Math.sqrt(sum / x.length));
    let seam = '';
    if (e.loop) {
      // A click is a burst of high frequencies. Join the end to the start, high-pass both the
      // join and the whole file above 3 kHz, and compare the loudest high-passed sample within
      // 5 ms of the join with the 99.9th percentile of the file's own: 1 or less means nothing
      // at the loop point stands out from the music around it.
      const ratio = seamRatio(x);
      seam = ratio.toFixed(2);
      if (ratio > 1.5) failed = true;
    }
    if (peak >= 0.99) failed = true;
    console.log(
      `${`${kind}/${id}`.padEnd(20)}${(x.length / 44100).toFixed(2).padStart(6)}  ${peak.toFixed(3)}  ${rms.toFixed(1).padStart(8)}  ${lufs(x).toFixed(1).padStart(6)}  ${seam}`,
    );
  }
}
if (failed) {
  console.error('a file clips or clicks at its loop point');
  process.exit(1);
}
