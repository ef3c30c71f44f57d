// The last stage before encoding: DC removal and loudness per kind (every music track at the same
// integrated loudness, ambience well under it, effects a little over), peaks held under a ceiling.
import type { Asset } from './catalogue.ts';
import { circular } from './lib/buffer.ts';
import { dcBlock } from './lib/filters.ts';
import { level } from './lib/loudness.ts';

export const TARGETS = {
  music: { lufs: -20, ceiling: 0.8 },
  ambience: { lufs: -27, ceiling: 0.7 },
  sfx: { lufs: -19, ceiling: 0.84 },
} as const;

export function finishAsset(a: Asset): Float64Array {
  const raw = a.render();
  const loop = a.kind !== 'sfx';
  const clean = loop ? circular(raw, (x) => dcBlock(x)) : dcBlock(raw.slice());
  const target = { ...TARGETS[a.kind], ...(a.lufs !== undefined ? { lufs: a.lufs } : {}) };
  return level(clean, { ...target, loop });
}
