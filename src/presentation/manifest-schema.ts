// The art and audio manifests (assets/art/manifest.json, assets/audio/manifest.json), checked with
// valibot like a save: they come over the network and may be cut short, edited by hand or replaced by
// a proxy's error page. What is well formed is kept; anything else is left out with one warning in
// plain words, so a bad entry costs that picture or sound, never the game.
import * as v from 'valibot';
import type { ArtManifest, AudioManifest } from './assets.ts';
import { S } from './strings.ts';

/** A path relative to the page: no scheme, so a manifest cannot point the game at another site. */
const path = v.pipe(v.string(), v.minLength(1), v.regex(/^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s]+$/i));
const sound = v.object({ src: path, loop: v.optional(v.boolean()), caption: v.optional(v.string()) });

export interface ManifestReading<T> {
  manifest: T;
  /** In plain words, for the player: what was wrong and what the game does about it; null when all is well. */
  problem: string | null;
}

/** Keeps the entries of one section that pass `entry`; names the ones that do not. */
function section<T>(
  data: Record<string, unknown>,
  name: string,
  keep: (value: unknown) => T | undefined,
  bad: string[],
): Record<string, T> {
  const raw = data[name];
  const out: Record<string, T> = {};
  if (raw === undefined) return out;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    bad.push(S.manifests.notASection(name));
    return out;
  }
  for (const [id, value] of Object.entries(raw)) {
    const kept = keep(value);
    if (kept === undefined) bad.push(`${name}.${id}`);
    else out[id] = kept;
  }
  return out;
}

const ifValid =
  <T>(schema: v.GenericSchema<unknown, T>) =>
  (value: unknown): T | undefined => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : undefined;
  };

/** Parses the text of a manifest into an object, or says in words why it is not one. */
function parseObject(text: string | undefined): Record<string, unknown> | string {
  if (text === undefined) return S.manifests.missing;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return S.manifests.notJson;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return S.manifests.notObject;
  return data as Record<string, unknown>;
}

function describe(url: string, what: 'art' | 'sound', problems: string[], whole: boolean): string | null {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 3).join(', ') + (problems.length > 3 ? S.manifests.more(problems.length - 3) : '');
  return whole ? S.manifests.unreadable(what, url, shown) : S.manifests.partly(what, url, shown);
}

export function readArtManifest(text: string | undefined, url: string): ManifestReading<ArtManifest> {
  const data = parseObject(text);
  const empty: ArtManifest = { backgrounds: {}, portraits: {}, particles: {}, images: {} };
  if (typeof data === 'string') return { manifest: empty, problem: describe(url, 'art', [data], true) };
  const bad: string[] = [];
  const file = ifValid(path);
  const manifest: ArtManifest = {
    backgrounds: section(data, 'backgrounds', file, bad),
    portraits: section(data, 'portraits', ifValid(v.record(v.string(), path)), bad),
    particles: section(data, 'particles', file, bad),
    images: section(data, 'images', file, bad),
  };
  return { manifest, problem: describe(url, 'art', bad, false) };
}

export function readAudioManifest(text: string | undefined, url: string): ManifestReading<AudioManifest> {
  const data = parseObject(text);
  const empty: AudioManifest = { music: {}, ambience: {}, sfx: {} };
  if (typeof data === 'string') return { manifest: empty, problem: describe(url, 'sound', [data], true) };
  const bad: string[] = [];
  const entry = ifValid(sound);
  const manifest: AudioManifest = {
    music: section(data, 'music', entry, bad),
    ambience: section(data, 'ambience', entry, bad),
    sfx: section(data, 'sfx', entry, bad),
  };
  return { manifest, problem: describe(url, 'sound', bad, false) };
}
