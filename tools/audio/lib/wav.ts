// WAV writing (16-bit PCM, TPDF-dithered with a seeded generator) and MP3 encoding through ffmpeg.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { SR } from './buffer.ts';
import { Rng } from './rng.ts';

export function writeWav(path: string, samples: Float64Array, seed: string): void {
  const rng = new Rng(`dither:${seed}`);
  const n = samples.length;
  const data = Buffer.alloc(44 + n * 2);
  data.write('RIFF', 0, 'ascii');
  data.writeUInt32LE(36 + n * 2, 4);
  data.write('WAVE', 8, 'ascii');
  data.write('fmt ', 12, 'ascii');
  data.writeUInt32LE(16, 16);
  data.writeUInt16LE(1, 20); // PCM
  data.writeUInt16LE(1, 22); // mono
  data.writeUInt32LE(SR, 24);
  data.writeUInt32LE(SR * 2, 28);
  data.writeUInt16LE(2, 32);
  data.writeUInt16LE(16, 34);
  data.write('data', 36, 'ascii');
  data.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) {
    const dither = (rng.next() - rng.next()) / 32768;
    const v = Math.max(-1, Math.min(1, samples[i]! + dither));
    data.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  writeFileSync(path, data);
}

export type Mp3Setting = { vbr: number } | { cbr: number };

/**
 * Encode to MP3 (libmp3lame), mono, VBR or constant bitrate. `-bitexact` and no metadata keep the
 * output byte-identical between runs; the Xing/LAME header (encoder delay and padding) stays, so
 * browsers that honour it trim the codec's silence and loops stay gapless.
 */
export function encodeMp3(wavPath: string, mp3Path: string, setting: Mp3Setting): void {
  const rate = 'vbr' in setting ? ['-q:a', String(setting.vbr)] : ['-b:a', `${setting.cbr}k`];
  execFileSync(
    'ffmpeg',
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-i',
      wavPath,
      '-map_metadata',
      '-1',
      '-fflags',
      '+bitexact',
      '-flags:a',
      '+bitexact',
      '-ac',
      '1',
      '-c:a',
      'libmp3lame',
      ...rate,
      '-id3v2_version',
      '0',
      '-write_id3v1',
      '0',
      mp3Path,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

/** Samples of wrap-around context encoded on each side of a loop (one MP3 frame). */
export const LOOP_CONTEXT = 1152;

/** A loop with the end of itself before it and the start of itself after it. */
export function withLoopContext(loop: Float64Array, k = LOOP_CONTEXT): Float64Array {
  const L = loop.length;
  const out = new Float64Array(L + 2 * k);
  out.set(loop.subarray(L - k), 0);
  out.set(loop, k);
  out.set(loop.subarray(0, k), k + L);
  return out;
}

/**
 * Make the decoder drop the wrap-around context again: add `start` and `end` samples to the
 * encoder delay and padding in the Xing/LAME header of the first frame (12 bits each). Decoders
 * that honour the header (Chromium and Firefox via it, ffmpeg) then return exactly the loop, and
 * the codec has coded the seam from real neighbouring audio instead of silence, so the
 * loop point carries no encoder edge (a faint tick otherwise).
 */
export function extendGaplessPadding(mp3Path: string, start: number, end: number): void {
  const b = readFileSync(mp3Path);
  let tag = -1;
  for (let i = 4; i < 64; i++) {
    const s = b.toString('latin1', i, i + 4);
    if (s === 'Xing' || s === 'Info') {
      tag = i;
      break;
    }
  }
  if (tag < 0) throw new Error(`${mp3Path}: no Xing/Info header`);
  const at = tag + 141;
  const delay = (b[at]! << 4) | (b[at + 1]! >> 4);
  const padding = ((b[at + 1]! & 0x0f) << 8) | b[at + 2]!;
  const d = delay + start;
  const p = padding + end;
  if (d > 4095 || p > 4095) throw new Error(`${mp3Path}: delay ${d} or padding ${p} does not fit the header`);
  b[at] = d >> 4;
  b[at + 1] = ((d & 0x0f) << 4) | (p >> 8);
  b[at + 2] = p & 0xff;
  writeFileSync(mp3Path, b);
}
