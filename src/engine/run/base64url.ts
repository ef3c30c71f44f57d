// base64url without padding (RFC 4648 §5): safe in a URL path, query or fragment as it is.
// Written here because the engine has neither DOM (btoa/atob) nor Node (Buffer).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export type Base64Problem = { kind: 'bad-character'; at: number; char: string } | { kind: 'bad-length' };

/** Decodes; the problem says what is wrong instead of throwing. Non-zero padding bits are a bad length. */
export function fromBase64Url(text: string): Uint8Array | Base64Problem {
  if (text.length % 4 === 1) return { kind: 'bad-length' };
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const value = VALUE.get(char);
    if (value === undefined) return { kind: 'bad-character', at: i, char };
    acc = ((acc << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so each byte string has exactly one spelling.
  if ((acc & ((1 << bits) - 1)) !== 0) return { kind: 'bad-length' };
  return bytes;
}
