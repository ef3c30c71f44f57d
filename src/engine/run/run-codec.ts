// A run as a short URL-safe code, for links and bug reports ("replay this branch").
// Layout (then base64url):
//   1 byte   format version (2 with choice hashes, 1 without; both are read)
//   7 bytes  story hash (its 14 hex digits)
//   varint   seed (LEB128)
//   varint   number of choices
//   1 byte   bits per choice, 1..16 (only when there are choices)
//   bits     the choice indices, most significant bit first, zero-padded to a byte
//   bytes    version 2 only: two bytes per choice (big-endian), choiceHash() of its text, so a link made before
//            an edit finds a moved option, or says which choice is gone, instead of taking another branch
// Most choice points offer 2 to 4 options, so a choice costs 2 bits: 200 choices fit in ~80 characters.
// decodeRun never throws anything but RunDecodeError and never loops beyond the input's length.
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { assertRun, MAX_SEED, type Run } from './run.ts';

export const RUN_CODE_VERSION = 2;
/** Codes without choice hashes (older links, and runs whose choice texts are not known). */
const PLAIN_VERSION = 1;
const HASH_BYTES = 7;
/** Longer codes are refused before any work: 100k choices at 16 bits is ~270k characters. */
const MAX_CODE_LENGTH = 300_000;
const MAX_CHOICES = 100_000;

export type RunDecodeProblem =
  | 'empty'
  | 'too-long'
  | 'bad-character'
  | 'bad-length'
  | 'unknown-version'
  | 'truncated'
  | 'bad-seed'
  | 'too-many-choices'
  | 'bad-width'
  | 'trailing-data';

export class RunDecodeError extends Error {
  constructor(
    readonly problem: RunDecodeProblem,
    message: string,
  ) {
    super(message);
    this.name = 'RunDecodeError';
  }
}

function varint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export function encodeRun(run: Run): string {
  assertRun(run);
  const hashes = run.choiceHashes;
  const out: number[] = [hashes && run.choices.length > 0 ? RUN_CODE_VERSION : PLAIN_VERSION];
  for (let i = 0; i < HASH_BYTES; i++) out.push(Number.parseInt(run.storyHash.slice(i * 2, i * 2 + 2), 16));
  varint(out, run.seed);
  varint(out, run.choices.length);
  if (run.choices.length > 0) {
    const width = run.choices.reduce((w, c) => Math.max(w, 32 - Math.clz32(c)), 1);
    out.push(width);
    let acc = 0;
    let bits = 0;
    for (const choice of run.choices) {
      for (let b = width - 1; b >= 0; b--) {
        acc = (acc << 1) | ((choice >> b) & 1);
        if (++bits === 8) {
          out.push(acc);
          acc = 0;
          bits = 0;
        }
      }
    }
    if (bits > 0) out.push(acc << (8 - bits));
    if (hashes) for (const h of hashes) out.push(h >> 8, h & 0xff);
  }
  return toBase64Url(Uint8Array.from(out));
}

const CUT_SHORT = 'The run code is cut short: copy the whole link or code.';

/** Reads the bytes front to back; every read checks the end, so a short code is 'truncated'. */
class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}
  get left(): number {
    return this.bytes.length - this.at;
  }
  byte(): number {
    const b = this.bytes[this.at++];
    if (b === undefined) throw new RunDecodeError('truncated', CUT_SHORT);
    return b;
  }
  varint(maxBytes: number, tooBig: () => RunDecodeError): number {
    let value = 0;
    for (let i = 0, scale = 1; i < maxBytes; i++, scale *= 0x80) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return value;
    }
    throw tooBig();
  }
}

export function decodeRun(code: string): Run {
  const text = typeof code === 'string' ? code.trim() : '';
  if (text === '') throw new RunDecodeError('empty', 'The run code is empty.');
  if (text.length > MAX_CODE_LENGTH)
    throw new RunDecodeError('too-long', `The run code is too long (${text.length} characters).`);
  const bytes = fromBase64Url(text);
  if (!(bytes instanceof Uint8Array)) {
    if (bytes.kind === 'bad-character') {
      throw new RunDecodeError(
        'bad-character',
        `The run code has "${bytes.char}" at position ${bytes.at + 1}; it may only hold A-Z, a-z, 0-9, - and _.`,
      );
    }
    throw new RunDecodeError('bad-length', 'The run code has a wrong length: part of it is missing or extra.');
  }
  const read = new Reader(bytes);
  const version = read.byte();
  if (version !== RUN_CODE_VERSION && version !== PLAIN_VERSION) {
    const why = version > RUN_CODE_VERSION ? 'a newer version of the game made it; update the game' : 'it is not a run code';
    throw new RunDecodeError('unknown-version', `The run code has format ${version}, which this game cannot read: ${why}.`);
  }
  let storyHash = '';
  for (let i = 0; i < HASH_BYTES; i++) storyHash += read.byte().toString(16).padStart(2, '0');
  const badSeed = () => new RunDecodeError('bad-seed', `The run code's seed is not a number in 0..${MAX_SEED}.`);
  const seed = read.varint(5, badSeed);
  if (seed > MAX_SEED) throw badSeed();
  const tooMany = () => new RunDecodeError('too-many-choices', `The run code claims more than ${MAX_CHOICES} choices.`);
  const count = read.varint(3, tooMany);
  if (count > MAX_CHOICES) throw tooMany();
  const hashed = version === RUN_CODE_VERSION;
  if (hashed && count === 0) throw new RunDecodeError('trailing-data', 'The run code has choice hashes but no choices.');
  const choices = count > 0 ? readChoices(read, count, hashed ? count * 2 : 0) : [];
  const choiceHashes = hashed ? Array.from({ length: count }, () => read.byte() * 256 + read.byte()) : undefined;
  if (read.left > 0) throw new RunDecodeError('trailing-data', 'The run code has extra characters at its end.');
  return choiceHashes ? { storyHash, seed, choices, choiceHashes } : { storyHash, seed, choices };
}

/** The packed choice indices; `after` bytes (the choice hashes) must follow them. */
function readChoices(read: Reader, count: number, after: number): number[] {
  const width = read.byte();
  if (width < 1 || width > 16)
    throw new RunDecodeError('bad-width', `The run code packs choices in ${width} bits; only 1 to 16 are valid.`);
  const needed = Math.ceil((count * width) / 8);
  if (read.left < needed + after) throw new RunDecodeError('truncated', CUT_SHORT);
  if (read.left > needed + after) throw new RunDecodeError('trailing-data', 'The run code has extra characters at its end.');
  const choices: number[] = [];
  let bit = 0;
  const start = read.at;
  const bitAt = (n: number) => ((read.bytes[start + (n >> 3)] ?? 0) >> (7 - (n & 7))) & 1;
  for (let i = 0; i < count; i++) {
    let value = 0;
    for (let b = 0; b < width; b++) value = (value << 1) | bitAt(bit++);
    choices.push(value);
  }
  for (; bit < needed * 8; bit++) {
    if (bitAt(bit) !== 0) throw new RunDecodeError('trailing-data', 'The run code has extra bits at its end.');
  }
  read.at += needed;
  return choices;
}
